// One call per public entry point, shared by the consumer and browser tests. Every subpath in the
// exports map must have an entry here, so a new subpath cannot ship untested.
export const SMOKE_CALLS = {
  '.': {
    call: (m) => m.splitSentences('Mr. Smith left. “Why?” she asked.').map((s) => s.text),
    expect: ['Mr. Smith left.', '“Why?” she asked.'],
  },
};
