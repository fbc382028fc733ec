import { isAsciiDigit, isAsciiLetter } from '../text/code-units.js';
import { foldName, nameSimilarity } from '../text/similarity.js';
import { ORGANISATION_NOUNS, ROLE_NOUNS } from './data/people.js';
import { lowerCase } from './lower-case.js';
import { isHonorific, type Gender, type Mention } from './find-mentions.js';

/** A person (or organisation, or group) the text refers to, built up mention by mention. */
export interface Entity {
  /** Folded name forms seen. */
  readonly forms: string[];
  /** Fullest name as written. */
  canonical: string;
  role: string | null;
  readonly classes: Set<string>;
  place: string | null;
  gender: Gender;
  readonly plural: boolean;
  /** Whether the entity has a real name (not only a description such as `the spokeswoman`). */
  readonly named: boolean;
}

/** How a mention was resolved. */
export interface Resolution {
  readonly entity: Entity;
  /** Whether a pronoun or description was linked to a named entity. */
  readonly resolved: boolean;
}

const SIMILAR_NAME = 0.88;
const ORGANISATION = 'organisation';
const RECENT_LIMIT = 64;
const VOWELS_AND_GLIDES = new Set('aeiouyhwj');
const SHOUTED = /^[\p{Lu}\p{Nd}&.-]{2,}$/u;

/**
 * Keeps track of who the text talks about, in document order: clusters name variants
 * (`Zelensky`, `Zelenskyy`, `Mr. Zelensky`, `Volodymyr Zelensky`), links pronouns to the latest
 * speaker or subject of a reporting verb, and role nouns (`the Ukrainian leader`) to the latest
 * person with a matching title.
 */
export class SpeakerRegistry {
  readonly entities: Entity[] = [];
  /** Entities that spoke or were the subject of a reporting verb, latest last. */
  private readonly speakers: Entity[] = [];
  /** Named entities that began a sentence (likely its subject), latest last. */
  private readonly subjects: Entity[] = [];
  /** Named entities in order of mention, latest last: the last resort for a pronoun whose gender is known. */
  private readonly mentioned: Entity[] = [];
  /** Named entities by the consonant skeleton of each word of their names. */
  private readonly byWord = new Map<string, Entity[]>();
  /** Descriptions and pronouns nobody named could be linked to, by folded text. */
  private readonly placeholders = new Map<string, Entity>();
  private readonly folded = new Map<string, string>();
  private readonly skeletons = new Map<string, string>();
  private clock = 0;
  private readonly seen = new Map<Entity, number>();

  /**
   * Registers a name mention and returns its entity, merging with an earlier one when the names
   * match.
   *
   * @param mention - A mention of kind `name`.
   * @returns The entity.
   */
  name(mention: Mention): Entity {
    const folded = this.fold(mention.name);
    let entity = this.findByName(folded);
    if (entity === undefined) {
      entity = { forms: [], canonical: mention.name, role: null, classes: new Set(), place: null, gender: null, plural: false, named: true };
      if (notAPerson(mention.name)) entity.classes.add(ORGANISATION);
      this.entities.push(entity);
    } else if (wordCount(mention.name) > wordCount(entity.canonical)) {
      entity.canonical = mention.name;
    }
    if (!entity.forms.includes(folded)) {
      entity.forms.push(folded);
      // Each word between single spaces, as `split(' ')` gives them, without the array: its
      // shape differed from call to call, and each new one threw away the optimised code.
      for (let from = 0; from <= folded.length; ) {
        const space = folded.indexOf(' ', from);
        const end = space < 0 ? folded.length : space;
        this.file(folded.slice(from, end), entity);
        from = end + 1;
      }
    }
    this.seen.set(entity, this.clock++);
    touch(this.mentioned, entity);
    this.describe(entity, mention);
    return entity;
  }

  /** Files an entity under the skeleton of a word of its name. */
  private file(word: string, entity: Entity): void {
    const key = this.skeleton(word);
    // A new list starts with its entity: an empty literal would be an array of another element
    // kind, and code optimised for one kind is thrown away when it meets the other.
    const list = this.byWord.get(key);
    if (list === undefined) {
      this.byWord.set(key, [entity]);
    } else if (!list.includes(entity)) {
      list.push(entity);
      // Thousands of people sharing a surname would make every lookup scan them all.
      if (list.length > RECENT_LIMIT) list.shift();
    }
  }

