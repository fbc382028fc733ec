/**
 * Multi-word reporting cues, written with the verb in its base form first; `cue-lexicon.ts`
 * inflects that verb (`make it clear that` → `made it clear that`, `makes it clear that`).
 */
export const CUE_PHRASES: readonly string[] = [
  'make it clear', 'make clear', 'point out', 'go on', 'spell out', 'weigh in', 'chime in',
  'shoot back', 'fire back', 'hit back', 'cry out', 'call out', 'speak out', 'sum up', 'lay out',
  'set out', 'read out', 'break down', 'open up', 'put it', 'let it be known', 'go on record',
  'tell reporters', 'tell journalists', 'tell the press', 'tell the media', 'tell lawmakers',
  'tell parliament', 'tell the court', 'tell the jury', 'tell the audience', 'tell supporters',
  'tell a news conference', 'tell a press conference', 'tell a briefing', 'tell a rally',
  'speak to reporters', 'speak to journalists', 'take to social media', 'take to twitter',
  'be quoted as saying', 'be heard saying', 'be reported as saying',
];

/** Reporting cues that are not verb phrases: the speaker follows them (`according to Marin, …`). */
export const SOURCE_PREPOSITIONS: readonly string[] = ['according to', 'in the words of', 'as quoted by'];

/**
 * Nouns of communication. After a reporting verb they lengthen the cue (`said in a statement`);
 * before a colon they are a cue of their own (`Marin's statement: “…”`).
 */
export const CUE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'remarks', 'remark', 'comment', 'comments', 'interview', 'interviews',
  'tweet', 'tweets', 'post', 'posts', 'speech', 'address', 'briefing', 'conference', 'release',
  'letter', 'email', 'message', 'messages', 'testimony', 'declaration', 'announcement', 'op-ed',
  'column', 'communique', 'communiqué', 'memo', 'video', 'podcast', 'broadcast', 'blog', 'note',
  'response', 'reply', 'answer', 'warning', 'appeal', 'plea', 'words', 'verdict', 'ruling', 'filing',
  'submission', 'affidavit', 'deposition', 'transcript', 'posting', 'livestream', 'sermon',
]);
