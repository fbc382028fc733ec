import { describe, expect, it } from 'vitest';
import { detectLanguage, toProbabilities } from './detect-language.js';

// Our own sentences, written for these tests (news register, several close-language pairs).
const SENTENCES: readonly (readonly [string, string])[] = [
  ['en', 'The finance minister said on Tuesday that the budget would be presented to parliament next week.'],
  ['de', 'Die Regierung hat am Dienstag angekündigt, dass die Steuern im nächsten Jahr sinken sollen.'],
  ['fr', 'Le gouvernement a annoncé mardi une nouvelle réforme des retraites, contestée par les syndicats.'],
  ['es', 'El presidente del Gobierno anunció ayer que las elecciones se celebrarán en primavera.'],
  ['pt', 'O governo anunciou ontem que as eleições vão realizar-se na primavera do próximo ano.'],
  ['it', 'Il governo ha annunciato ieri che le elezioni si terranno in primavera.'],
  ['nl', 'De regering heeft gisteren aangekondigd dat de verkiezingen in het voorjaar worden gehouden.'],
  ['ru', 'Правительство объявило во вторник, что налоги в следующем году будут снижены.'],
  ['uk', 'Уряд оголосив у вівторок, що податки наступного року будуть знижені.'],
  ['be', 'Урад абвясціў у аўторак, што падаткі ў наступным годзе будуць зніжаныя.'],
  ['bg', 'Правителството обяви във вторник, че данъците догодина ще бъдат намалени.'],
  ['sr', 'Влада је у уторак саопштила да ће порези следеће године бити смањени.'],
  ['pl', 'Rząd ogłosił we wtorek, że podatki w przyszłym roku zostaną obniżone.'],
  ['cs', 'Vláda v úterý oznámila, že daně budou příští rok sníženy.'],
  ['sk', 'Vláda v utorok oznámila, že dane budú budúci rok znížené.'],
  ['hu', 'A kormány kedden bejelentette, hogy jövőre csökkennek az adók.'],
  ['ro', 'Guvernul a anunțat marți că impozitele vor fi reduse anul viitor.'],
  ['sv', 'Regeringen meddelade på tisdagen att skatterna ska sänkas nästa år.'],
  ['fi', 'Hallitus ilmoitti tiistaina, että veroja lasketaan ensi vuonna.'],
  ['tr', 'Hükümet salı günü yaptığı açıklamada vergilerin gelecek yıl düşürüleceğini söyledi.'],
  ['el', 'Η κυβέρνηση ανακοίνωσε την Τρίτη ότι οι φόροι θα μειωθούν τον επόμενο χρόνο.'],
  ['ar', 'أعلنت الحكومة يوم الثلاثاء أن الضرائب ستنخفض في العام المقبل.'],
  ['he', 'הממשלה הודיעה ביום שלישי כי המסים יופחתו בשנה הבאה.'],
  ['hi', 'सरकार ने मंगलवार को घोषणा की कि अगले साल कर कम किए जाएंगे।'],
  ['zh', '政府周二宣布，明年将降低税收。'],
  ['ja', '政府は火曜日、来年減税すると発表した。'],
  ['ko', '정부는 화요일 내년에 세금을 인하한다고 발표했다.'],
];

