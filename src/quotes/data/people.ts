/** Personal pronouns that can stand for a speaker, with what they tell about the referent. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, { readonly gender: 'female' | 'male' | null; readonly plural: boolean }> = new Map([
  ['he', { gender: 'male', plural: false }],
  ['she', { gender: 'female', plural: false }],
  ['they', { gender: null, plural: true }],
  ['i', { gender: null, plural: false }],
  ['we', { gender: null, plural: true }],
]);

/**
 * Courtesy titles and ranks written before a name (lower-cased, without the final period). The
 * value is the gender the title implies, or `null`.
 */
export const COURTESY_TITLES: ReadonlyMap<string, 'female' | 'male' | null> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mx', null],
  ['sir', 'male'], ['dame', 'female'], ['lord', 'male'], ['lady', 'female'], ['madam', 'female'],
  ['dr', null], ['prof', null], ['professor', null], ['rev', null], ['reverend', null],
  ['fr', 'male'], ['father', 'male'], ['sister', 'female'], ['brother', 'male'],
  ['gen', null], ['col', null], ['lt', null], ['maj', null], ['capt', null], ['sgt', null],
  ['cpl', null], ['pvt', null], ['adm', null], ['cmdr', null], ['brig', null], ['insp', null],
  ['det', null], ['supt', null], ['sen', null], ['rep', null], ['gov', null], ['amb', null],
  ['atty', null], ['hon', null], ['herr', 'male'], ['frau', 'female'], ['monsieur', 'male'],
  ['madame', 'female'], ['mme', 'female'], ['señor', 'male'], ['señora', 'female'], ['king', 'male'],
  ['queen', 'female'], ['prince', 'male'], ['princess', 'female'], ['sheikh', 'male'], ['pope', 'male'],
  ['uncle', 'male'], ['aunt', 'female'], ['cardinal', 'male'], ['bishop', null], ['archbishop', null],
  ['judge', null], ['justice', null], ['mayor', null], ['senator', null], ['governor', null],
  ['president', null], ['chancellor', null], ['minister', null], ['premier', null],
  ['ambassador', null], ['commissioner', null], ['secretary', null], ['general', null],
  ['colonel', null], ['captain', null], ['lieutenant', null], ['sergeant', null], ['major', null],
  ['admiral', null], ['commander', null], ['marshal', null], ['inspector', null], ['detective', null],
  ['coach', null], ['chief', null], ['speaker', null], ['chairman', 'male'], ['chairwoman', 'female'],
  ['emperor', 'male'], ['empress', 'female'], ['duke', 'male'], ['duchess', 'female'], ['count', 'male'],
  ['countess', 'female'], ['baron', 'male'], ['baroness', 'female'], ['rabbi', null], ['imam', null],
  ['ayatollah', 'male'], ['patriarch', 'male'], ['metropolitan', null], ['superintendent', null],
  ['constable', null], ['officer', null], ['agent', null], ['doctor', null], ['nurse', null],
  ['councillor', null], ['councilor', null], ['councilman', 'male'], ['councilwoman', 'female'],
  ['alderman', 'male'], ['alderwoman', 'female'], ['assemblyman', 'male'], ['assemblywoman', 'female'],
  ['assemblymember', null], ['congressman', 'male'], ['congresswoman', 'female'], ['sheriff', null],
  ['magistrate', null], ['deputy', null], ['trustee', null], ['delegate', null], ['pastor', null],
]);

