// One call per public entry point, shared by the consumer and browser tests. Every subpath in the
// exports map must have an entry here, so a new subpath cannot ship untested.
export const SMOKE_CALLS = {
  '.': {
    call: (m) => m.splitSentences('Mr. Smith left. “Why?” she asked.').map((s) => s.text),
    expect: ['Mr. Smith left.', '“Why?” she asked.'],
  },
  './article': {
    call: (m) => {
      const page = m.analyzeArticle('Storm closes ports\n\n"We had no choice," said Ole Brun.\n\n2 Comments\n\nMia Lund\nStay safe!\n\nReply');
      return [page.title.text, page.quotes.map((q) => q.speaker.name), page.comments.comments.map((c) => [c.author, c.text])];
    },
    expect: ['Storm closes ports', ['Ole Brun'], [['Mia Lund', 'Stay safe!']]],
  },
};