  /**
   * Adds what a mention says about an entity: title, role classes, place, gender.
   *
   * @param entity - The entity.
   * @param mention - A mention of it (a name with a title, or an apposition).
   */
  describe(entity: Entity, mention: Mention): void {
    if (mention.role !== null && (entity.role === null || betterRole(entity.role, mention.role))) entity.role = mention.role;
    for (const name of mention.classes) entity.classes.add(name);
    if (mention.role !== null) {
      for (const word of lowerCase(mention.role).split(/[\s’']+/u)) {
        for (const name of ROLE_NOUNS.get(word)?.classes ?? []) entity.classes.add(name);
      }
    }
    entity.place ??= mention.place;
    entity.gender ??= mention.gender;
  }

  /**
   * Resolves the mention that reports a quote to an entity.
   *
   * @param mention - Any mention.
   * @returns The entity and whether a pronoun or description was linked to a name.
   */
  resolve(mention: Mention): Resolution {
    if (mention.kind === 'name') return { entity: this.name(mention), resolved: true };
    if (mention.kind === 'pronoun') {
      const found = this.pronoun(mention);
      if (found !== undefined) {
        found.gender ??= mention.gender;
        return { entity: found, resolved: true };
      }
    } else if (mention.kind === 'nominal') {
      const found = this.nominal(mention);
      if (found !== undefined) return { entity: found, resolved: true };
    }
    return { entity: this.placeholder(mention), resolved: mention.kind === 'group' };
  }

  /**
   * Records that a named entity began a sentence: a weaker antecedent for pronouns than a speaker.
   *
   * @param entity - The entity.
   */
  subject(entity: Entity): void {
    touch(this.subjects, entity);
  }

  /**
   * Records that an entity spoke or reported, for later pronouns.
   *
   * @param entity - The entity.
   */
  spoke(entity: Entity): void {
    touch(this.speakers, entity);
  }

  /** Folding is the costly part of name lookups, and news repeats names. */
  private fold(name: string): string {
    if (isPlainAsciiName(name)) return lowerCase(name);
    let folded = this.folded.get(name);
    if (folded === undefined) {
      folded = foldName(name);
      this.folded.set(name, folded);
    }
    return folded;
  }

  /** The most recently seen entity with a matching name form. */
  private findByName(folded: string): Entity | undefined {
    // By the last word (the surname) and the first (a first name alone, `r habeck`).
    const space = folded.indexOf(' ');
    const first = space < 0 ? folded : folded.slice(0, space);
    const last = space < 0 ? folded : folded.slice(folded.lastIndexOf(' ') + 1);
    const byLast = this.latestWithName(last, folded, undefined);
    return last === first ? byLast : this.latestWithName(first, folded, byLast);
  }

  /** The entity seen latest among `best` and those filed under `word` whose forms match `folded`. */
  private latestWithName(word: string, folded: string, best: Entity | undefined): Entity | undefined {
    let latestEntity = best;
    let latestSeen = best === undefined ? -1 : (this.seen.get(best) ?? 0);
    const list = this.byWord.get(this.skeleton(word));
    if (list === undefined) return latestEntity;
    for (const entity of list) {
      const seen = this.seen.get(entity) ?? 0;
      if (seen > latestSeen && entity.forms.some((form) => sameName(form, folded))) {
        latestEntity = entity;
        latestSeen = seen;
      }
    }
    return latestEntity;
  }

  /** Skeletons are asked for every name mention, of the few words a text's names are made of. */
  private skeleton(word: string): string {
    let found = this.skeletons.get(word);
    if (found === undefined) {
      found = skeleton(word);
      this.skeletons.set(word, found);
    }
    return found;
  }

  private pronoun(mention: Mention): Entity | undefined {
    // `he` and `she` are people: not `PORT CLOSES` (a headline) or `the Port Authority`.
    const fits = (entity: Entity): boolean =>
      entity.plural === mention.plural && (mention.gender === null || entity.gender === null || entity.gender === mention.gender) &&
      (mention.gender === null || !entity.classes.has(ORGANISATION));
    const pronoun = lowerCase(mention.name);
    if (pronoun === 'i' || pronoun === 'we') return undefined;
    return (
      latest(this.speakers, (entity) => fits(entity) && (entity.named || entity.plural)) ??
      latest(this.subjects, fits) ??
      latest(this.mentioned, (entity) => mention.gender !== null && entity.gender === mention.gender)
    );
  }

  private nominal(mention: Mention): Entity | undefined {
    const fits = (entity: Entity): boolean =>
      entity.named &&
      mention.classes.some((name) => entity.classes.has(name)) &&
      (mention.place === null || entity.place === null || entity.place === mention.place) &&
      (mention.gender === null || entity.gender === null || entity.gender === mention.gender);
    const found = latest(this.speakers, fits) ?? latest(this.subjects, fits) ?? latestNamed(this.entities, fits);
    if (found !== undefined) found.gender ??= mention.gender;
    return found;
  }

  private placeholder(mention: Mention): Entity {
    const folded = this.fold(mention.name).replace(/^(?:the|a|an) /u, '');
    const existing = this.placeholders.get(folded);
    if (existing !== undefined) return existing;
    const entity: Entity = { forms: [folded], canonical: mention.name, role: null, classes: new Set(mention.classes), place: mention.place, gender: mention.gender, plural: mention.plural, named: false };
    this.entities.push(entity);
    this.placeholders.set(folded, entity);
    return entity;
  }
}

/**
 * Whether two folded names can be the same person: one's words are the other's (`zelensky` in
 * `volodymyr zelensky`), or the surnames are transliteration variants (`zelensky`, `zelenskyy`)
 * and the first names do not clash (`r habeck`, `robert habeck`).
 */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // Words are read by offsets, not split into arrays: this runs for every form of every
  // candidate of every name mention.
  const spacesA = spaceCount(a);
  const spacesB = spaceCount(b);
  if (spacesA === 0 && spacesB === 0) return similarWord(a, b);
  const shorter = spacesA <= spacesB ? a : b;
  const longer = spacesA <= spacesB ? b : a;
  const lastShort = lastWord(shorter);
  const lastLong = lastWord(longer);
  // One of the two has several words, so the longer one does.
  if (Math.min(spacesA, spacesB) === 0) return similarWord(lastShort, lastLong) || lastShort === firstWord(longer);
  if (!similarWord(lastShort, lastLong)) return false;
  const firstShort = firstWord(shorter);
  const firstLong = firstWord(longer);
  return firstShort === firstLong || similarWord(firstShort, firstLong) || isInitialOf(firstShort, firstLong) || isInitialOf(firstLong, firstShort);
}

/** How many single spaces part a folded name's words (`split(' ')` gives one word more). */
function spaceCount(name: string): number {
  let count = 0;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) count++;
  return count;
}

