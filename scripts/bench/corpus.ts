/**
 * Deterministic generator of news-like text: articles with every quote layout, numbers of every
 * kind, pages with a reader-comment section, and a few other languages. Used by the benchmarks
 * (`npm run bench`, `npm run bench:linear`) and, through a seed, by the property tests.
 *
 * Everything here is written for this project from templates; nothing comes from evaluation data.
 */

/** A seeded pseudo-random source (mulberry32): same seed, same text, on every machine. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const PEOPLE = [
  { name: 'Sanna Marin', title: 'Prime Minister', role: 'the Finnish leader', pronoun: 'she' },
  { name: 'Volodymyr Zelensky', title: 'President', role: 'the Ukrainian leader', pronoun: 'he' },
  { name: 'Maria Zakharova', title: 'spokeswoman', role: 'the spokeswoman', pronoun: 'she' },
  { name: 'Olaf Scholz', title: 'Chancellor', role: 'the chancellor', pronoun: 'he' },
  { name: 'Jane Okafor', title: 'Dr.', role: 'the economist', pronoun: 'she' },
  { name: 'Tomás Herrera', title: 'Mayor', role: 'the mayor', pronoun: 'he' },
  { name: 'Priya Natarajan', title: 'Gov.', role: 'the governor', pronoun: 'she' },
  { name: 'Kwame Mensah', title: 'Mr.', role: 'the union leader', pronoun: 'he' },
] as const;

const CUES = ['said', 'told reporters', 'warned', 'added', 'insisted', 'argued', 'noted', 'explained', 'claimed', 'stressed'];
const SUBJECTS = ['the government', 'the central bank', 'the council', 'inflation', 'the budget', 'the ceasefire', 'energy prices', 'the new rail line', 'unemployment', 'the trade deal', 'voters', 'the hospital'];
const VERBS = ['will review', 'has cut', 'must protect', 'could delay', 'is expected to raise', 'plans to expand', 'cannot ignore', 'has approved', 'would weaken', 'may postpone'];
const OBJECTS = ['the proposal', 'spending on schools', 'its forecast', 'the tax on fuel', 'support for farmers', 'the border crossings', 'interest rates', 'the pension reform', 'the talks', 'local services'];
const TAILS = ['next year', 'by the end of March', 'on Tuesday', 'within weeks', 'despite the protests', 'after the vote', 'in the coming months', 'without further delay', 'this winter', 'before the summit'];
const SCARE = ['special operation', 'red line', 'green growth', 'reform', 'temporary measure', 'independent review'];
const PLACES = ['KYIV', 'HELSINKI', 'BERLIN', 'LAGOS', 'MADRID', 'CHENNAI', 'ACCRA', 'BRUSSELS'];
const COMMENTERS = ['Jane Miller', 'Bob Hart ®', 'Paul Ostrowski', 'Ana Lucía', 'kiwi_reader', 'M. Dubois', 'Sven', 'Olga K.'];
const COMMENT_LINES = [
  'Free trade, bring it on!',
  'This is exactly what I said last year, nobody listened.',
  'Does anyone have the original report? The link is broken.',
  'I live there and prices have doubled since 2021.',
  'Great reporting, thank you.',
  'The numbers do not add up: 3% of what?',
  'Who is paying for this?',
];
const CHROME = ['Reply', 'Leave a Reply', 'Your email address will not be published.', 'Subscribe', 'Notify of', 'View all comments', 'Would love your thoughts, please comment.x', '3 years ago', 'comment image'];

/** Other languages, for the language benchmarks (own sentences, not from any data set). */
export const FOREIGN_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  de: ['Die Regierung will die Steuern im nächsten Jahr senken.', 'Der Bürgermeister sagte, die Brücke werde bis Ende März repariert.', 'Viele Menschen warten seit Wochen auf eine Antwort der Behörden.'],
  fr: ['Le gouvernement a annoncé une nouvelle réforme des retraites.', 'Selon le maire, les travaux commenceront au printemps prochain.', 'Les prix de l’énergie ont fortement augmenté cet hiver.'],
  es: ['El ministro dijo que el presupuesto no cubre todos los gastos.', 'Los vecinos protestaron contra el cierre del hospital local.', 'La inflación bajó por tercer mes consecutivo según los datos oficiales.'],
  ru: ['Правительство заявило, что цены на топливо останутся прежними.', 'Жители города ждут ремонта дороги уже несколько лет.', 'По словам министра, переговоры продолжатся на следующей неделе.'],
  uk: ['Уряд пообіцяв відновити електропостачання до кінця тижня.', 'Мешканці міста збирають допомогу для постраждалих родин.', 'За словами мера, школи відкриються у вересні.'],
  pl: ['Rząd zapowiedział obniżkę podatków w przyszłym roku.', 'Mieszkańcy czekają na nową linię tramwajową od lat.', 'Według ministra rozmowy potrwają jeszcze kilka tygodni.'],
  it: ['Il governo ha approvato il nuovo piano per le scuole.', 'Secondo il sindaco i lavori finiranno entro l’estate.', 'I prezzi dell’energia sono aumentati ancora questo mese.'],
  pt: ['O governo anunciou novas medidas para o setor agrícola.', 'Segundo o ministro, as negociações continuam na próxima semana.', 'Os moradores reclamam do aumento das tarifas de transporte.'],
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clause(rng: Rng): string {
  return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(TAILS)}`;
}

/** A number as news writes it, of every kind the numbers capability reads. */
export function newsNumber(rng: Rng): string {
  const n = 1 + rng.int(999);
  const d = rng.int(10);
  switch (rng.int(16)) {
    case 0: return `${n}.${d}%`;
    case 1: return `around ${n} per cent`;
    case 2: return `${rng.pick(['$', '€', '£'])}${n}.${d}${rng.pick(['bn', 'm', ' billion', ' million'])}`;
    case 3: return `${(n * 1000 + d).toLocaleString('en-US')} ${rng.pick(['voters', 'people', 'homes', 'jobs'])}`;
    case 4: return `${d}.${n % 10} percentage points`;
    case 5: return `between ${d} and ${d + 1 + rng.int(9)} per cent`;
    case 6: return `one in ${rng.pick(['four', 'five', 'ten'])}`;
    case 7: return `${n} ${rng.pick(['km', 'kilometres', 'tonnes', 'km/h', '°C'])}`;
    case 8: return `the ${1950 + 10 * rng.int(7)}s`;
    case 9: return `in ${1990 + rng.int(36)}`;
    case 10: return `${rng.pick(['March', 'Jan.', 'October'])} ${1 + rng.int(28)}${rng.pick(['', 'rd', 'th'])}`;
    case 11: return `${rng.pick(['two', 'three', 'forty-five', 'a hundred and twelve'])} ${rng.pick(['million', 'thousand', ''])} euros a year`;
    case 12: return `${rng.pick(['half', 'two-thirds', 'a quarter'])} of ${rng.pick(['households', 'respondents', 'schools'])}`;
    case 13: return `${rng.pick(['more than', 'at least', 'up to', 'roughly'])} ${n} ${rng.pick(['patients', 'firms', 'soldiers'])}`;
    case 14: return `1:${10 + n}`;
    default: return `${rng.pick(['second', 'third', '21st'])} ${rng.pick(['time', 'quarter', 'round'])}`;
  }
}

/** One sentence or short sequence of sentences, in one of many reporting layouts. */
export function newsSentence(rng: Rng): string {
  const person = rng.pick(PEOPLE);
  const cue = rng.pick(CUES);
  const said = capitalise(clause(rng));
  switch (rng.int(14)) {
    case 0: return `“${said},” ${person.name} ${cue}.`;
    case 1: return `“${said},” said ${person.title} ${person.name.split(' ')[1] ?? person.name}.`;
    case 2: return `${person.name} ${cue}: “${said}.”`;
    case 3: return `“${said},” ${person.pronoun} ${cue}, “but ${clause(rng)}.”`;
    case 4: return `${person.name} said that ${clause(rng)}.`;
    case 5: return `According to ${person.role}, ${clause(rng)}.`;
    case 6: return `${capitalise(person.role)} urged ministers “to ${rng.pick(['hold the line', 'act now', 'listen to workers'])}.”`;
    case 7: return `Critics called it a “${rng.pick(SCARE)}”, and the so-called ‘${rng.pick(SCARE)}’ drew ${newsNumber(rng)} to the streets.`;
    case 8: return `${capitalise(rng.pick(SUBJECTS))} rose ${newsNumber(rng)} to ${newsNumber(rng)}, up from ${newsNumber(rng)} ${rng.pick(TAILS)}.`;
    case 9: return `"${said}," ${person.pronoun} told the '${rng.pick(SCARE)}' hearing, in the ’90s style of rock ’n’ roll politics.`;
    case 10: return `${rng.pick(['Mr.', 'Dr.', 'Gov.'])} ${person.name.split(' ')[1] ?? person.name} met officials on Jan. ${1 + rng.int(28)} to discuss ${newsNumber(rng)}.`;
    case 11: return `«${said}», a dit ${person.name}. „${said}“, sagte ${person.pronoun === 'she' ? 'sie' : 'er'}.`;
    case 12: return `“${said} — and ${clause(rng)} … we will see.” — ${person.name}`;
    default: return `${capitalise(clause(rng))}, with ${newsNumber(rng)} and ${newsNumber(rng)} at stake.`;
  }
}

/** A news article: headline, dateline, paragraphs separated by blank lines. */
export function newsArticle(rng: Rng, paragraphs = 4 + rng.int(6)): string {
  const person = rng.pick(PEOPLE);
  const lines = [`${person.name.split(' ')[1] ?? person.name}: “${capitalise(clause(rng))}”`, ''];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    if (p === 0) sentences.push(`${rng.pick(PLACES)} — ${capitalise(clause(rng))}.`);
    const count = 1 + rng.int(4);
    for (let s = 0; s < count; s++) sentences.push(newsSentence(rng));
    lines.push(sentences.join(' '), '');
  }
  return lines.join('\n');
}

/** A reader-comment section as a scraper copies it: author lines, chrome, replies, other languages. */
export function commentSection(rng: Rng, comments = 2 + rng.int(6)): string {
  const parts = [rng.pick(['Leave a Reply', 'Comments', '12 thoughts on this story'])];
  for (let c = 0; c < comments; c++) {
    const author = rng.pick(COMMENTERS);
    const block: string[] = [];
    if (rng.chance(0.8)) block.push(rng.chance(0.3) ? `${author} says:` : author);
    if (rng.chance(0.4)) block.push(rng.pick(['3 years ago', 'March 3, 2024 at 9:14 am', '2 hours ago']));
    const body = [rng.pick(COMMENT_LINES)];
    if (rng.chance(0.3)) body.push(rng.pick(Object.values(FOREIGN_SENTENCES).flat()));
    if (rng.chance(0.3)) body.push(`@${rng.pick(COMMENTERS)} ${rng.pick(COMMENT_LINES)}`);
    block.push(body.join('\n\n'));
    if (rng.chance(0.5)) block.push(rng.pick(CHROME));
    parts.push(block.join('\n'));
  }
  return parts.join('\n\n\n');
}

/** A whole scraped page: article then comments. */
export function newsPage(rng: Rng): string {
  return `${newsArticle(rng)}\n\n${commentSection(rng)}\n`;
}

/**
 * Whole pages until they hold `bytes` bytes of UTF-8 once joined with blank lines: the corpus the
 * benchmarks share, so their figures are comparable.
 */
export function newsPages(bytes: number, seed = 2026): string[] {
  const rng = createRng(seed);
  const pages: string[] = [];
  let total = 0;
  while (total < bytes) {
    const page = newsPage(rng);
    pages.push(page);
    total += Buffer.byteLength(page, 'utf8') + 2;
  }
  return pages;
}

/**
 * About `chars` UTF-16 code units of news-like text, made of whole pages (so sizes are
 * comparable across runs; the last page is cut to length at a paragraph boundary when possible).
 */
export function newsCorpus(chars: number, seed = 1): string {
  const rng = createRng(seed);
  const pages: string[] = [];
  let length = 0;
  while (length < chars) {
    const page = newsPage(rng);
    pages.push(page);
    length += page.length + 2;
  }
  return pages.join('\n\n').slice(0, chars);
}

/** Sentences in English and other languages, shuffled, for per-sentence language detection. */
export function multilingualSentences(count: number, seed = 1): string[] {
  const rng = createRng(seed);
  const languages = Object.values(FOREIGN_SENTENCES);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(rng.chance(0.5) ? newsSentence(rng) : rng.pick(rng.pick(languages)));
  }
  return out;
}

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const NAV = ['Home', 'World', 'Politics', 'Business', 'Climate', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Podcasts'];

/** Reader comments in WordPress core markup (`comment_class()` with `depth-N`), replies nested. */
function htmlComments(rng: Rng, count: number): string {
  const items: string[] = [];
  let open = 0;
  for (let c = 0; c < count; c++) {
    const reply = c > 0 && rng.chance(0.3);
    if (!reply) for (; open > 0; open--) items.push('</ol></li>');
    const depth = open + 1;
    const body = [rng.pick(COMMENT_LINES)];
    if (rng.chance(0.3)) body.push(rng.pick(Object.values(FOREIGN_SENTENCES).flat()));
    const id = 100 + c;
    items.push(
      `<li id="comment-${id}" class="comment ${c % 2 ? 'odd' : 'even'} depth-${depth}"><article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/avatar/${id}.png" class="avatar" height="42" width="42"><b class="fn">${escapeHtml(rng.pick(COMMENTERS))}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${id}"><time datetime="2024-03-0${1 + rng.int(9)}T09:14:00+00:00">March ${1 + rng.int(9)}, 2024 at 9:14 am</time></a></div></footer><div class="comment-content">${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article>`,
    );
    if (rng.chance(0.4)) {
      items.push('<ol class="children">');
      open++;
    } else items.push('</li>');
  }
  for (; open > 0; open--) items.push('</ol></li>');
  return items.join('\n');
}

/**
 * A whole news page as a site serves it: head (meta, stylesheet, analytics script), navigation,
 * the article (headline, byline, paragraphs, share bar), related links, the reader comments in
 * WordPress markup and a footer. The article text is a {@link newsArticle}.
 */
export function newsHtmlPage(rng: Rng): string {
  const [headline = '', , ...rest] = newsArticle(rng).split('\n');
  const paragraphs = rest.filter((line) => line !== '');
  const title = escapeHtml(headline);
  const nav = NAV.map((item) => `<li class="menu-item"><a href="/${item.toLowerCase()}/">${item}</a></li>`).join('');
  const related = Array.from({ length: 4 }, () => `<li><a href="/news/${rng.int(100_000)}">${escapeHtml(capitalise(clause(rng)))}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Example News</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}"><meta property="og:type" content="article"><link rel="stylesheet" href="/assets/site.css"><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script></head>
