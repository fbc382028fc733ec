// Generates realistic scraped news pages (headline, byline, share bar, article with quotes and
// numbers, advertising, a comment section with replies, widget text) for the CLI test and bench.
// Deterministic: page i is the same on every run.

const CITIES = ['Kesterport', 'Lindholm', 'Marrowgate', 'Santa Irene', 'Ostrava Nova', 'Bellmere', 'Caldwick', 'Varnhagen'];
const OFFICIALS = [
  ['Mayor', 'Helena Voss', 'She'], ['Governor', 'Paul Brandt', 'He'], ['Finance Minister', 'Ines Carvalho', 'She'],
  ['Police Chief', 'Marcus Oyelaran', 'He'], ['Health Commissioner', 'Dr. Anja Lindqvist', 'She'], ['Senator', 'Tomás Herrera', 'He'],
];
const CRITICS = [['Councillor', 'Amir Haddad'], ['opposition leader', 'Greta Sørensen'], ['union spokesman', 'Kofi Mensah'], ['economist', 'Laura Becker']];
const PROJECTS = ['a tram line', 'a new hospital wing', 'a flood barrier', 'free school meals', 'a harbour bridge', 'a housing programme'];
const READERS = ['Marta Jensen', 'Dave Kowalczyk', 'Priya Raman', 'Tom Ellery', 'Sofia Marin', 'Jürgen Albers'];
const REPLIES = ['Look at the numbers before you post.', 'Agreed, it is long overdue.', 'That is simply not true.', 'Where did you get that figure?'];
const COMMENTS = [
  'Finally. We have been waiting for this for years.',
  'Another vanity project that taxpayers will pay for.',
  'The bus takes 40 minutes on a good day. Anything is better than that.',
  'Free trade, bring it on!',
];
const GERMAN = 'Ich halte das für eine gute Idee, aber die Baustelle wird die Altstadt jahrelang lahmlegen.';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One generated page and what a correct analysis must find in it.
 * @param {number} index
 * @returns {{ name: string, text: string, expected: { title: string, speakers: string[], comments: number, authors: (string|null)[] } }}
 */
export function generatePage(index) {
  const next = random(index + 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const city = pick(CITIES);
  const [role, name, pronoun] = pick(OFFICIALS);
  const [criticRole, critic] = pick(CRITICS);
  const project = pick(PROJECTS);
  const millions = 20 + Math.floor(next() * 900);
  const percent = (1 + next() * 30).toFixed(1);
  const surname = name.split(' ').at(-1);
  const title = `${city} approves €${millions} million for ${project}`;
  const commentCount = 1 + Math.floor(next() * 5);
  const paragraphs = [
    title,
    `By Tessa Morrow\nPublished ${1 + (index % 28)} March 2026`,
    'Share on Facebook\nShare on X',
    `${city.toUpperCase()} — ${role} ${name} said on Tuesday that the city would spend €${millions} million on ${project}, the largest project approved since the 1990s.`,
    `"This is the decision we have been putting off for thirty years," ${surname} told reporters. "We are done putting it off."`,
    `${pronoun} added that about ${((10 + Math.floor(next() * 90)) * 1000).toLocaleString('en')} residents would benefit in the first year.`,
    'Advertisement',
    `The budget has already risen by ${percent}% since the first estimate. ${criticRole[0].toUpperCase()}${criticRole.slice(1)} ${critic} said the figures were "a wish list with a price tag."`,
    `According to the council's own report, one in five comparable projects finished more than two years late.`,
    `${commentCount + 2} Comments`,
    'Leave a Reply',
  ];
  const authors = [];
  const comments = [];
  for (let c = 0; c < commentCount; c++) {
    const anonymous = next() < 0.2;
    const author = anonymous ? null : pick(READERS);
    const text = next() < 0.15 ? GERMAN : pick(COMMENTS);
    comments.push(`${author === null ? '' : `${author}\n\n`}${text}\n\nReply`);
    authors.push(author);
    if (author !== null && next() < 0.4) {
      comments.push(`Reply to ${author}\n\n${pick(REPLIES)}\n\nReply`);
      authors.push(null);
    }
  }
  const text = `${paragraphs.join('\n\n')}\n\n${comments.join('\n\n\n')}\n\n\nLoad more comments\n`;
  return {
    name: `page-${String(index).padStart(3, '0')}.txt`,
    text,
    expected: { title, speakers: [name.replace(/^Dr\. /u, ''), critic], comments: authors.length, authors },
  };
}