function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** `r` for `robert`: names of as many words are compared either way round. */
function isInitialOf(initial: string, word: string): boolean {
  return initial.length === 1 && word.startsWith(initial);
}

function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.charAt(0) === b.charAt(0) && skeleton(a) === skeleton(b) && nameSimilarity(a, b) >= SIMILAR_NAME;
}

/** Consonants with doubles collapsed: transliterations differ in vowels, y, h and doubling. */
function skeleton(word: string): string {
  // Compares with the last kept letter, not `out.endsWith`: that flattens the growing string on
  // every call and turns a megabyte-long "name" quadratic.
  let out = '';
  let last = '';
  for (const char of word) {
    if (VOWELS_AND_GLIDES.has(char) || char === last) continue;
    out += char;
    last = char;
  }
  return out;
}

/** Headlines and acronyms in capitals, and names ending in `Authority` or `Ministry`. */
function notAPerson(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.every((word) => SHOUTED.test(word)) || ORGANISATION_NOUNS.has((words.at(-1) ?? '').toLowerCase());
}

/** `transport director` says more than `director`, and anything more than `Dr.`. */
function betterRole(current: string, role: string): boolean {
  if (isHonorific(role)) return false;
  return isHonorific(current) || (role.length > current.length && role.toLowerCase().endsWith(current.toLowerCase()));
}

function latest(list: readonly Entity[], fits: (entity: Entity) => boolean): Entity | undefined {
  for (let k = list.length - 1; k >= 0; k--) {
    const entity = list[k] as Entity;
    if (fits(entity)) return entity;
  }
  return undefined;
}

/** Titles are often given once, early: `President Zelensky` … paragraphs later `the president`. */
function latestNamed(entities: readonly Entity[], fits: (entity: Entity) => boolean): Entity | undefined {
  return latest(entities.slice(-RECENT_LIMIT), fits);
}

/** Words between white space, counted without splitting when the name is ASCII, as most are. */
function wordCount(name: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80) return name.split(/\s+/u).length;
    const space = code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** ASCII letters and digits in words parted by single spaces: `foldName` would only lower-case it. */
function isPlainAsciiName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === name.length - 1 || name.charCodeAt(i - 1) === 0x20) return false;
    } else if (!isAsciiLetter(code) && !isAsciiDigit(code)) {
      return false;
    }
  }
  return true;
}

/** Moves an entity to the end of a recency list, which is kept short so lookups stay cheap. */
function touch(list: Entity[], entity: Entity): void {
  const at = list.lastIndexOf(entity);
  if (at >= 0) list.splice(at, 1);
  list.push(entity);
  if (list.length > RECENT_LIMIT) list.shift();
}
