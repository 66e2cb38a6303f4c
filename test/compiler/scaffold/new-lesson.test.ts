// The starter lesson of `scormdown new`, as the teacher gets it: it loads without a single problem,
// shows every question type, a timer and an image, in Dutch or English, and never overwrites a file.

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExistsError, WriteError, hintOf } from '../../../src/compiler/diagnostics/errors.js';
import { WORDS } from '../../../src/compiler/words/words.js';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import type { Lesson } from '../../../src/compiler/model.js';
import { createLesson, starterId } from '../../../src/compiler/scaffold/new-lesson.js';

let cwd = '';
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'scormdown-new-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const FILES = ['les-7/lesson.md', 'les-7/quiz.yaml', 'les-7/assets/illustration.svg'];

/** The starter written and read back; `expected`: the codes it is reported with (none for a language the player speaks). */
async function loadStarter(language: string, title: string | null = null, expected: string[] = []): Promise<Lesson> {
  const made = await createLesson({ folder: 'les-7', language, title, cwd });
  expect(made).toEqual({ written: FILES, folder: 'les-7', language, addToCourse: null });
  const { lesson, diagnostics } = await loadLesson('les-7', cwd);
  expect(diagnostics.map((d) => d.code)).toEqual(expected);
  if (lesson === null) throw new Error('the starter lesson did not load');
  return lesson;
}

function timers(lesson: Lesson): number[] {
  return lesson.slides.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'timer' ? [b.seconds] : []));
}

const DEFAULTS = {
  version: '1.0.0',
  passingScore: 70,
  completion: 'slides-and-quiz',
  attempts: 0,
  navigation: 'free',
  solutions: 'after-last-attempt',
  score: 'best',
  quizFiles: ['quiz.yaml'],
  scoring: 'all-or-nothing',
  shuffle: false,
  tries: 1,
  html: 'allowlist',
  ui: {},
  theme: {},
};

describe('scormdown new: the starter lesson', () => {
  it('in Dutch loads with no errors or warnings and shows every part of the format', async () => {
    const lesson = await loadStarter('nl');
    expect(lesson.meta).toEqual({
      ...DEFAULTS,
      id: 'les-7',
      title: 'Mijn eerste les',
      language: 'nl',
      description: 'Een startles. Vervang dit door één zin over je les.',
    });
    expect(lesson.slides.map((s) => [s.kind, s.title])).toEqual([
      ['content', 'Mijn eerste les'],
      ['content', 'Koppen, lijsten en nadruk'],
      ['content', 'Een afbeelding'],
      ['content', 'Aan de slag'],
      ['content', 'Toets'],
      ['question', 'Met welke regel begin je een nieuwe dia?'],
      ['question', 'Wat kun je op een dia zetten? Kies alle goede antwoorden.'],
      ['question', 'Een open vraag telt mee voor de score.'],
      ['question', 'Zet de stappen in de goede volgorde.'],
      ['question', 'Koppel elk onderdeel van de lesmap aan wat erin staat.'],
      ['question', 'Met welk commando maak je de zip-bestanden? scormdown ...'],
      ['question', 'Op hoeveel minuten staat de timer op de dia "Aan de slag"?'],
      ['result', 'Je resultaat'],
    ]);
    expect(lesson.questions.map((q) => [q.id, q.type, q.points])).toEqual([
      ['jouw-les', 'open', 0],
      ['nieuwe-dia', 'single', 1],
      ['op-een-dia', 'multiple', 2],
      ['open-telt-mee', 'true-false', 1],
      ['stappen', 'order', 2],
      ['bestanden', 'match', 2],
      ['build-commando', 'fill-in', 1],
      ['timer-minuten', 'numeric', 1],
    ]);
    // Every graded question says something after a right and after a wrong answer.
    expect(
      lesson.questions.filter(
        (q) => q.points > 0 && (q.feedback.correct.source === '' || q.feedback.incorrect.source === ''),
      ),
    ).toEqual([]);
    expect(timers(lesson)).toEqual([300]);
    expect(lesson.assets.map((a) => a.target)).toEqual(['assets/illustration.svg']);
  });

  it('in English loads with no errors or warnings and shows every part of the format', async () => {
    const lesson = await loadStarter('en');
    expect(lesson.meta).toEqual({
      ...DEFAULTS,
      id: 'les-7',
      title: 'My first lesson',
      language: 'en',
      description: 'A starter lesson. Replace this with one sentence about your lesson.',
    });
    expect(lesson.slides.filter((s) => s.kind === 'content').map((s) => s.title)).toEqual([
      'My first lesson',
      'Headings, lists and emphasis',
      'An image',
      'Your turn',
      'Quiz',
    ]);
    expect(lesson.questions.map((q) => [q.id, q.type, q.points])).toEqual([
      ['your-lesson', 'open', 0],
      ['new-slide', 'single', 1],
      ['on-a-slide', 'multiple', 2],
      ['open-counts', 'true-false', 1],
      ['steps', 'order', 2],
      ['files', 'match', 2],
      ['build-command', 'fill-in', 1],
      ['timer-minutes', 'numeric', 1],
    ]);
    expect(timers(lesson)).toEqual([300]);
    expect(lesson.assets.map((a) => a.target)).toEqual(['assets/illustration.svg']);
  });

  it('takes the title as given, colons, quotes and all, and another language with the English texts', async () => {
    // Polish: the player's buttons are English, which the build says (META_LANGUAGE_NO_UI).
    const lesson = await loadStarter('pl', 'Lekcja 7: "Sprzedaż" #1', ['META_LANGUAGE_NO_UI']);
    expect([lesson.meta.title, lesson.meta.language, lesson.slides[0]?.title]).toEqual([
      'Lekcja 7: "Sprzedaż" #1',
      'pl',
      'Lekcja 7: "Sprzedaż" #1',
    ]);
    expect(lesson.slides[1]?.title).toBe('Headings, lists and emphasis');
  });

  it.each([
    ['de', 'Meine erste Lektion', 'Überschriften, Listen und Hervorhebungen', 'Minuten'],
    ['fr', 'Ma première leçon', 'Titres, listes et mise en valeur', 'minutes'],
    ['es', 'Mi primera lección', 'Títulos, listas y énfasis', 'minutos'],
  ])(
    'in %s: its own texts and title, every question type, and it builds clean',
    async (language, title, second, unit) => {
      const lesson = await loadStarter(language, null);
      expect([lesson.meta.title, lesson.meta.language, lesson.slides[1]?.title]).toEqual([title, language, second]);
      expect(lesson.questions.map((q) => q.type).sort()).toEqual(
        ['fill-in', 'match', 'multiple', 'numeric', 'open', 'order', 'single', 'true-false'].sort(),
      );
      const numeric = lesson.questions.find((q) => q.type === 'numeric');
      expect(numeric && 'unit' in numeric ? numeric.unit : null).toBe(unit);
    },
  );

  it('writes into the current folder by default, creating nothing else', async () => {
    const made = await createLesson({ folder: '.', language: 'nl', title: null, cwd });
    expect(made.written).toEqual(['lesson.md', 'quiz.yaml', 'assets/illustration.svg']);
    expect(made.folder).toBe('.');
    expect((await readdir(cwd)).sort()).toEqual(['assets', 'lesson.md', 'quiz.yaml']);
  });
});

