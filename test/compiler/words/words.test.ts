// The author's language: every text in every language, and the rule that picks the language. The
// tables are typed alike (a missing text fails `npm run typecheck`); these tests also catch a table
// made to fit with a cast, and an English text left standing in another language.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHOR_LANGUAGES, chooseAuthorLanguage } from '../../../src/shared/author-language.js';
import { inLanguage } from '../../../src/compiler/diagnostics/diagnostics.js';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { WORDS } from '../../../src/compiler/words/words.js';
import { PREVIEW_WORDS, type PreviewWords } from '../../../src/shared/preview-words.js';
import { ERROR_WORDS } from '../../../src/lms-stand-in/error-words.js';
import { ROOT } from '../../helpers/cli.js';

/** Every path of a table to its kind: 'function', or the text itself for a string. */
function shape(table: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const at = `${prefix}${key}`;
    if (typeof value === 'function') out.set(at, 'function');
    else if (typeof value === 'string') out.set(at, value);
    else for (const [k, v] of shape(value as object, `${at}.`)) out.set(k, v);
  }
  return out;
}

/** The texts that are rightly the same word as in English, per language. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  nl: ['colon'],
  de: ['colon'],
  fr: [],
  es: ['severity.error', 'colon'],
};

/** Each text of the preview made of parts, with parts to make it of: a new one fails typecheck here. */
const SAMPLES: {
  [
    K in keyof PreviewWords as PreviewWords[K] extends (...parts: never[]) => string ? K : never
  ]: PreviewWords[K] extends (...parts: infer P) => string ? P : never;
} = {
  previewOf: ['lesson'],
  builtAt: ['10:12:03'],
  warnings: [2],
  errorsHeading: [3],
  errorsStatus: [3],
  courseFrame: ['Klachten'],
  slide: [3, 'Vraag'],
  score: ['80', '0', '100', '0.8'],
  characters: [120, '4096'],
  commits: [2, '10:14:00'],
  pending: [2],
  range: ['7', '8'],
};

describe('the words of each language', () => {
  const english = shape(WORDS.en);

  it.each(AUTHOR_LANGUAGES.filter((l) => l !== 'en'))('%s has every text English has, and no other', (language) => {
    const other = shape(WORDS[language]);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of other) {
      expect({ key, kind: value === 'function' ? 'function' : 'text' }).toEqual({
        key,
        kind: english.get(key) === 'function' ? 'function' : 'text',
      });
      if (value !== 'function') expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
    }
    // Only the words that are the same in both languages (Spanish "error") read as English.
    const same = [...other]
      .filter(([key, value]) => value !== 'function' && value === english.get(key))
      .map(([k]) => k);
    expect(same).toEqual(SAME_AS_ENGLISH[language]);
  });

  it.each(AUTHOR_LANGUAGES.filter((l) => l !== 'en'))(
    '%s says every diagnostic of the invalid fixtures in its own words',
    async (language) => {
      const fixtures = (await readdir(path.join(ROOT, 'test/fixtures'))).filter((n) => n.startsWith('invalid-'));
      let said = 0;
      for (const name of fixtures) {
        const { diagnostics } = await loadLesson(`test/fixtures/${name}`, ROOT);
        for (const d of diagnostics) {
          const there = inLanguage(d, language);
          expect(there.code).toBe(d.code);
          expect(there.message.trim()).not.toBe('');
          // The message or its fix reads differently: no English text stood in for a missing one.
          expect({ code: d.code, english: `${there.message} ${there.hint}` === `${d.message} ${d.hint}` }).toEqual({
            code: d.code,
            english: false,
          });
          said++;
        }
      }
      expect(said).toBeGreaterThan(40);
    },
  );
});

const PREVIEW_SAME: Record<string, string[]> = {
  nl: ['rows.score', 'units.0', 'units.2', 'units.3'],
  de: ['results.neutral', 'rows.exit', 'units.2', 'units.3'],
  fr: ['question', 'rows.exit', 'rows.score', 'units.1', 'units.2', 'units.3'],
  es: ['rows.exit', 'units.0', 'units.1', 'units.2', 'units.3'],
};

