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
  const clusters = new Map<string, { name: string; role?: string; aliases: Set<string>; mentions: TextSpan[]; seen: Set<number>; quoteCount: number; order: number }>();
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (speaker === null) continue;
    let cluster = clusters.get(speaker.name);
    if (cluster === undefined) {
      cluster = { name: speaker.name, aliases: new Set(), mentions: [], seen: new Set(), quoteCount: 0, order: clusters.size };
      clusters.set(speaker.name, cluster);
    }
    if (cluster.role === undefined && speaker.role !== undefined) cluster.role = speaker.role;
    cluster.quoteCount++;
    cluster.aliases.add(speaker.mention.text);
    if (!cluster.seen.has(speaker.mention.start)) {
      cluster.seen.add(speaker.mention.start);
      cluster.mentions.push(speaker.mention);
    }
  }
  return [...clusters.values()]
    .sort((a, b) => b.quoteCount - a.quoteCount || a.order - b.order)
    .map(({ name, role, aliases, mentions, quoteCount }) => ({
      name,
      ...(role === undefined ? {} : { role }),
      aliases: [...aliases],
      mentions: [...mentions].sort((a, b) => a.start - b.start),
      quoteCount,
    }));
}
