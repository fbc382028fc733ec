import type { Document } from 'domhandler';
import { EMBED_MARKERS } from '../data/html-markers.js';
import type { CommentWarning, UnloadedComments } from '../types.js';
import { matcher, sourceSpan, walkElements } from './dom.js';

/** JavaScript-only comment widgets found on a page. */
export interface EmbedFinding {
  /** One entry per widget: its comments exist but are not in the HTML. */
  readonly unloaded: UnloadedComments[];
  /** One warning per widget. */
  readonly warnings: CommentWarning[];
}

/**
 * Finds comment widgets that load their comments by JavaScript (Disqus, Commento, …): the served
 * HTML holds only a placeholder, so the comments are reported as unloaded, never silently missing.
 *
 * @param document - The parsed page.
 * @param inputLength - Length of the HTML the document was parsed from.
 * @returns One unloaded entry and one warning per widget found.
 */
export function findCommentEmbeds(document: Document, inputLength: number): EmbedFinding {
  const unloaded: UnloadedComments[] = [];
  const warnings: CommentWarning[] = [];
  const seen = new Set<string>();
  const tests = EMBED_MARKERS.map((marker) => ({ marker, test: matcher(marker.selector) }));
  // One combined test per element; the per-widget tests run only on the rare match.
  const any = matcher(EMBED_MARKERS.map((marker) => marker.selector).join(','));
  walkElements(document, (element) => {
    if (!any(element)) return true;
    for (const { marker, test } of tests) {
      if (seen.has(marker.system) || !test(element)) continue;
      seen.add(marker.system);
      const span = sourceSpan(element, inputLength);
      unloaded.push({ kind: 'embed', parentId: null, ids: [], count: null, note: `${marker.system} widget; its comments load by JavaScript` });
      warnings.push({
        code: 'javascript-embed',
        message: `The page embeds ${marker.system}, whose comments load by JavaScript and are not in the HTML.`,
        start: span.start,
        end: span.end,
      });
    }
    return true;
  });
  return { unloaded, warnings };
}
