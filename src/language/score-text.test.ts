import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';
import { MODELS } from './data/models.js';
import { logWebShare, SCORE_WEIGHTS, scoreText, type TextScores } from './score-text.js';

// Our own examples: everyday words and two-word phrases, and sentences in close languages.
const WORDS: readonly (readonly [string, string])[] = [
  ['en', 'weather'],
  ['en', 'yesterday'],
  ['de', 'gestern'],
  ['de', 'Zeitung'],
  ['fr', 'pourquoi'],
  ['fr', 'beaucoup'],
  ['es', 'todavía'],
  ['pt', 'obrigado'],
  ['pt', 'também'],
  ['it', 'perché'],
  ['nl', 'misschien'],
  ['sv', 'kanske'],
  ['da', 'måske'],
  ['nb', 'kanskje'],
  ['pl', 'dlaczego'],
  ['cs', 'protože'],
  ['sk', 'pretože'],
  ['ru', 'сегодня'],
  ['uk', 'сьогодні'],
  ['bg', 'днес'],
  ['sl', 'zakaj'],
  ['ro', 'astăzi'],
  ['fi', 'huomenna'],
  ['tr', 'bugün'],
  ['lv', 'šodien'],
];

// Words of news in close languages, each spelt as only one of its siblings spells it.
const SIBLING_WORDS: readonly (readonly [string, string])[] = [
  ['nb', 'situasjon'],
  ['nb', 'informasjon'],
  ['da', 'sikkerhed'],
  ['da', 'muligheden'],
  ['es', 'ciudadanos'],
  ['es', 'ayuntamiento'],
  ['pt', 'cidadãos'],
  ['pt', 'prefeitura'],
  ['cs', 'přítel'],
  ['sk', 'povedal'],
  ['hr', 'zrakoplov'],
];

const PAIRS: readonly (readonly [string, string])[] = [
  ['da', 'hvad siger'],
  ['sv', 'vad säger'],
  ['nb', 'hva skjer'],
  ['es', 'muy bien'],
  ['pt', 'muito bem'],
  ['cs', 'dobrý den'],
  ['sk', 'dobrý deň'],
  ['hr', 'tjedan dana'],
  ['id', 'tidak ada'],
  ['sl', 'zelo lahko'],
  ['hr', 'uvijek ovdje'],
  ['bg', 'защото днес'],
  ['mk', 'сите луѓе'],
  ['sr', 'који је'],
  ['ru', 'что это'],
];

const SIBLING_SENTENCES: readonly (readonly [string, string])[] = [
  ['hr', 'Gradsko vijeće je u utorak izglasalo novi proračun za iduću godinu.'],
  ['sl', 'Mestni svet je v torek sprejel nov proračun za prihodnje leto.'],
  ['da', 'Byrådet vedtog tirsdag et nyt budget for det kommende år.'],
  ['nb', 'Bystyret vedtok tirsdag et nytt budsjett for neste år.'],
  ['cs', 'Zastupitelstvo v úterý schválilo nový rozpočet na příští rok.'],
  ['sk', 'Mestské zastupiteľstvo v utorok schválilo nový rozpočet na budúci rok.'],
  ['pt', 'A câmara municipal aprovou na terça-feira o novo orçamento para o próximo ano.'],
  ['es', 'El ayuntamiento aprobó el martes el nuevo presupuesto para el próximo año.'],
];

describe('short texts', () => {
  it.each(WORDS)('recognises a common %s word on its own', (language, word) => {
    expect(detectLanguage(word).language).toBe(language);
  });

  it.each(SIBLING_WORDS)('tells a %s news word from its siblings', (language, word) => {
    expect(detectLanguage(word).language).toBe(language);
  });

  it.each(PAIRS)('tells close languages apart in a %s word pair', (language, pair) => {
    expect(detectLanguage(pair).language).toBe(language);
  });

  it.each(SIBLING_SENTENCES)('keeps a %s sentence apart from its close siblings', (language, sentence) => {
    expect(detectLanguage(sentence).language).toBe(language);
  });
});

