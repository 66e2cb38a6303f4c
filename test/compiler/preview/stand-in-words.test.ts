// The preview panel's words for SCORM values (src/lms-stand-in/words.ts): responses as the texts the
// learner chose, in both versions' pattern syntax, and time spans as a teacher says them.

import { PREVIEW_WORDS } from '../../../src/shared/preview-words.js';
import { describe, expect, it } from 'vitest';
import { responseInWords, timeInWords, type WordsContext } from '../../../src/lms-stand-in/words.js';
import type { Question, ScormVersion } from '../../../src/shared/model.js';

const base = { promptHtml: 'P', promptText: 'P', points: 1, feedback: { correct: '', incorrect: '' } };
const choice: Question = {
  ...base,
  id: 'q',
  type: 'multiple',
  choices: [
    { id: 'a', html: '<em>Vier</em>', correct: true },
    { id: 'b', html: 'Vijf', correct: false },
  ],
};
const match: Question = {
  ...base,
  id: 'm',
  type: 'match',
  sources: [{ id: 'a', html: 'Rood' }],
  targets: [
    { id: 'a', html: 'Gras' },
    { id: 'b', html: 'Bloed' },
  ],
  pairs: { a: 'b' },
};
const fill: Question = { ...base, id: 'f', type: 'fill-in', answers: ['naam'], caseSensitive: false };
const numeric: Question = { ...base, id: 'n', type: 'numeric', min: 7, max: 8, unit: '', shown: '7,5' };

const words = (version: ScormVersion) => (q: Question, value: string) =>
  responseInWords(q, value, {
    words: PREVIEW_WORDS.en,
    version,
    trueFalse: ['Waar', 'Niet waar'],
    plain: (html) => html.replace(/<[^>]*>/g, ''),
  } satisfies WordsContext);

describe('responses in words', () => {
  it('names the options chosen, in 1.2 and 2004 syntax', () => {
    expect(words('2004')(choice, 'b[,]a')).toBe('Vijf; Vier');
    expect(words('1.2')(choice, 'b,a')).toBe('Vijf; Vier');
    expect(words('2004')(match, 'a[.]b')).toBe('Rood: Bloed');
    expect(words('1.2')(match, 'a.b')).toBe('Rood: Bloed');
    expect(words('2004')({ ...base, id: 't', type: 'true-false', answer: true }, 'false')).toBe('Niet waar');
    expect(words('1.2')({ ...base, id: 't', type: 'true-false', answer: true }, 't')).toBe('Waar');
  });

  it('shows typed text without the 2004 delimiters, and a numeric range as a range', () => {
    expect(words('2004')(fill, '{case_matters=false}naam')).toBe('“naam”');
    expect(words('2004')(numeric, '7[:]8')).toBe('7 to 8');
    expect(words('1.2')(numeric, '7.5')).toBe('7.5');
    expect(words('2004')(choice, '')).toBe('');
    expect(words('2004')(choice, 'z')).toBe('? (z)');
  });
});

describe('times in words', () => {
  it.each([
    ['PT0H0M0S', '0 s'],
    ['PT3M12S', '3 min 12 s'],
    ['PT1.62S', '2 s'],
    ['PT1H5M3.25S', '1 h 5 min'],
    ['0000:03:12.00', '3 min 12 s'],
    ['00:00:01.58', '2 s'],
    ['P1DT2H', '1 d 2 h'],
  ])('%s is %s', (value, said) => {
    expect(timeInWords(value)).toBe(said);
  });

  it('leaves what is no time span alone', () => {
    expect(timeInWords('soon')).toBeNull();
    expect(timeInWords('PT')).toBeNull();
  });
});
