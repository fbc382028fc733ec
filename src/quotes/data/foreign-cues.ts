/**
 * Reporting cues of German, French, Spanish, Italian and Portuguese news, written as they appear
 * (lower-cased, words split as the tokenizer splits them), since these languages are not
 * inflected by the English rules of `cue-lexicon.ts`. They are cues next to a quotation
 * (`„…“, sagte Scholz`, `«…», a déclaré Macron`, `“…”, dijo Sánchez`) and before a colon; they
 * never start indirect speech, which would need each language's clause rules.
 */
export const FOREIGN_CUES: readonly string[] = [
  // German
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'warnte', 'warnt',
  'sagten', 'erklärten', 'forderte', 'fordert', 'kritisierte', 'kritisiert', 'antwortete', 'schrieb',
  'ergänzte', 'versicherte', 'räumte ein', 'fügte hinzu', 'teilte mit', 'hieß es',
  // French
  'a dit', 'a déclaré', 'a affirmé', 'a expliqué', 'a ajouté', 'a estimé', 'a souligné', 'a averti',
  'a assuré', 'a répondu', 'a indiqué', 'a précisé', 'a lancé', 'a martelé', 'ont déclaré', 'ont dit',
  'dit', 'déclare', 'affirme', 'explique', 'ajoute', 'estime', 'souligne', 'déclarait', 'disait',
  // Spanish
  'dijo', 'declaró', 'afirmó', 'explicó', 'añadió', 'aseguró', 'señaló', 'advirtió', 'indicó',
  'subrayó', 'insistió', 'respondió', 'dijeron', 'dice', 'afirma', 'asegura', 'explica', 'señala',
  // Italian
  'ha detto', 'ha dichiarato', 'ha affermato', 'ha spiegato', 'ha aggiunto', 'ha sottolineato',
  // Portuguese
  'disse', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'garantiu', 'disseram',
];

/** Source prepositions: the speaker follows (`según Sánchez, …`, `selon Macron, …`). */
export const FOREIGN_SOURCE_PREPOSITIONS: readonly string[] = ['laut', 'selon', 'según', 'secondo', 'segundo', 'conforme'];

/** Third-person pronouns after an inverted cue (`sagte er`, `a-t-elle dit`, `dijo ella`). */
export const FOREIGN_PRONOUNS: ReadonlyMap<string, { readonly gender: 'female' | 'male' | null; readonly plural: boolean }> = new Map([
  ['er', { gender: 'male', plural: false }],
  ['il', { gender: 'male', plural: false }],
  ['elle', { gender: 'female', plural: false }],
  ['él', { gender: 'male', plural: false }],
  ['ella', { gender: 'female', plural: false }],
  ['ele', { gender: 'male', plural: false }],
]);
