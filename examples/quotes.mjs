// Who said what: direct, mixed and indirect quotes with their speakers, pronouns resolved.
// Run: npm run build && node examples/quotes.mjs
import { analyzeQuotes } from 'presslens';

const text = `Health Minister Clara Duval announced on Friday that the waiting-list target would be dropped. "We set a target nobody could meet," she said. "That was a mistake, and it was mine."

Opposition spokesman Henrik Aalto called the decision "an admission of failure" and said patients had been misled for two years.

According to the nurses' union, one in six posts is vacant. "Targets don't treat patients," Aalto said. "Nurses do."`;

const { quotes, speakers } = analyzeQuotes(text);
for (const quote of quotes) {
  const who = quote.speaker ? `${quote.speaker.name} (via “${quote.speaker.mention.text}”)` : 'nobody named';
  console.log(`${quote.kind.padEnd(8)} ${who}, cue “${quote.cue?.text ?? '—'}”, ${Math.round(quote.confidence * 100)}%`);
  console.log(`         “${quote.text}”`);
}
console.log('\nSpeakers');
for (const speaker of speakers) {
  console.log(`  ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}: ${speaker.quoteCount} quote(s), mentioned as ${speaker.aliases.map((a) => `“${a}”`).join(', ')}`);
}
