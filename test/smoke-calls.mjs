// One call per public entry point, shared by the consumer and browser tests. Every subpath in the
// exports map must have an entry here, so a new subpath cannot ship untested.
export const SMOKE_CALLS = {
  '.': {
    call: (m) => m.splitSentences('Mr. Smith left. “Why?” she asked.').map((s) => s.text),
    expect: ['Mr. Smith left.', '“Why?” she asked.'],
  },
  './quotes': {
    call: (m) => m.extractQuotes('“We will win,” said Sanna Marin.').map((q) => [q.kind, q.text, q.speaker && q.speaker.name]),
    expect: [['direct', 'We will win', 'Sanna Marin']],
  },
  './numbers': {
    call: (m) => m.extractNumbers('Prices rose 12% to $3.4bn.').map((n) => [n.kind, n.value]),
    expect: [['percent', 12], ['currency', 3400000000]],
  },
  './language': {
    call: (m) => m.detectLanguage('Wir schaffen das, sagte die Kanzlerin.').language,
    expect: 'de',
  },
  './comments': {
    call: (m) =>
      m.parseComments('{"post_stream":{"posts":[{"id":1,"post_number":1,"username":"op","cooked":"<p>Topic</p>"},{"id":2,"post_number":2,"username":"jane","cooked":"<p>Hi</p>"}]}}')
        .comments.map((c) => [c.author, c.text, c.depth]),
    expect: [['jane', 'Hi', 1]],
  },
  './article': {
    call: (m) => {
      const page = m.analyzeArticle('Storm closes ports\n\n"We had no choice," said Ole Brun.\n\n2 Comments\n\nMia Lund\nStay safe!\n\nReply');
      return [page.title.text, page.quotes.map((q) => q.speaker.name), page.comments.comments.map((c) => [c.author, c.text])];
    },
    expect: ['Storm closes ports', ['Ole Brun'], [['Mia Lund', 'Stay safe!']]],
  },
};