/** Honorifics that say nothing about what a person does: a descriptive role wins over them. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam',
  'hon', 'rev', 'reverend', 'herr', 'frau', 'monsieur', 'madame', 'mme', 'señor', 'señora',
]);

/** Capitalised words that join a title to the rest of it (`Prime Minister`, `Foreign Secretary`). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'health', 'justice',
  'deputy', 'vice', 'chief', 'state', 'attorney', 'first', 'crown', 'grand', 'supreme', 'lord',
  'high', 'acting', 'former', 'interim', 'assistant', 'associate', 'executive', 'press', 'education',
  'energy', 'trade', 'economy', 'economic', 'labour', 'labor', 'culture', 'transport', 'environment',
  'agriculture', 'development', 'treasury', 'security', 'national', 'general', 'senior', 'lead',
  'police', 'fire', 'district', 'county', 'city', 'federal', 'regional', 'provincial', 'shadow',
  'opposition', 'party', 'union', 'majority', 'minority', 'house', 'senate', 'white', 'managing',
  'commanding', 'special', 'secretary', 'minister', 'president', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'head', 'leader', 'mayor', 'governor', 'senator', 'ambassador',
  'commissioner', 'chancellor', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder',
  'co-founder', 'manager', 'officer', 'representative', 'envoy', 'adviser', 'advisor', 'counsel',
  'prosecutor', 'judge', 'justice', 'inspector', 'coach', 'captain', 'of', 'the',
]);

/**
 * Role nouns that can refer to a person already named (`the spokeswoman`, `the Ukrainian leader`).
 * Each maps to the role classes it can stand for and the gender it implies; a nominal reference
 * resolves to the latest person whose title shares a class.
 */
export const ROLE_NOUNS: ReadonlyMap<string, { readonly classes: readonly string[]; readonly gender: 'female' | 'male' | null }> = new Map<string, { readonly classes: readonly string[]; readonly gender: 'female' | 'male' | null }>([
  ['leader', { classes: ['leader'], gender: null }],
  ['president', { classes: ['leader', 'president'], gender: null }],
  ['premier', { classes: ['leader', 'prime minister'], gender: null }],
  ['chancellor', { classes: ['leader', 'chancellor'], gender: null }],
  ['king', { classes: ['leader', 'monarch'], gender: 'male' }],
  ['queen', { classes: ['leader', 'monarch'], gender: 'female' }],
  ['monarch', { classes: ['leader', 'monarch'], gender: null }],
  ['minister', { classes: ['minister'], gender: null }],
  ['secretary', { classes: ['minister', 'secretary'], gender: null }],
  ['spokesman', { classes: ['spokesperson'], gender: 'male' }],
  ['spokeswoman', { classes: ['spokesperson'], gender: 'female' }],
  ['spokesperson', { classes: ['spokesperson'], gender: null }],
  ['senator', { classes: ['senator', 'lawmaker'], gender: null }],
  ['congressman', { classes: ['lawmaker'], gender: 'male' }],
  ['congresswoman', { classes: ['lawmaker'], gender: 'female' }],
  ['lawmaker', { classes: ['lawmaker'], gender: null }],
  ['legislator', { classes: ['lawmaker'], gender: null }],
  ['governor', { classes: ['governor'], gender: null }],
  ['mayor', { classes: ['mayor'], gender: null }],
  ['ambassador', { classes: ['diplomat'], gender: null }],
  ['envoy', { classes: ['diplomat'], gender: null }],
  ['diplomat', { classes: ['diplomat'], gender: null }],
  ['general', { classes: ['military'], gender: null }],
  ['commander', { classes: ['military'], gender: null }],
  ['judge', { classes: ['judge'], gender: null }],
  ['prosecutor', { classes: ['prosecutor'], gender: null }],
  ['lawyer', { classes: ['lawyer'], gender: null }],
  ['attorney', { classes: ['lawyer', 'prosecutor'], gender: null }],
  ['executive', { classes: ['executive'], gender: null }],
  ['ceo', { classes: ['executive'], gender: null }],
  ['chairman', { classes: ['executive', 'chair'], gender: 'male' }],
  ['chairwoman', { classes: ['executive', 'chair'], gender: 'female' }],
  ['chair', { classes: ['chair'], gender: null }],
  ['director', { classes: ['director'], gender: null }],
  ['founder', { classes: ['executive'], gender: null }],
  ['coach', { classes: ['coach'], gender: null }],
  ['manager', { classes: ['coach', 'executive'], gender: null }],
  ['official', { classes: ['official'], gender: null }],
  ['officer', { classes: ['official'], gender: null }],
  ['commissioner', { classes: ['official'], gender: null }],
  ['professor', { classes: ['academic'], gender: null }],
  ['researcher', { classes: ['academic'], gender: null }],
  ['economist', { classes: ['analyst'], gender: null }],
  ['analyst', { classes: ['analyst'], gender: null }],
  ['actor', { classes: ['artist'], gender: null }],
  ['actress', { classes: ['artist'], gender: 'female' }],
  ['singer', { classes: ['artist'], gender: null }],
  ['player', { classes: ['athlete'], gender: null }],
  ['striker', { classes: ['athlete'], gender: null }],
  ['captain', { classes: ['athlete', 'military'], gender: null }],
  ['pope', { classes: ['leader'], gender: 'male' }],
  ['pontiff', { classes: ['leader'], gender: 'male' }],
  ['candidate', { classes: ['candidate'], gender: null }],
  ['nominee', { classes: ['candidate'], gender: null }],
  ['woman', { classes: ['person'], gender: 'female' }],
  ['man', { classes: ['person'], gender: 'male' }],
  ['witness', { classes: ['person'], gender: null }],
  ['resident', { classes: ['person'], gender: null }],
  ['mother', { classes: ['person'], gender: 'female' }],
  ['father', { classes: ['person'], gender: 'male' }],
  ['doctor', { classes: ['doctor'], gender: null }],
  ['nurse', { classes: ['doctor'], gender: null }],
  ['expert', { classes: ['analyst'], gender: null }],
  ['author', { classes: ['author'], gender: null }],
  ['councillor', { classes: ['lawmaker', 'councillor'], gender: null }],
  ['councilor', { classes: ['lawmaker', 'councillor'], gender: null }],
  ['councilman', { classes: ['lawmaker', 'councillor'], gender: 'male' }],
  ['councilwoman', { classes: ['lawmaker', 'councillor'], gender: 'female' }],
  ['alderman', { classes: ['lawmaker', 'councillor'], gender: 'male' }],
  ['sheriff', { classes: ['police'], gender: null }],
  ['source', { classes: ['source'], gender: null }],
]);

