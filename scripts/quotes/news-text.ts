/**
 * Generates news-like text for throughput runs: paragraphs of narration, direct quotes in several
 * layouts, indirect speech and scare quotes, from a seeded pseudo-random generator so every run
 * measures the same text.
 */
const PEOPLE = [
  ['Prime Minister', 'Sanna Marin'], ['President', 'Volodymyr Zelensky'], ['Chancellor', 'Olaf Scholz'],
  ['Senator', 'Maria Cantwell'], ['Governor', 'Kathy Hochul'], ['Mayor', 'Andriy Sadovyi'],
  ['Foreign Minister', 'Annalena Baerbock'], ['spokeswoman', 'Maria Zakharova'], ['coach', 'Pep Guardiola'],
];
const VERBS = ['said', 'added', 'warned', 'told reporters', 'insisted', 'argued', 'noted', 'explained'];
const CLAIMS = [
  'the talks had been productive but difficult', 'prices would keep rising until the spring',
  'the government had no plans to raise taxes', 'the bridge would reopen within weeks',
  'the ceasefire was holding in most regions', 'the team had played its best match of the season',
];
const SENTENCES = [
  'We will not back down', 'Nobody should doubt our resolve', 'The budget is balanced for the first time in a decade',
  'This is a step towards peace', 'We need more help from our partners', 'It was the worst harvest in twenty years',
];
const NARRATION = [
  'The meeting took place in a crowded hall near the harbour.', 'Markets fell sharply on the news.',
  'Officials from both sides met again on Tuesday.', 'The city council will vote on the plan next month.',
  'Heavy rain delayed the start of the match by an hour.', 'Thousands of people gathered outside the parliament.',
];

/**
 * Builds news-like text of at least `size` UTF-16 code units.
 *
 * @param size - Minimum length.
 * @param seed - Seed of the generator.
 * @returns The text.
 */
export function newsText(size: number, seed = 1): string {
  let state = seed >>> 0;
  const next = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const pick = <T>(list: readonly T[]): T => list[next(list.length)] as T;
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const [title, name] = pick(PEOPLE) as [string, string];
    const surname = name.split(' ').at(-1) as string;
    const layouts = [
      `${title} ${name} spoke on ${pick(['Monday', 'Tuesday', 'Friday'])}. “${pick(SENTENCES)},” ${surname} ${pick(VERBS)}. “${pick(SENTENCES)}.”`,
      `“${pick(SENTENCES)},” said ${name}, “and ${pick(SENTENCES).toLowerCase()}.” ${pick(NARRATION)}`,
      `${name} ${pick(VERBS)} that ${pick(CLAIMS)}. ${pick(NARRATION)} According to ${surname}, ${pick(CLAIMS)}.`,
      `${pick(NARRATION)} Critics called the plan a "${pick(['red line', 'half measure', 'stunt'])}". "${pick(SENTENCES)}," she said.`,
      `${surname} told reporters: “${pick(SENTENCES)}. ${pick(SENTENCES)}.”`,
    ];
    const paragraph = pick(layouts);
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

/**
 * Text of at least `size` code units where quotation marks are scattered without partners:
 * the worst case for a quote scanner.
 *
 * @param size - Minimum length.
 * @returns The text.
 */
export function unbalancedText(size: number): string {
  const base = newsText(size);
  let out = '';
  let k = 0;
  for (let i = 0; i < base.length; i += 97) {
    out += base.slice(i, i + 97) + ['“', '"', '”', "'", '«', '„', '‘'][k++ % 7];
  }
  return out;
}
