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
import { PREVIEW_WORDS } from '../../../src/shared/preview-words.js';
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
const SAME_AS_ENGLISH: Record<string, string[]> = { nl: [], de: [], fr: [], es: ['severity.error'] };

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
  nl: ['rows.exit', 'rows.score', 'units.0', 'units.2', 'units.3'],
  de: ['results.neutral', 'rows.exit', 'units.2', 'units.3'],
  fr: ['question', 'rows.exit', 'rows.score', 'units.1', 'units.2', 'units.3'],
  es: ['rows.exit', 'units.0', 'units.1', 'units.2', 'units.3'],
};

describe("the preview page's words", () => {
  const english = shape(PREVIEW_WORDS.en);
  it.each(AUTHOR_LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every text of the page, none left in English',
    (language) => {
      const other = shape(PREVIEW_WORDS[language]);
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      // Element names and units that read the same as in English (Exit, Score, min, s) are the exceptions.
      const same = [...other]
        .filter(([key, value]) => value !== 'function' && value === english.get(key))
        .map(([k]) => k);
      expect(same.sort()).toEqual(PREVIEW_SAME[language]);
      for (const [key, value] of other)
        if (value !== 'function') expect({ key, value: value.trim() !== '' }).toEqual({ key, value: true });
    },
  );
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