<body class="post-template single"><header class="site-header"><a class="logo" href="/">Example News</a><nav class="main-nav"><ul class="menu">${nav}</ul></nav></header>
<main id="main"><article class="post hentry"><h1 class="entry-title">${title}</h1><div class="byline">By <a href="/author/staff">Staff Reporter</a> · <time datetime="2026-02-02">2 February 2026</time></div><div class="entry-content">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</div><div class="share"><a href="#">Share</a> <a href="#">Copy link</a></div></article>
<aside class="related"><h2>Related</h2><ul>${related}</ul></aside>
<div id="comments" class="comments-area"><h2 class="comments-title">Comments</h2><ol class="comment-list">
${htmlComments(rng, 2 + rng.int(6))}
</ol><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published.</p></div></div></main>
<footer class="site-footer"><p>© 2026 Example News</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>
`;
}

/** HTML pages ({@link newsHtmlPage}) until they hold `bytes` bytes of UTF-8. */
export function newsHtmlPages(bytes: number, seed = 2026): string[] {
  const rng = createRng(seed);
  const pages: string[] = [];
  let total = 0;
  while (total < bytes) {
    const page = newsHtmlPage(rng);
    pages.push(page);
    total += Buffer.byteLength(page, 'utf8');
  }
  return pages;
}