describe('detectLanguage', () => {
  it.each(SENTENCES)('recognises %s news sentences', (language, sentence) => {
    const result = detectLanguage(sentence);
    expect(result.language).toBe(language);
    expect(result.alternatives[0]?.language).toBe(language);
  });

  it('reports the script as an ISO 15924 code', () => {
    expect(detectLanguage('Влада је у уторак саопштила').script).toBe('Cyrl');
    expect(detectLanguage('Vlada je u utorak saopštila').script).toBe('Latn');
    expect(detectLanguage('政府は火曜日に発表した').script).toBe('Jpan');
    expect(detectLanguage('정부는 발표했다').script).toBe('Kore');
  });

  it('uses distinctive letters to split Cyrillic siblings even in one word', () => {
    expect(detectLanguage('аўторак').language).toBe('be');
    expect(detectLanguage('їжак').language).toBe('uk');
    expect(detectLanguage('ђачки').language).toBe('sr');
  });

  it('always gives a best guess for a real word, never und', () => {
    for (const word of ['Regierung', 'gouvernement', 'Haus', 'ok', 'the']) {
      expect(detectLanguage(word).language).not.toBe('und');
    }
  });

  it('returns und only without letters', () => {
    expect(detectLanguage('12:45 — 3,400.50 !!!')).toEqual({ language: 'und', confidence: 0, reliable: false, script: 'Zyyy', alternatives: [] });
    expect(detectLanguage('').language).toBe('und');
  });

  it('gives probabilities that rank the alternatives and sum to at most 1', () => {
    const { alternatives, confidence } = detectLanguage('Hvorfor er det så vanskelig å finne en bolig i byen?');
    const sum = alternatives.reduce((s, a) => s + a.probability, 0);
    expect(sum).toBeLessThanOrEqual(1.001);
    expect(alternatives.map((a) => a.probability)).toEqual([...alternatives.map((a) => a.probability)].sort((a, b) => b - a));
    expect(confidence).toBe(alternatives[0]?.probability);
  });

  it('is more confident on a sentence than on a single word', () => {
    const word = detectLanguage('vlada');
    const sentence = detectLanguage('Die Regierung hat am Dienstag angekündigt, dass die Steuern sinken sollen.');
    expect(sentence.confidence).toBeGreaterThan(word.confidence);
    expect(sentence.reliable).toBe(true);
  });

  it('restricts candidates with only and ignore, accepting ISO 639-1 or 639-3', () => {
    const text = 'Regeringen meddelade att skatterna ska sänkas nästa år.';
    expect(detectLanguage(text, { only: ['dan', 'nob'] }).language).toMatch(/^(da|nb)$/);
    expect(detectLanguage(text, { ignore: ['sv'] }).language).not.toBe('sv');
    expect(detectLanguage(text, { only: ['swe'] }).alternatives).toEqual([{ language: 'sv', probability: 1 }]);
  });

  it('returns und when the options leave no candidate for the script', () => {
    expect(detectLanguage('Правительство объявило', { only: ['en'] }).language).toBe('und');
  });

  it('treats text shorter than minLength as undetermined', () => {
    expect(detectLanguage('Haus', { minLength: 10 }).language).toBe('und');
    expect(detectLanguage('Haus', { minLength: 4 }).language).not.toBe('und');
  });

  it('opens franc-only languages with candidates: all', () => {
    const scots = 'The Universal Declaration o Human Richts is a document that wis adoptit bi the General Assembly.';
    const all = detectLanguage(scots, { candidates: 'all' });
    expect(all.alternatives.length).toBeGreaterThan(1);
    expect(detectLanguage(scots).alternatives.every((a) => a.language.length === 2)).toBe(true);
  });

  it('gives a long text the language most of it is in, whatever passage it opens or closes with', () => {
    const english = [
      'The harbour authority approved the new ferry terminal on Thursday after a long debate.',
      'Officials expect the first boats to dock there before the end of next summer.',
      'Fishermen worry that the extra traffic will disturb the quays they have used for decades.',
    ].join(' ');
    const german = [
      'Die Hafenbehörde hat das neue Fährterminal am Donnerstag nach langer Debatte genehmigt.',
      'Die ersten Schiffe sollen dort noch vor Ende des nächsten Sommers anlegen.',
    ].join(' ');
    const mostlyEnglish = `${german} ${Array.from({ length: 12 }, () => english).join(' ')}`;
    const mostlyGerman = `${Array.from({ length: 14 }, () => german).join(' ')} ${english}`;
    const first = detectLanguage(mostlyEnglish);
    expect(first.language).toBe('en');
    expect(first.alternatives[1]?.language).toBe('de');
    const second = detectLanguage(mostlyGerman);
    expect(second.language).toBe('de');
    expect(second.script).toBe('Latn');
  });

  it('reads long inputs in linear time by sampling', () => {
    const page = 'Die Regierung hat am Dienstag angekündigt, dass die Steuern sinken sollen. '.repeat(20_000);
    expect(detectLanguage(page).language).toBe('de');
  });

  it('throws a TypeError naming the argument for non-strings', () => {
    expect(() => detectLanguage(42 as unknown as string)).toThrow(TypeError);
    expect(() => detectLanguage(null as unknown as string)).toThrow(/text/);
  });
});

describe('detectLanguage script counting', () => {
  it('counts the same letters alike on repeated calls (cached per code point)', () => {
    const text = 'Ελληνικά και ελληνικά';
    expect(detectLanguage(text).script).toBe('Grek');
    expect(detectLanguage(text).script).toBe('Grek');
    expect(detectLanguage('— 123 —').language).toBe('und');
  });
});

describe('toProbabilities', () => {
  const languages = ['a', 'b', 'c', 'd', 'e'];
  const scores = [-3, 0, -1, 0, -9];

  it('ranks every candidate, the first of equal scores first, and sums to one', () => {
    const all = toProbabilities(languages, scores, 1);
    expect(all.map((g) => g.language)).toEqual(['b', 'd', 'c', 'a', 'e']);
    expect(all.reduce((sum, g) => sum + g.probability, 0)).toBeCloseTo(1, 12);
  });

  it('returns only the likeliest few when limited, with the same probabilities', () => {
    const all = toProbabilities(languages, scores, 4);
    expect(toProbabilities(languages, scores, 4, undefined, 2)).toEqual(all.slice(0, 2));
    expect(toProbabilities([], [], 4, undefined, 5)).toEqual([]);
  });

  it('ranks a candidate whose weight underflows to zero after the others', () => {
    expect(toProbabilities(['x', 'y', 'z'], [-1e6, 0, -2e6], 1).map((g) => g.language)).toEqual(['y', 'x', 'z']);
  });
});
