// The player's own words: the one|other forms a learner reads on the result slide, in Dutch and English.

import { describe, expect, it } from 'vitest';
import { plural, stringsFor } from '../../src/shared/i18n.js';

const nl = stringsFor('nl');
const en = stringsFor('en-GB');

describe('plural', () => {
  it('picks the first form for exactly 1 and the second for 0, 2 and more, in Dutch', () => {
    expect([0, 1, 2, 12].map((left) => plural(nl.unanswered, left, { left }))).toEqual([
      '0 vragen nog niet beantwoord',
      '1 vraag nog niet beantwoord',
      '2 vragen nog niet beantwoord',
      '12 vragen nog niet beantwoord',
    ]);
    expect([1, 2].map((left) => plural(nl.attemptsLeft, left, { left }))).toEqual(['Nog 1 poging', 'Nog 2 pogingen']);
    expect([
      plural(nl.pointsOf, 1, { earned: 0, total: 1 }),
      plural(nl.pointsOf, 16, { earned: 13, total: 16 }),
    ]).toEqual(['0 van 1 punt', '13 van 16 punten']);
  });

  it('does the same in English', () => {
    expect([1, 3].map((left) => plural(en.unanswered, left, { left }))).toEqual([
      '1 question not answered yet',
      '3 questions not answered yet',
    ]);
    expect([1, 2].map((left) => plural(en.attemptsLeft, left, { left }))).toEqual([
      '1 attempt left',
      '2 attempts left',
    ]);
    expect(plural(en.pointsOf, 7, { earned: '2,5', total: 7 })).toBe('2,5 of 7 points');
  });

  it('uses a text without `|` for every count', () => {
    expect([plural('Geen pogingen meer', 1, {}), plural('{n} dia’s', 1, { n: 1 })]).toEqual([
      'Geen pogingen meer',
      '1 dia’s',
    ]);
  });
});

describe("plural forms by the language's own rule (CLDR, Intl.PluralRules)", () => {
  it('French says 0 and 1 in the singular, German and Spanish only 1', () => {
    const counts = [0, 1, 2, 5];
    const fr = stringsFor('fr-BE');
    expect(counts.map((left) => plural(fr.attemptsLeft, left, { left }))).toEqual([
      'Encore 0 tentative',
      'Encore 1 tentative',
      'Encore 2 tentatives',
      'Encore 5 tentatives',
    ]);
    expect(counts.map((left) => plural(stringsFor('de-CH').attemptsLeft, left, { left }))).toEqual([
      'Noch 0 Versuche',
      'Noch 1 Versuch',
      'Noch 2 Versuche',
      'Noch 5 Versuche',
    ]);
    expect(counts.map((left) => plural(stringsFor('es').unanswered, left, { left }))).toEqual([
      '0 preguntas sin responder todavía',
      '1 pregunta sin responder todavía',
      '2 preguntas sin responder todavía',
      '5 preguntas sin responder todavía',
    ]);
  });

  it('a language without a table of its own gets the English texts with the English rule', () => {
    expect(stringsFor('pl').next).toBe('Next');
    expect(plural(stringsFor('pl').attemptsLeft, 0, { left: 0 })).toBe('0 attempts left');
  });
});

describe('the string tables', () => {
  it('have the same keys in every language, and the same one|other shape for each', () => {
    const shape = (table: Record<string, string>) =>
      Object.fromEntries(Object.entries(table).map(([key, text]) => [key, text.split('|').length]));
    for (const language of ['de', 'fr', 'es']) expect(shape({ ...stringsFor(language) })).toEqual(shape({ ...en }));
    expect(shape({ ...nl })).toEqual(shape({ ...en }));
    expect(
      Object.entries(shape({ ...nl }))
        .filter(([, forms]) => forms > 1)
        .map(([key]) => key)
        .sort(),
    ).toEqual(['attemptsLeft', 'pointsOf', 'triesLeft', 'unanswered']);
  });
});
