// natural ships types only for its root module, which must never be imported (it loads database
// drivers); these describe the single-purpose modules presslens bundles.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity in [0, 1] (natural calls it a distance). */
  export default function jaroWinklerDistance(
    s1: string,
    s2: string,
    options: { dj?: number; ignoreCase?: boolean },
  ): number;
}
