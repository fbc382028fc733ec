// The language of anything from one word to a page, and the languages of a mixed text.
// Run: npm run build && node examples/language.mjs
import { detectLanguage, detectLanguages } from 'presslens';

const samples = [
  'Free trade, bring it on!',
  'Die Straßenbahn ist eine gute Idee.',
  'To jest skandal, prom jest jedynym połączeniem z lądem.',
  'Дякую за статтю, все правильно.',
  'Спасибо за статью, всё правильно.',
  'Hvala na članku, sve je točno.',
  'Obrigado pelo artigo.',
];
for (const text of samples) {
  const { language, confidence, reliable, script } = detectLanguage(text);
  console.log(`${language.padEnd(4)} ${script.padEnd(5)} ${(confidence * 100).toFixed(0).padStart(3)}% ${reliable ? 'reliable' : 'unsure  '}  ${text}`);
}

const mixed = 'The mayor answered in English. Danach sprach sie Deutsch mit den Journalisten aus Berlin, die viele Fragen hatten.';
console.log('\nSegments of a mixed text');
for (const segment of detectLanguages(mixed)) console.log(`  ${segment.language}: “${segment.text}”`);