/**
 * Plural nouns that name a group of speakers without a determiner (`officials said`, `police said`).
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'police', 'authorities', 'analysts', 'experts', 'economists', 'residents',
  'witnesses', 'investigators', 'prosecutors', 'lawyers', 'doctors', 'researchers', 'scientists',
  'organisers', 'organizers', 'critics', 'supporters', 'protesters', 'activists', 'sources',
  'diplomats', 'lawmakers', 'legislators', 'ministers', 'leaders', 'executives', 'people',
  'campaigners', 'observers', 'voters', 'parents', 'teachers', 'students', 'workers', 'villagers',
  'neighbours', 'neighbors', 'survivors', 'families', 'relatives', 'rescuers', 'firefighters',
  'paramedics', 'medics', 'soldiers', 'troops', 'commanders', 'judges', 'regulators', 'traders',
  'fans', 'players', 'spokespeople', 'spokesmen', 'spokeswomen', 'insiders', 'aides', 'staff',
]);

/**
 * Nouns that name an organisation speaking as one (`the central bank said`, `the union said in a
 * statement`).
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'bank', 'ministry', 'government', 'company', 'union', 'court', 'army', 'military', 'agency',
  'council', 'commission', 'committee', 'department', 'office', 'party', 'embassy', 'firm', 'group',
  'board', 'institute', 'university', 'hospital', 'school', 'authority', 'regulator', 'federation',
  'league', 'club', 'team', 'airline', 'manufacturer', 'carmaker', 'retailer', 'insurer', 'lender',
  'utility', 'operator', 'charity', 'foundation', 'organisation', 'organization', 'association',
  'coalition', 'alliance', 'cabinet', 'administration', 'presidency', 'palace', 'parliament',
  'senate', 'congress', 'assembly', 'campaign', 'newspaper', 'broadcaster', 'network', 'studio',
  'publisher', 'force', 'navy', 'service', 'inspectorate', 'watchdog', 'tribunal',
  'secretariat', 'directorate', 'bureau', 'centre', 'center', 'startup', 'developer', 'staff',
  'command', 'headquarters', 'police', 'prosecution', 'defence', 'defense',
]);
