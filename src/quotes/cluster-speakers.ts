import type { TextSpan } from '../text/span.js';
import type { Quote, SpeakerCluster } from './types.js';

/**
 * Groups the speakers of quotes into a “who said what” table: one row per canonical name, with
 * every form that attributed a quote to them and how many quotes they are credited with.
 *
 * @param quotes - Quotes from {@link extractQuotes}.
 * @returns One cluster per speaker, most quoted first (ties in order of first quote).
 * @example
 * ```ts
 * clusterSpeakers(extractQuotes('“No,” Marin said. “Never,” she added.'))
 * // [{ name: 'Marin', aliases: ['Marin', 'she'], mentions: [...], quoteCount: 2 }]
 * ```
 */
export function clusterSpeakers(quotes: readonly Quote[]): SpeakerCluster[] {
  const clusters = new Map<string, Cluster>();
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (speaker === null) continue;
    let cluster = clusters.get(speaker.name);
    if (cluster === undefined) {
      cluster = { name: speaker.name, aliases: new Set(), mentions: [], inOrder: true, quoteCount: 0, order: clusters.size };
      clusters.set(speaker.name, cluster);
    }
    if (cluster.role === undefined && speaker.role !== undefined) cluster.role = speaker.role;
    cluster.quoteCount++;
    addMention(cluster, speaker.mention);
  }
  return [...clusters.values()]
    .sort((a, b) => b.quoteCount - a.quoteCount || a.order - b.order)
    .map(({ name, role, aliases, mentions, inOrder, quoteCount }) => ({
      name,
      ...(role === undefined ? {} : { role }),
      aliases: [...aliases],
      mentions: inOrder ? mentions : firstAtEachStart(mentions),
      quoteCount,
    }));
}

interface Cluster {
  name: string;
  role?: string;
  aliases: Set<string>;
  /** Mentions in the order quotes credit them; sorted by start and unique while `inOrder`. */
  mentions: TextSpan[];
  inOrder: boolean;
  quoteCount: number;
  order: number;
}

/**
 * Quotes come in document order, and so, nearly always, do the mentions crediting them: a mention
 * that starts after the last one is new, one at the same start is the same mention crediting
 * another quote. Only a cluster whose mentions go back is sorted at the end. (A set of seen
 * offsets did the same job, but its hash table is read at random, and on a text of megabytes
 * those reads, not the quotes, made up the time.)
 */
function addMention(cluster: Cluster, mention: TextSpan): void {
  const last = cluster.mentions.at(-1);
  if (last !== undefined && mention.start === last.start) {
    if (mention.end !== last.end) cluster.aliases.add(mention.text);
    return;
  }
  cluster.inOrder &&= last === undefined || mention.start > last.start;
  cluster.mentions.push(mention);
  cluster.aliases.add(mention.text);
}

/** Mentions sorted by start, the first credited one kept where several start at the same place. */
function firstAtEachStart(mentions: readonly TextSpan[]): TextSpan[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return sorted.filter((mention, index) => index === 0 || mention.start !== (sorted[index - 1] as TextSpan).start);
}
