// `scormdown questions` reads the lesson as a build does and writes one new file: its default name, a
// lesson with errors or without questions, and a file that is already there, which it never replaces.

import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExistsError, exitCode, EXIT, hintOf } from '../../../src/compiler/diagnostics/errors.js';
import {
  makeQuestionsFile,
  writeQuestionsFile,
  type QuestionsFormat,
} from '../../../src/compiler/questions/export-questions.js';
import { WORDS } from '../../../src/compiler/words/words.js';
import { bankLesson, tempDir } from './bank-lesson.js';

const temp = tempDir('scormdown-questions-');

const QUIZ = '- id: ja\n  type: true-false\n  prompt: Ja?\n  answer: true\n';

describe('the file scormdown questions writes', () => {
  it.each([
    ['moodle-xml', 'water-questions.xml'],
    ['gift', 'water-questions.gift.txt'],
  ] as const)('%s: named after the lesson id in the working folder, counting its questions', async (format, name) => {
    const lesson = await bankLesson(temp(), 'water', QUIZ);
    const out = await makeQuestionsFile({ lessonDir: 'water', format, out: null, cwd: temp() });
    expect(out).toMatchObject({ diagnostics: [], language: 'nl', file: { path: join(temp(), name), questions: 1 } });
    await writeQuestionsFile(out.file!.path, out.file!.text, temp());
    expect((await readdir(temp())).sort()).toEqual(['water', name]);
    expect(await readFile(join(temp(), name), 'utf8')).toBe(out.file!.text);
    expect(lesson).toBe(join(temp(), 'water'));
  });

  it('--out into a folder that is not there yet: the folder is made', async () => {
    await bankLesson(temp(), 'water', QUIZ);
    const out = await makeQuestionsFile({ lessonDir: 'water', format: 'gift', out: 'moodle/bank.txt', cwd: temp() });
    await writeQuestionsFile(out.file!.path, out.file!.text, temp());
    expect(await readFile(join(temp(), 'moodle', 'bank.txt'), 'utf8')).toContain('::ja::');
  });

  it('never replaces a file: the one there stays as it was, an ExistsError (exit 6) names it', async () => {
    await bankLesson(temp(), 'water', QUIZ);
    await writeFile(join(temp(), 'water-questions.xml'), 'mine');
    const out = await makeQuestionsFile({ lessonDir: 'water', format: 'moodle-xml', out: null, cwd: temp() });
    const refused = await writeQuestionsFile(out.file!.path, out.file!.text, temp()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ExistsError);
    const error = refused as ExistsError;
    expect(exitCode(error)).toBe(EXIT.exists);
    expect(error.describe(WORDS.en, (p) => p.slice(temp().length + 1))).toBe(
      'water-questions.xml already exists; scormdown questions never overwrites a file: nothing written',
    );
    expect(hintOf(error)).toBe(
      'give the file another name with --out (e.g. `--out water-questions-2.xml`), or move the one there away first',
    );
    expect(hintOf(error, WORDS.nl)).toBe(
      'geef het bestand een andere naam met --out (bijv. `--out water-questions-2.xml`), of zet het bestaande eerst ergens anders',
    );
    expect(await readFile(join(temp(), 'water-questions.xml'), 'utf8')).toBe('mine');
  });

  it('a GIFT file keeps .gift.txt in the name it suggests; a folder in the way is refused too', async () => {
    await bankLesson(temp(), 'water', QUIZ);
    await writeFile(join(temp(), 'water-questions.gift.txt'), 'mine');
    const gift = await makeQuestionsFile({ lessonDir: 'water', format: 'gift', out: null, cwd: temp() });
    const refused = (await writeQuestionsFile(gift.file!.path, gift.file!.text, temp()).catch(
      (e: unknown) => e,
    )) as ExistsError;
    expect(hintOf(refused)).toContain('`--out water-questions-2.gift.txt`');
    const folder = await makeQuestionsFile({ lessonDir: 'water', format: 'gift', out: 'water', cwd: temp() });
    const inTheWay = await writeQuestionsFile(folder.file!.path, folder.file!.text, temp()).catch((e: unknown) => e);
    expect(inTheWay).toBeInstanceOf(ExistsError);
  });

  it.each(['moodle-xml', 'gift'] as QuestionsFormat[])(
    '%s: a lesson with errors is reported, nothing made',
    async (format) => {
      await bankLesson(temp(), 'kapot', '- id: ja\n  type: true-false\n  prompt: Ja?\n');
      const out = await makeQuestionsFile({ lessonDir: 'kapot', format, out: null, cwd: temp() });
      expect(out.file).toBeNull();
      expect(out.diagnostics.map((d) => [d.code, d.severity, d.pos.file])).toEqual([
        ['QUIZ_MISSING_FIELD', 'error', 'kapot/quiz.yaml'],
      ]);
    },
  );

  it('a lesson without questions: an error saying so, nothing made', async () => {
    await mkdir(join(temp(), 'leeg'));
    await writeFile(join(temp(), 'leeg', 'lesson.md'), '---\ntitle: Leeg\nid: leeg\n---\n\n# Alleen dia\n');
    const out = await makeQuestionsFile({ lessonDir: 'leeg', format: 'moodle-xml', out: null, cwd: temp() });
    expect(out.file).toBeNull();
    expect(out.diagnostics.map((d) => [d.code, d.pos.file, d.message, d.hint])).toEqual([
      [
        'QUESTIONS_NONE',
        'leeg/lesson.md',
        "the lesson has no questions: there is nothing for Moodle's question bank",
        'add questions to quiz.yaml and place them with `::quiz` or `::question ID` (README: quiz.yaml)',
      ],
    ]);
  });
});