describe('scormdown new: the lesson id', () => {
  it('is the folder name when that is a valid id, else made from the title, else my-lesson', () => {
    expect(starterId('les7_verkoop.v2', 'Anything')).toBe('les7_verkoop.v2');
    expect(starterId('Les 7', 'Les 7: Verkoopgesprekken')).toBe('les-7-verkoopgesprekken');
    expect(starterId('7e les', 'Één école, twee talen!')).toBe('een-ecole-twee-talen');
    expect(starterId('2024', '2024')).toBe('my-lesson');
  });

  it('is never longer than a build takes (120 characters)', () => {
    expect(starterId('a'.repeat(121), 'Kort')).toBe('kort');
    expect(starterId('x y', `Les ${'heel '.repeat(40)}lang`)).toBe(`les-${'heel-'.repeat(23)}h`);
    expect(starterId('x y', `${'a'.repeat(119)} b`)).toBe('a'.repeat(119));
  });
});

describe('scormdown new: the title', () => {
  it('refuses a character no one can see, writing nothing', async () => {
    const refused = await createLesson({ folder: 'les', language: 'en', title: 'Les\u00017', cwd }).catch(
      (e: unknown) => e,
    );
    expect(String(refused)).toContain('the title holds U+0001 control character, a character no one can see');
    expect(await readdir(cwd)).toEqual([]);
  });
});

describe('scormdown new: never overwrites', () => {
  it('refuses when the folder already holds a quiz.yaml, and writes nothing at all', async () => {
    await mkdir(join(cwd, 'les-7'));
    await writeFile(join(cwd, 'les-7', 'quiz.yaml'), '- id: mine\n');
    const refused = await createLesson({ folder: 'les-7', language: 'en', title: null, cwd }).catch((e: unknown) => e);
    // A file in the way is no line:col problem: an ExistsError naming the file, without a position.
    expect(refused).toBeInstanceOf(ExistsError);
    expect(refused).toMatchObject({ paths: [join(cwd, 'les-7', 'quiz.yaml')] });
    expect(hintOf(refused as ExistsError)).toBe(
      'start the new lesson in another folder (`npx scormdown new my-lesson`), or move this file away first; ' +
        'to build the lesson already here: `npx scormdown build les-7`',
    );
    expect((refused as ExistsError).describe(WORDS.en, (p) => p.slice(cwd.length + 1))).toBe(
      'les-7/quiz.yaml already exists; scormdown new never overwrites a file: nothing written',
    );
    expect(await readdir(join(cwd, 'les-7'))).toEqual(['quiz.yaml']);
    expect(await readFile(join(cwd, 'les-7', 'quiz.yaml'), 'utf8')).toBe('- id: mine\n');
  });

  it('names every file in the way at once', async () => {
    await mkdir(join(cwd, 'les-7', 'assets'), { recursive: true });
    await writeFile(join(cwd, 'les-7', 'lesson.md'), '# mine\n');
    await writeFile(join(cwd, 'les-7', 'assets', 'illustration.svg'), '<svg/>');
    const refused = await createLesson({ folder: 'les-7', language: 'nl', title: null, cwd }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      kind: 'exists',
      paths: [join(cwd, 'les-7', 'lesson.md'), join(cwd, 'les-7', 'assets', 'illustration.svg')],
    });
    expect(hintOf(refused as ExistsError)).toContain('move these files away first');
    expect((await readdir(join(cwd, 'les-7'))).sort()).toEqual(['assets', 'lesson.md']);
  });

  it('refuses a folder that is a file', async () => {
    await writeFile(join(cwd, 'les-7'), 'notes');
    const refused = await createLesson({ folder: 'les-7', language: 'en', title: null, cwd }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WriteError);
    expect(refused).toMatchObject({ path: join(cwd, 'les-7') });
    expect((refused as WriteError).describe(WORDS.en, (p) => p.slice(cwd.length + 1))).toBe(
      'could not write les-7 (it is a file, not a folder)',
    );
    expect(await readFile(join(cwd, 'les-7'), 'utf8')).toBe('notes');
  });
});
