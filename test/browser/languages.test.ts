// The player wholly in the lesson's language, for German, French and Spanish (and a `ui:` override):
// its buttons, counter, verdicts and result line, numbers written the language's way and counts with
// the language's own plural (French: "0 tentative", "1 tentative", "2 tentatives").

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageFiles } from '../helpers/package.js';
import { useChromium } from './harness/chromium.js';
import { openPackage } from './harness/open-package.js';
import { slideCount, slideOnScreen } from './learner.js';

const file = useChromium();
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-languages-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A lesson in `language`: a slide, then two questions of 1 and 1.5 points, the second answered wrong. */
async function lesson(language: string, ui = ''): Promise<string> {
  const at = join(dir, language);
  await mkdir(at, { recursive: true });
  await writeFile(
    join(at, 'lesson.md'),
    `---\ntitle: T\nid: t-${language}\nlanguage: ${language}\nattempts: 3\n${ui}---\n\n# Start\n\n---\n\n::quiz\n`,
  );
  await writeFile(
    join(at, 'quiz.yaml'),
    '- id: a\n  type: true-false\n  prompt: A?\n  answer: true\n\n- id: b\n  type: true-false\n  points: 1.5\n  prompt: B?\n  answer: true\n',
  );
  return at;
}

/** The package served, its page open (standalone): the page and how to close it all. */
const open = (pkg: Awaited<ReturnType<typeof packageFiles>>) => openPackage(file.browser, pkg);

const EXPECTED = {
  de: {
    next: 'Weiter',
    count: 'Folie 1 von 4',
    check: 'Antwort prüfen',
    right: 'Richtig!',
    score: 'Deine Punktzahl: 40\u00a0% (1 von 2,5 Punkten)',
    left: 'Noch 2 Versuche',
  },
  fr: {
    next: 'Suivant',
    count: 'Diapositive 1 sur 4',
    check: 'Vérifier la réponse',
    right: 'Correct\u202f!',
    score: 'Ton score\u00a0: 40\u202f% (1 sur 2,5 points)',
    left: 'Encore 2 tentatives',
  },
  es: {
    next: 'Siguiente',
    count: 'Diapositiva 1 de 4',
    check: 'Comprobar respuesta',
    right: '¡Correcto!',
    score: 'Tu puntuación: 40\u00a0% (1 de 2,5 puntos)',
    left: 'Quedan 2 intentos',
  },
} as const;

describe.each(Object.keys(EXPECTED) as Array<keyof typeof EXPECTED>)('a lesson in %s', (language) => {
  it('shows its player wholly in that language, numbers and counts its way', async () => {
    const want = EXPECTED[language];
    const { page, close } = await open(await packageFiles(await lesson(language), '2004'));
    try {
      const frame = page.mainFrame();
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await slideCount(frame)).toBe(want.count);
      await page.getByRole('button', { name: want.next, exact: true }).click();
      for (const right of [true, false]) {
        const slide = slideOnScreen(frame);
        await slide
          .getByRole('radio')
          .nth(right ? 0 : 1)
          .check();
        await slide.getByRole('button', { name: want.check }).click();
        await slide.getByRole('status').locator('p').first().waitFor();
        if (right) expect(await slide.getByRole('status').innerText()).toBe(want.right);
        await page.getByRole('button', { name: want.next, exact: true }).click();
      }
      const result = slideOnScreen(frame);
      // Only line breaks and ordinary runs of spaces are evened out: the no-break spaces are the language's own.
      expect((await result.locator('.sd-score').innerText()).replace(/[ \n]+/g, ' ')).toBe(want.score);
      expect(await result.getByText(want.left, { exact: true }).count()).toBe(1);
    } finally {
      await close();
    }
  });
});

/** The score line after `total` one-point questions, `right` of them answered right, in each language:
 *  "point" or "points" by the language's rule for the total, numbers its way. */
const SCORES = {
  de: [
    'Deine Punktzahl: 0\u00a0% (0 von 1 Punkt)',
    'Deine Punktzahl: 50\u00a0% (1 von 2 Punkten)',
    'Deine Punktzahl: 100\u00a0% (5 von 5 Punkten)',
  ],
  fr: [
    'Ton score\u00a0: 0\u202f% (0 sur 1 point)',
    'Ton score\u00a0: 50\u202f% (1 sur 2 points)',
    'Ton score\u00a0: 100\u202f% (5 sur 5 points)',
  ],
  es: [
    'Tu puntuación: 0\u00a0% (0 de 1 punto)',
    'Tu puntuación: 50\u00a0% (1 de 2 puntos)',
    'Tu puntuación: 100\u00a0% (5 de 5 puntos)',
  ],
} as const;
const CASES = [
  { total: 1, right: 0 },
  { total: 2, right: 1 },
  { total: 5, right: 5 },
];

describe.each(Object.keys(SCORES) as Array<keyof typeof SCORES>)('the score line in %s', (language) => {
  it.each(CASES.map((c, i) => ({ ...c, want: SCORES[language][i]! })))(
    '$right of $total right: "$want"',
    async ({ total, right, want }) => {
      const at = join(dir, `${language}-${total}`);
      await mkdir(at, { recursive: true });
      await writeFile(
        join(at, 'lesson.md'),
        `---\ntitle: T\nid: t-${language}-${total}\nlanguage: ${language}\n---\n\n::quiz\n`,
      );
      const questions = Array.from(
        { length: total },
        (_, i) => `- id: q${i}\n  type: true-false\n  prompt: Q${i}?\n  answer: true\n`,
      );
      await writeFile(join(at, 'quiz.yaml'), questions.join('\n'));
      const { page, close } = await open(await packageFiles(at, '2004'));
      try {
        const frame = page.mainFrame();
        const next = page.getByRole('button', { name: EXPECTED[language].next, exact: true });
        for (let i = 0; i < total; i++) {
          const slide = slideOnScreen(frame);
          await slide
            .getByRole('radio')
            .nth(i < right ? 0 : 1)
            .check();
          await slide.getByRole('button', { name: EXPECTED[language].check }).click();
          await slide.getByRole('status').locator('p').first().waitFor();
          await next.click();
        }
        const score = (await slideOnScreen(frame).locator('.sd-score').innerText()).replace(/[ \n]+/g, ' ');
        expect(score).toBe(want);
      } finally {
        await close();
      }
    },
  );
});

describe('ui: in the front matter', () => {
  it("replaces the player's own text by its key", async () => {
    const { page, close } = await open(await packageFiles(await lesson('nl', 'ui:\n  next: Verder\n'), '2004'));
    try {
      expect(await page.getByRole('button', { name: 'Verder', exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Vorige', exact: true }).count()).toBe(1);
    } finally {
      await close();
    }
  });
});