describe("the preview page's words", () => {
  const english = shape(PREVIEW_WORDS.en);

  it.each(AUTHOR_LANGUAGES)('%s has a text for every key, and every text says something', (language) => {
    const table = PREVIEW_WORDS[language];
    expect([...shape(table).keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of shape(table))
      if (value !== 'function') expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
    // A text made of parts: it says something, and every part handed to it.
    for (const [key, args] of Object.entries(SAMPLES)) {
      const said = (table[key as keyof typeof SAMPLES] as (...parts: unknown[]) => string)(...args);
      expect({ key, empty: said.trim() === '' }).toEqual({ key, empty: false });
      for (const part of args.filter((a) => a !== ''))
        expect({ key, said }).toEqual({ key, said: expect.stringContaining(String(part)) });
    }
    for (const [version, codes] of Object.entries(ERROR_WORDS[language]))
      for (const [code, words] of Object.entries(codes as Record<string, string>))
        expect({ version, code, empty: words.trim() === '' }).toEqual({ version, code, empty: false });
  });

  it.each(AUTHOR_LANGUAGES.filter((l) => l !== 'en'))('%s leaves none in English', (language) => {
    // Words and units that read the same as in English (Score, min, s) are the exceptions.
    const same = [...shape(PREVIEW_WORDS[language])]
      .filter(([key, value]) => value !== 'function' && value === english.get(key))
      .map(([k]) => k);
    expect(same.sort()).toEqual(PREVIEW_SAME[language]);
    const codes = shape(ERROR_WORDS[language]);
    const englishCodes = shape(ERROR_WORDS.en);
    expect([...codes].filter(([key, value]) => value === englishCodes.get(key))).toEqual([]);
  });

  it('counts in the forms of each language: 1 fout, 3 fouten', () => {
    const { en, nl } = PREVIEW_WORDS;
    expect([0, 1, 3].map((n) => en.errorsHeading(n))).toEqual([
      'The lesson has 0 errors',
      'The lesson has 1 error',
      'The lesson has 3 errors',
    ]);
    expect([0, 1, 3].map((n) => nl.errorsHeading(n))).toEqual([
      'De les heeft 0 fouten',
      'De les heeft 1 fout',
      'De les heeft 3 fouten',
    ]);
    expect([1, 2].map((n) => nl.warnings(n))).toEqual(['1 waarschuwing', '2 waarschuwingen']);
    expect([1, 2].map((n) => nl.pending(n))).toEqual([
      '; sindsdien 1 waarde gezet, nog niet opgeslagen',
      '; sindsdien 2 waarden gezet, nog niet opgeslagen',
    ]);
  });
});

describe('which language the author reads', () => {
  it('--lang first, then the lesson, then the locale (LC_ALL, LC_MESSAGES, LANG), else English', () => {
    const env = { LANG: 'nl_NL.UTF-8' };
    expect(chooseAuthorLanguage({ flag: 'en', lesson: 'nl', env })).toBe('en');
    expect(chooseAuthorLanguage({ lesson: 'nl-BE', env: {} })).toBe('nl');
    expect(chooseAuthorLanguage({ lesson: 'en', env })).toBe('en');
    expect(chooseAuthorLanguage({ lesson: 'de', env })).toBe('de');
    expect(chooseAuthorLanguage({ lesson: 'pl', env })).toBe('nl');
    expect(chooseAuthorLanguage({ flag: 'es', lesson: 'fr', env })).toBe('es');
    expect(chooseAuthorLanguage({ env })).toBe('nl');
    expect(chooseAuthorLanguage({ env: { LC_ALL: 'C', LANG: 'nl_NL.UTF-8' } })).toBe('en');
    expect(chooseAuthorLanguage({ env: { LC_ALL: '', LC_MESSAGES: 'nl_BE', LANG: 'en_US' } })).toBe('nl');
    expect(chooseAuthorLanguage({ lesson: 'fr', env: { LANG: 'de_DE.UTF-8' } })).toBe('fr');
    expect(chooseAuthorLanguage({ lesson: 'pl', env: { LANG: 'de_DE.UTF-8' } })).toBe('de');
    expect(chooseAuthorLanguage({ lesson: 'pl', env: { LANG: 'pt_BR.UTF-8' } })).toBe('en');
  });
});
