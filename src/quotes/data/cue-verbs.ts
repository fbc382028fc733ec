/**
 * Reporting verbs, by base form. Every inflection (says, said, saying, has said) is generated from
 * these by `cue-lexicon.ts`; irregular past forms are listed in {@link IRREGULAR_PAST}.
 * The list follows the breadth of the Gender Gap Tracker's quote verbs, plus verbs of manner of
 * speaking common in feature writing and fiction dialogue.
 */
export const CUE_VERBS: readonly string[] = [
  // saying and stating
  'say', 'tell', 'state', 'declare', 'announce', 'add', 'note', 'remark', 'comment', 'mention',
  'observe', 'explain', 'clarify', 'describe', 'report', 'write', 'post', 'tweet', 'blog', 'publish',
  'speak', 'talk', 'utter', 'voice', 'express', 'convey', 'relay', 'recount', 'relate', 'narrate',
  'reply', 'respond', 'answer', 'retort', 'rejoin', 'counter', 'return', 'rebut', 'riposte',
  'ask', 'inquire', 'enquire', 'query', 'question', 'wonder', 'demand', 'request',
  // claiming and arguing
  'claim', 'assert', 'allege', 'maintain', 'contend', 'argue', 'insist', 'stress', 'emphasize',
  'emphasise', 'underline', 'underscore', 'reiterate', 'repeat', 'restate', 'affirm', 'reaffirm',
  'confirm', 'aver', 'avow', 'attest', 'testify', 'swear', 'vouch', 'certify', 'profess', 'posit',
  'hold', 'reason', 'suggest', 'propose', 'submit', 'hypothesize', 'hypothesise', 'theorize',
  'theorise', 'speculate', 'surmise', 'guess', 'estimate', 'calculate', 'reckon', 'figure', 'predict',
  'forecast', 'project', 'foresee', 'anticipate', 'expect', 'caution', 'warn', 'alert', 'threaten',
  'advise', 'recommend', 'urge', 'implore', 'beg', 'plead', 'appeal', 'call', 'pledge', 'promise',
  'vow', 'guarantee', 'assure', 'reassure', 'commit',
  // admitting and denying
  'admit', 'acknowledge', 'concede', 'confess', 'grant', 'allow', 'accept', 'agree', 'concur',
  'deny', 'dispute', 'reject', 'refute', 'contradict', 'disagree', 'dismiss', 'decline', 'refuse',
  'object', 'protest', 'complain', 'lament', 'bemoan', 'bewail', 'grumble', 'gripe', 'moan', 'whine',
  'criticize', 'criticise', 'condemn', 'denounce', 'decry', 'deplore', 'slam', 'blast', 'lambast',
  'lambaste', 'chide', 'scold', 'rebuke', 'reproach', 'accuse', 'charge', 'blame', 'fault',
  'praise', 'hail', 'laud', 'commend', 'applaud', 'welcome', 'thank', 'congratulate', 'boast',
  'brag', 'crow', 'gloat',
  // revealing and informing
  'reveal', 'disclose', 'divulge', 'leak', 'indicate', 'signal', 'hint', 'imply', 'intimate',
  'inform', 'notify', 'brief', 'update', 'remind', 'recall', 'recollect', 'remember',
  'reflect', 'muse', 'ponder', 'consider', 'cite', 'quote', 'point', 'conclude',
  'summarize', 'summarise', 'sum', 'outline', 'detail', 'specify', 'elaborate', 'expand',
  'continue', 'go', 'resume', 'begin', 'start', 'open', 'close', 'finish', 'end', 'interject',
  'interrupt', 'chime', 'weigh', 'volunteer', 'offer', 'venture',
  // believing and feeling
  'believe', 'think', 'feel', 'find', 'hope', 'fear', 'worry', 'doubt', 'suspect', 'assume',
  'presume', 'suppose', 'judge', 'decide', 'determine', 'know', 'understand', 'realize',
  'realise', 'recognize', 'recognise', 'opine', 'deem',
  // ordering and instructing
  'order', 'command', 'instruct', 'direct', 'dictate', 'decree', 'rule',
  'require', 'stipulate', 'prescribe', 'mandate', 'forbid', 'prohibit', 'ban',
  // manner of speaking
  'shout', 'yell', 'scream', 'shriek', 'cry', 'exclaim', 'holler', 'bellow', 'roar', 'bark',
  'growl', 'snarl', 'snap', 'hiss', 'spit', 'thunder', 'boom', 'rage', 'fume', 'storm', 'rant',
  'rail', 'whisper', 'murmur', 'mutter', 'mumble', 'breathe', 'sigh', 'groan', 'sob',
  'weep', 'wail', 'whimper', 'gasp', 'pant', 'stammer', 'stutter', 'splutter', 'sputter',
  'laugh', 'chuckle', 'giggle', 'snicker', 'snigger', 'chortle', 'smile', 'grin', 'smirk', 'sneer',
  'scoff', 'jeer', 'mock', 'tease', 'taunt', 'joke', 'jest', 'quip', 'banter', 'chirp', 'trill',
  'sing', 'chant', 'croak', 'drawl', 'purr', 'coo', 'gush', 'rave', 'enthuse', 'babble', 'blurt',
  'burst', 'gabble', 'prattle', 'ramble', 'drone', 'intone', 'pronounce', 'proclaim', 'trumpet',
  'preach', 'lecture', 'sermonize', 'pontificate', 'orate', 'recite', 'read', 'pray',
  'beseech', 'entreat', 'coax', 'cajole', 'press', 'prompt', 'prod', 'nudge',
  'encourage', 'persuade', 'convince', 'assent', 'consent', 'nod', 'shrug',
  // reasoning and conversing
  'persist', 'pursue', 'correct', 'amend',
  'revise', 'retract', 'qualify', 'caveat', 'justify', 'defend', 'contest',
  'challenge', 'counsel', 'confide', 'share', 'text', 'email', 'message', 'wire', 'cable',
  'telegraph', 'phone', 'radio', 'broadcast', 'air', 'echo', 'paraphrase', 'translate',
  'insinuate', 'allude', 'acclaim', 'greet', 'toast', 'apologize', 'apologise',
  'warrant', 'fret', 'mourn', 'grieve', 'regret', 'rue',
  'exult', 'rejoice', 'marvel', 'puzzle', 'probe', 'quiz', 'grill',
  'interrogate', 'cross-examine', 'summon', 'invite', 'petition', 'lobby', 'campaign',
  'canvass', 'poll', 'survey', 'show', 'demonstrate', 'establish', 'prove',
  'verify', 'substantiate', 'document', 'record', 'log', 'flag', 'highlight', 'spotlight',
  'level', 'lodge', 'file', 'raise', 'float', 'moot', 'broach', 'tout',
  'champion', 'advocate', 'endorse', 'back', 'support', 'oppose', 'resist', 'spurn', 'rebuff',
  'snub', 'scorn', 'disparage', 'belittle', 'deride', 'ridicule', 'lampoon', 'satirize',
  'brand', 'dub', 'term',
];