describe('scoreText', () => {
  it('scores only the allowed candidates, with the evidence it read', () => {
    const scores = scoreText('hvad siger du', { only: ['da', 'nb'] });
    expect(scores.script).toBe('Latn');
    expect(scores.evidence).toBe(3);
    expect([...scores.languages].sort()).toEqual(['da', 'nb']);
    expect(scores.scores).toHaveLength(2);
  });

  it('scores the languages outside the news set only when asked for all', () => {
    const news = scoreText('Habari za asubuhi').languages.length;
    const all = scoreText('Habari za asubuhi', { candidates: 'all' }).languages.length;
    expect(all).toBeGreaterThan(news);
  });

  it('gives every text scores of its own, which later texts leave alone', () => {
    const texts = ['the house of the people', 'das Haus der Leute', 'la maison du peuple', 'дом народа', 'بيت الشعب'];
    // Enough texts that the scores are cut from more than one shared buffer.
    const kept = Array.from({ length: 400 }, (_, i) => scoreText(texts[i % texts.length] as string));
    const copies = kept.map((scores) => [...scores.scores]);
    for (let i = 0; i < 400; i++) scoreText(texts[(i + 2) % texts.length] as string);
    kept.forEach((scores, i) => expect([...scores.scores]).toEqual(copies[i]));
    expect(kept[0]?.scores).toEqual(scoreText(texts[0] as string).scores);
    expect(kept[0]?.scores.every((score) => Number.isFinite(score))).toBe(true);
  });
});

describe('the prior', () => {
  const gap = (scores: TextScores, a: string, b: string): number =>
    (scores.scores[scores.languages.indexOf(a)] as number) - (scores.scores[scores.languages.indexOf(b)] as number);

  it('moves a language ahead of a rarer one by the weighted log ratio of their web shares', () => {
    const withPrior = scoreText('casa');
    const without = scoreText('casa', undefined, { ...SCORE_WEIGHTS, prior: 0 });
    // Spanish is in the 5 % tier, Galician under the 0.05 % floor.
    expect(gap(withPrior, 'es', 'gl') - gap(without, 'es', 'gl')).toBeCloseTo(SCORE_WEIGHTS.prior * Math.log(5 / 0.05), 9);
    // Danish and Norwegian Bokmål share a tier: no move between them.
    expect(gap(withPrior, 'da', 'nb')).toBeCloseTo(gap(without, 'da', 'nb'), 9);
  });

  it("reads a listed language's share from its tier and any other from the floor", () => {
    expect(logWebShare('en')).toBeCloseTo(Math.log(50), 12);
    expect(logWebShare('nb')).toBeCloseTo(Math.log(0.5), 12);
    expect(logWebShare('gl')).toBeCloseTo(Math.log(0.05), 12);
  });

  it('leaves a sentence to its evidence', () => {
    expect(detectLanguage('A xunta aprobou onte o novo orzamento para o próximo ano.').language).toBe('gl');
  });
});

describe('the built tables', () => {
  it('give a letter foreign to a language no more than any other language gives it', () => {
    // English writes few letters; a letter it never writes (ñ) once cost it less than it cost
    // languages with many rare letters, so English drew Spanish words.
    for (const word of ['ñandú', 'señales']) {
      const english = detectLanguage(word).alternatives.find((a) => a.language === 'en');
      expect(english?.probability ?? 0).toBeLessThan(0.005);
    }
  });

  it("list no frequent words for a script's only profiled language, which no other profile competes with", () => {
    for (const model of Object.values(MODELS)) {
      if (model.languages.split(' ').length === 1) expect(model.words.join('')).toBe('');
    }
    expect(detectLanguage('सरकार ने आज नई योजना की घोषणा की।').language).toBe('hi');
  });
});
