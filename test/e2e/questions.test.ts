// `scormdown questions` as a teacher runs it: the lesson's questions as a file for Moodle's question
// bank, Moodle XML or GIFT, what each leaves out said on stderr, one line on stdout naming the file;
// never over a file that is there (exit 6), nothing at all for a lesson with errors (exit 1).

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, scormdown } from '../helpers/cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-questions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ALL_TYPES = join(ROOT, 'test/fixtures/player-all-types');

type Node = Record<string, unknown>;

/** The questions of a Moodle XML file: [type, name] of each, the category first. */
async function xmlQuestions(file: string): Promise<string[][]> {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'question' }).parse(
    await readFile(file, 'utf8'),
  ) as { quiz: { question: Node[] } };
  return xml.quiz.question.map((q) => [String(q['@_type']), String(((q.name ?? q.category) as Node).text)]);
}

/** The lines of a GIFT file: its category, then one question each, apart by a blank line. */
const giftLines = async (file: string): Promise<string[]> => (await readFile(file, 'utf8')).trimEnd().split('\n\n');

/** The warnings printed, as `CODE question-id`. */
const warned = (stderr: string): string[] =>
  [...stderr.matchAll(/ (QUESTIONS_\w+) warning: question "([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);

describe('scormdown questions', () => {
  it('the lesson with every question type, as Moodle XML: all of them, what Moodle grades otherwise said', async () => {
    const { code, stdout, stderr } = await scormdown(['questions', ALL_TYPES], dir);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(
      "Wrote player-all-types-questions.xml: 7 questions for Moodle's question bank (Import, Moodle XML format).\n",
    );
    expect(warned(stderr)).toEqual(['QUESTIONS_GRADED_OTHERWISE kleuren', 'QUESTIONS_GRADED_OTHERWISE koppel']);
    expect(await xmlQuestions(join(dir, 'player-all-types-questions.xml'))).toEqual([
      ['category', '$course$/top/Speler: alle vraagtypes'],
      ['essay', 'terugblik'],
      ['multichoice', 'hoofdstad'],
      ['multichoice', 'kleuren'],
      ['truefalse', 'water'],
      ['ordering', 'stappen'],
      ['matching', 'koppel'],
      ['shortanswer', 'systeem'],
    ]);
  });

  it('numerical questions with a unit and partial credit (quiz-scoring): their grades as the player gives them', async () => {
    const { code, stderr } = await scormdown(['questions', join(ROOT, 'test/fixtures/quiz-scoring')], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const text = await readFile(join(dir, 'quiz-scoring-questions.xml'), 'utf8');
    expect(await xmlQuestions(join(dir, 'quiz-scoring-questions.xml'))).toEqual([
      ['category', '$course$/top/Scoren naar rato'],
      ['multichoice', 'kanalen'],
      ['numerical', 'temperatuur'],
    ]);
    expect(text.match(/fraction="[^"]+"/g)).toEqual([
      'fraction="33.33333"',
      'fraction="33.33333"',
      'fraction="33.33333"',
      'fraction="-33.33333"',
      'fraction="100"',
    ]);
    expect(text).toContain('<unit_name>graden</unit_name>');
  });

  it('the lesson with every question type, as GIFT: the ordering question left out and said to be', async () => {
    const { code, stdout, stderr } = await scormdown(['questions', ALL_TYPES, '--format', 'gift'], dir);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(
      "Wrote player-all-types-questions.gift.txt: 6 questions for Moodle's question bank (Import, GIFT format).\n",
    );
    expect(stderr).toContain(
      'test/fixtures/player-all-types/quiz.yaml:29:11 QUESTIONS_NOT_EXPORTED warning: question "stappen" puts items in order, which GIFT cannot hold: it is left out\n',
    );
    expect(warned(stderr)).toEqual([
      'QUESTIONS_PART_LOST terugblik',
      'QUESTIONS_GRADED_OTHERWISE kleuren',
      'QUESTIONS_NOT_EXPORTED stappen',
      'QUESTIONS_PART_LOST koppel',
      'QUESTIONS_GRADED_OTHERWISE koppel',
    ]);
    const lines = await giftLines(join(dir, 'player-all-types-questions.gift.txt'));
    expect(lines.map((l) => /^(\$CATEGORY|::[^:]+::)/.exec(l)?.[0])).toEqual([
      '$CATEGORY',
      '::terugblik::',
      '::hoofdstad::',
      '::kleuren::',
      '::water::',
      '::koppel::',
      '::systeem::',
    ]);
  });

  it('the shipped lesson, both formats; the Moodle XML imports back as a lesson that builds', async () => {
    const xml = await scormdown(['questions', join(ROOT, 'lesson')], dir);
    expect(xml.code, xml.stderr).toBe(0);
    expect(xml.stdout).toBe(
      "Wrote les6-klachtenafhandeling-questions.xml: 13 questions for Moodle's question bank (Import, Moodle XML format).\n",
    );
    const types = (await xmlQuestions(join(dir, 'les6-klachtenafhandeling-questions.xml'))).map(([type]) => type);
    expect(new Set(types)).toEqual(
      new Set(['category', 'essay', 'multichoice', 'truefalse', 'ordering', 'matching', 'shortanswer']),
    );
    const gift = await scormdown(['questions', join(ROOT, 'lesson'), '--format', 'gift', '--out', 'bank.txt'], dir);
    expect(gift.code, gift.stderr).toBe(0);
    expect(gift.stdout).toBe("Wrote bank.txt: 12 questions for Moodle's question bank (Import, GIFT format).\n");
    expect(warned(gift.stderr)).toContain('QUESTIONS_NOT_EXPORTED volgorde-stappen');
    expect((await readdir(dir)).sort()).toEqual(['bank.txt', 'les6-klachtenafhandeling-questions.xml']);
    const back = await scormdown(['import', 'les6-klachtenafhandeling-questions.xml', '--out', 'terug'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect((await scormdown(['build', 'terug'], dir)).code).toBe(0);
  });

  it('a course: every lesson in order, each its own category under the course, in one file of either format', async () => {
    const course = join(ROOT, 'test/fixtures/course-three');
    const xml = await scormdown(['questions', course], dir);
    expect(xml.code, xml.stderr).toBe(0);
    expect(xml.stdout).toBe(
      "Wrote klachten-cursus-questions.xml: 4 questions for Moodle's question bank (Import, Moodle XML format).\n",
    );
    // In Moodle's question bank: a category for the course, one under it per lesson (Get category from file).
    expect(await xmlQuestions(join(dir, 'klachten-cursus-questions.xml'))).toEqual([
      ['category', '$course$/top/Klachten: de cursus/Les 1: Soorten klachten'],
      ['multichoice', 'soort'],
      ['category', '$course$/top/Klachten: de cursus/Les 2: Klachten afhandelen'],
      ['multichoice', 'eerste-stap'],
      ['truefalse', 'crm'],
      ['category', '$course$/top/Klachten: de cursus/Les 3: Conflicten'],
      ['truefalse', 'compromis'],
    ]);
    const gift = await scormdown(['questions', course, '--format', 'gift'], dir);
    expect(gift.code, gift.stderr).toBe(0);
    const lines = await giftLines(join(dir, 'klachten-cursus-questions.gift.txt'));
    expect(lines.map((l) => l.split('::')[1] ?? l)).toEqual([
      '$CATEGORY: $course$/top/Klachten: de cursus/Les 1: Soorten klachten',
      'soort',
      '$CATEGORY: $course$/top/Klachten: de cursus/Les 2: Klachten afhandelen',
      'eerste-stap',
      'crm',
      '$CATEGORY: $course$/top/Klachten: de cursus/Les 3: Conflicten',
      'compromis',
    ]);
    // Back in: one lesson with all four, each category named.
    const back = await scormdown(['import', 'klachten-cursus-questions.xml', '--out', 'terug'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr.match(/IMPORT_ATTENTION warning: category/g)).toHaveLength(3);
    expect((await readFile(join(dir, 'terug', 'quiz.yaml'), 'utf8')).match(/^- id: /gm)).toHaveLength(4);
  });

  it('never overwrites: a second run writes nothing, exits 6 and says how to go on', async () => {
    expect((await scormdown(['questions', ALL_TYPES, '--format', 'gift'], dir)).code).toBe(0);
    await writeFile(join(dir, 'player-all-types-questions.gift.txt'), 'mijn aantekeningen');
    const again = await scormdown(['questions', ALL_TYPES, '--format', 'gift'], dir);
    expect({ code: again.code, stdout: again.stdout }).toEqual({ code: 6, stdout: '' });
    expect(again.stderr).toContain(
      'scormdown: player-all-types-questions.gift.txt already exists; scormdown questions never overwrites a file: nothing written\n' +
        '  hint: give the file another name with --out (e.g. `--out player-all-types-questions-2.gift.txt`), or move the one there away first\n',
    );
    expect(await readFile(join(dir, 'player-all-types-questions.gift.txt'), 'utf8')).toBe('mijn aantekeningen');
  });

  it('a lesson with errors: reported as a build reports it, exit 1, nothing written', async () => {
    const { code, stdout, stderr } = await scormdown(['questions', join(ROOT, 'test/fixtures/invalid-quiz')], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/ error: /);
    expect(stderr).toMatch(/\n\d+ errors?: nothing written\. Fix the lines above and build again\.\n$/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("in Dutch: the line written and the warnings in the author's language", async () => {
    const { code, stdout, stderr } = await scormdown(
      ['questions', ALL_TYPES, '--format', 'gift', '--lang', 'nl'],
      dir,
      {
        lang: null,
      },
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(
      'player-all-types-questions.gift.txt geschreven: 6 vragen voor de vragenbank van Moodle (Importeren, formaat GIFT).\n',
    );
    expect(stderr).toContain(
      'QUESTIONS_NOT_EXPORTED waarschuwing: vraag "stappen" laat items in volgorde zetten, en dat kan GIFT niet: hij wordt weggelaten',
    );
  });

  it('a format it does not write: exit 2 with the usage', async () => {
    const { code, stderr } = await scormdown(['questions', ALL_TYPES, '--format', 'qti'], dir);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('scormdown: --format must be moodle-xml or gift, not "qti"');
    expect(await readdir(dir)).toEqual([]);
  });
});