/** Irregular past tense and past participle, by base form. */
export const IRREGULAR_PAST: ReadonlyMap<string, readonly [past: string, participle: string]> = new Map([
  ['say', ['said', 'said']],
  ['tell', ['told', 'told']],
  ['write', ['wrote', 'written']],
  ['speak', ['spoke', 'spoken']],
  ['swear', ['swore', 'sworn']],
  ['hold', ['held', 'held']],
  ['think', ['thought', 'thought']],
  ['feel', ['felt', 'felt']],
  ['find', ['found', 'found']],
  ['forecast', ['forecast', 'forecast']],
  ['foresee', ['foresaw', 'foreseen']],
  ['go', ['went', 'gone']],
  ['begin', ['began', 'begun']],
  ['know', ['knew', 'known']],
  ['understand', ['understood', 'understood']],
  ['sing', ['sang', 'sung']],
  ['spit', ['spat', 'spat']],
  ['weep', ['wept', 'wept']],
  ['read', ['read', 'read']],
  ['forbid', ['forbade', 'forbidden']],
  ['burst', ['burst', 'burst']],
  ['show', ['showed', 'shown']],
  ['prove', ['proved', 'proven']],
  ['broadcast', ['broadcast', 'broadcast']],
  ['beseech', ['besought', 'besought']],
  // heads of the multi-word cues
  ['make', ['made', 'made']],
  ['hit', ['hit', 'hit']],
  ['put', ['put', 'put']],
  ['set', ['set', 'set']],
  ['let', ['let', 'let']],
  ['shoot', ['shot', 'shot']],
  ['break', ['broke', 'broken']],
  ['lay', ['laid', 'laid']],
  ['take', ['took', 'taken']],
  ['be', ['was', 'been']],
]);

/** Verbs whose final consonant doubles before -ed and -ing (admitted, regretting). */
export const DOUBLING_VERBS: ReadonlySet<string> = new Set([
  'admit', 'commit', 'submit', 'regret', 'rebut', 'quip', 'snap', 'sob', 'beg', 'chat', 'jab',
  'nag', 'plan', 'stop', 'drop', 'prod', 'refer', 'confer', 'defer', 'prefer', 'infer',
  'abet', 'fret', 'grin', 'compel', 'propel', 'rebel', 'patrol', 'control', 'permit', 'omit',
  'concur', 'occur', 'spot', 'log', 'sum', 'ban', 'gab', 'blab', 'scrap', 'hit', 'set', 'put', 'let',
  'dub',
]);

/**
 * Verbs that take a person as object before the quote or the clause (`told reporters`,
 * `assured voters`), so the name after them is an addressee, never an inverted speaker
 * (`said Marin` but not `told Marin`).
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'reassure', 'remind', 'urge', 'advise', 'instruct', 'notify', 'order',
  'brief', 'persuade', 'convince', 'thank', 'congratulate', 'accuse', 'blame', 'beg', 'implore',
  'beseech', 'entreat', 'warn', 'caution', 'alert', 'update', 'command', 'direct', 'invite',
  'summon', 'greet', 'quiz', 'grill', 'interrogate', 'question', 'ask', 'press', 'prod', 'nudge',
  'encourage', 'coax', 'cajole', 'counsel', 'email', 'text', 'message', 'phone', 'cable', 'wire',
]);

/**
 * Verbs that name their object (`called the plan “a betrayal of farmers”`, `branded it
 * “reckless”`): the quotation after the object is the speaker's words, unless it is a term
 * after an article (`calls the invasion a “special military operation”`), which is a scare quote.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'brand', 'dub', 'term', 'describe']);

/**
 * Verbs that report speech with a bare clause after them, without “that”
 * (`Marin said the talks were productive`). Other verbs need “that” to report speech indirectly,
 * which keeps `announced talks between …` or `described the plan` from being read as reported speech.
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'claim', 'insist', 'warn', 'argue', 'believe', 'think', 'predict',
  'estimate', 'explain', 'reckon', 'suggest', 'admit', 'acknowledge', 'concede', 'note', 'write',
  'deny', 'allege', 'maintain', 'contend', 'stress', 'emphasize', 'emphasise', 'assert', 'declare',
  'vow', 'fear', 'hope', 'complain',
]);

/**
 * Reporting verbs that usually mean something else, so they only count as cues right next to a
 * quotation (`“…,” she smiled`) or before a colon, never for indirect speech.
 */
export const WEAK_VERBS: ReadonlySet<string> = new Set([
  'go', 'begin', 'start', 'open', 'close', 'finish', 'end', 'return', 'find', 'show', 'know',
  'understand', 'hold', 'call', 'grant', 'allow', 'accept', 'agree', 'decline', 'refuse', 'offer',
  'raise', 'float', 'level', 'lodge', 'file', 'back', 'support', 'oppose', 'resist', 'share',
  'air', 'record', 'log', 'flag', 'smile', 'grin', 'nod', 'shrug', 'sigh', 'laugh', 'read', 'sing',
  'pray', 'press', 'pursue', 'continue', 'persist', 'rule', 'decide', 'determine', 'judge', 'point',
  'sum', 'chime', 'weigh', 'expand', 'detail', 'project', 'figure', 'consider', 'cite', 'quote',
  'deem', 'welcome', 'thank', 'greet', 'toast', 'document', 'establish', 'prove', 'verify', 'poll',
  'survey', 'campaign', 'canvass', 'lobby', 'petition', 'invite', 'summon', 'champion', 'spotlight',
  'highlight', 'update', 'brief', 'present', 'post', 'publish', 'wire', 'cable', 'radio', 'phone',
  'message', 'text', 'email', 'broadcast', 'echo', 'translate', 'talk', 'speak', 'storm', 'rage',
  'boom', 'thunder', 'crow', 'drone', 'burst', 'spit', 'breathe', 'pant', 'coo', 'purr', 'trill',
  'chirp', 'croak', 'remember', 'realize', 'realise', 'recognize', 'recognise', 'suppose', 'assume',
  'presume', 'suspect', 'doubt', 'worry', 'wonder', 'feel', 'expect', 'anticipate', 'calculate',
  'guess', 'require', 'ban', 'forbid', 'prohibit', 'mandate', 'prescribe', 'stipulate', 'order',
  'direct', 'command', 'dictate', 'decree', 'commit', 'question', 'challenge', 'contest', 'defend',
  'justify', 'correct', 'amend', 'revise', 'qualify', 'record', 'show', 'demonstrate', 'support',
  'back', 'endorse', 'advocate', 'tout', 'moot', 'broach', 'snub', 'scorn', 'spurn', 'rebuff',
  'blame', 'fault', 'charge', 'accuse', 'praise', 'hail', 'laud', 'commend', 'applaud', 'reject',
  'dismiss', 'grieve', 'mourn', 'marvel', 'rejoice', 'exult', 'puzzle', 'probe', 'grill', 'quiz',
  'interrogate', 'cross-examine', 'mock', 'tease', 'taunt', 'banter', 'sneer', 'smirk', 'chuckle',
  'giggle', 'snicker', 'snigger', 'chortle', 'cry', 'weep', 'sob', 'wail', 'whimper', 'gasp',
  'groan', 'moan', 'fume', 'rant', 'rail', 'preach', 'lecture', 'orate', 'recite', 'intone',
  'brand', 'dub', 'term',
]);
