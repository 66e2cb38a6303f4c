// `scormdown questions` writes a lesson's questions for Moodle's question bank (Moodle XML, GIFT), and
// `scormdown import` reads such files back: what goes out and comes back in is the same quiz, as far
// as the format holds it (GIFT has no ordering, points, case or unit: each named in a warning).

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/compiler/import/import-file.js';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { markdownText } from '../../../src/compiler/markdown/render-markdown.js';
import type { QuizQuestion } from '../../../src/compiler/model.js';
import {
  makeQuestionsFile,
  writeQuestionsFile,
  type QuestionsFormat,
} from '../../../src/compiler/questions/export-questions.js';
import { ROOT } from '../../helpers/cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-questions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A question as a teacher reads it: its type, texts, what is right, its settings. */
function reading(q: QuizQuestion): Record<string, unknown> {
  const t = (md: { tokens: unknown[]; inline: boolean; source: string }): string =>
    markdownText(md as Parameters<typeof markdownText>[0]).trim();
  const base = { id: q.id, type: q.type, prompt: t(q.promptHtml), points: q.points };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        options: q.choices.map((c) => [t(c.html), c.correct]),
        partial: 'partial' in q && q.partial === true,
      };
    case 'true-false':
      return { ...base, answer: q.answer };
    case 'order':
      return { ...base, items: q.items.map((i) => t(i.html)) };
    case 'match':
      return {
        ...base,
        pairs: q.sources.map((s) => [t(s.html), t(q.targets.find((x) => x.id === q.pairs[s.id])!.html)]),
      };
    case 'fill-in':
      return { ...base, answers: q.answers, caseSensitive: q.caseSensitive };
    case 'numeric':
      return { ...base, min: q.min, max: q.max, unit: q.unit };
    case 'open':
      return base;
  }
}

async function roundTrip(lessonDir: string, format: QuestionsFormat) {
  const out = await makeQuestionsFile({ lessonDir, format, out: join(dir, `bank.${format}`), cwd: dir });
  expect(out.file).not.toBeNull();
  await writeQuestionsFile(out.file!.path, out.file!.text, dir);
  const back = await importFile({
    file: join(dir, `bank.${format}`),
    out: join(dir, 'back'),
    language: 'nl',
    title: null,
    cwd: dir,
  });
  expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const original = (await loadLesson(lessonDir, dir)).lesson!;
  const imported = (await loadLesson(join(dir, 'back'), dir)).lesson!;
  return { out, back, original, imported };
}

describe('out to Moodle and back in', () => {
  it('Moodle XML: every question type, with its points, partial credit, feedback and settings', async () => {
    const { original, imported } = await roundTrip(join(ROOT, 'test/fixtures/player-all-types'), 'moodle-xml');
    expect(imported.questions.map(reading)).toEqual(original.questions.map(reading));
    expect(imported.questions.map((q) => [q.feedback.correct.source, q.feedback.incorrect.source])).toEqual(
      original.questions.map((q) => [q.feedback.correct.source, q.feedback.incorrect.source]),
    );
  });

  it('GIFT: the same quiz but the ordering question and the points, each named in a warning', async () => {
    const { out, original, imported } = await roundTrip(join(ROOT, 'test/fixtures/player-all-types'), 'gift');
    const kept = original.questions.filter((q) => q.type !== 'order').map((q) => ({ ...reading(q), points: 1 }));
    expect(imported.questions.map((q) => ({ ...reading(q), points: 1 }))).toEqual(kept);
    expect(out.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['QUESTIONS_PART_LOST', 'question "terugblik" loses its points in GIFT, which cannot hold them'],
      [
        'QUESTIONS_GRADED_OTHERWISE',
        'question "kleuren" has several right options and no partial credit: Moodle gives part of the points for some of them chosen without a wrong one, where the player gives none',
      ],
      ['QUESTIONS_NOT_EXPORTED', 'question "stappen" puts items in order, which GIFT cannot hold: it is left out'],
      ['QUESTIONS_PART_LOST', 'question "koppel" loses its points in GIFT, which cannot hold them'],
      [
        'QUESTIONS_GRADED_OTHERWISE',
        'question "koppel" gives its points only for all pairs right: Moodle gives a share for each right pair',
      ],
    ]);
  });

  it("GIFT's marks in texts are escaped going out and read as text coming back", async () => {
    const lesson = join(dir, 'marks');
    await mkdir(lesson);
    await writeFile(
      join(lesson, 'lesson.md'),
      '---\ntitle: Tekens\nid: tekens\nlanguage: nl\n---\n\n# Tekens\n\n---\n\n::quiz\n',
    );
    await writeFile(
      join(lesson, 'quiz.yaml'),
      [
        '- id: tekens',
        '  type: single',
        '  prompt: "Wat is {x} in a = b ~ c # d: e \\\\ f?"',
        '  options:',
        '    - text: "{1}: ~ = #"',
        '      correct: true',
        '    - text: "2 \\\\ 3"',
        '',
      ].join('\n'),
    );
    const { original, imported } = await roundTrip(lesson, 'gift');
    const text = await readFile(join(dir, 'bank.gift'), 'utf8');
    expect(text).toContain('Wat is \\{x\\} in a \\= b \\~ c \\# d\\: e \\\\ f?');
    expect(imported.questions.map(reading)).toEqual(original.questions.map(reading));
  });

  it('Moodle XML embeds a picture of a prompt, and the import writes it back to assets/', async () => {
    const lesson = join(dir, 'beeld');
    await mkdir(join(lesson, 'assets'), { recursive: true });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Kaart</title></svg>';
    await writeFile(join(lesson, 'assets', 'kaart.svg'), svg);
    await writeFile(
      join(lesson, 'lesson.md'),
      '---\ntitle: Beeld\nid: beeld\nlanguage: nl\n---\n\n# Beeld\n\n---\n\n::quiz\n',
    );
    await writeFile(
      join(lesson, 'quiz.yaml'),
      '- id: waar\n  type: true-false\n  prompt: "![Kaart van Nederland](assets/kaart.svg) Ligt Utrecht in het midden?"\n  answer: true\n',
    );
    await roundTrip(lesson, 'moodle-xml');
    const xml = new XMLParser({ ignoreAttributes: false }).parse(await readFile(join(dir, 'bank.moodle-xml'), 'utf8'));
    const question = xml.quiz.question[1];
    expect(question.questiontext.text).toContain('src="@@PLUGINFILE@@/kaart.svg"');
    expect(Buffer.from(question.questiontext.file['#text'], 'base64').toString()).toBe(svg);
    expect(await readFile(join(dir, 'back', 'assets', 'kaart.svg'), 'utf8')).toBe(svg);
    const back = (await loadLesson(join(dir, 'back'), dir)).lesson!;
    expect(back.questions[0]!.promptHtml.source).toContain('![Kaart van Nederland](assets/kaart.svg)');
  });
});

describe('a question bank that is not as expected', () => {
  it('a damaged Moodle XML file: one error naming it, nothing written', async () => {
    await writeFile(join(dir, 'bank.xml'), '<?xml version="1.0"?>\n<quiz><question type="truefalse"><name>');
    const result = await importFile({ file: 'bank.xml', out: 'les', language: null, title: null, cwd: dir });
    expect(result.imported).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.pos.file])).toEqual([['IMPORT_DAMAGED', 'bank.xml']]);
  });

  it('a type the player does not have is left out, named with its type', async () => {
    await writeFile(
      join(dir, 'bank.xml'),
      '<?xml version="1.0"?>\n<quiz>\n<question type="calculated"><name><text>Rente</text></name><questiontext format="html"><text>{a} + {b}</text></questiontext></question>\n<question type="essay"><name><text>Mening</text></name><questiontext format="html"><text><![CDATA[<p>Wat vind <b>jij</b>?</p>]]></text></questiontext></question>\n</quiz>\n',
    );
    const result = await importFile({ file: 'bank.xml', out: 'les', language: 'nl', title: null, cwd: dir });
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['IMPORT_SKIPPED', 'question "Rente" is a calculated question, a type the player does not have: it is left out'],
    ]);
    const lesson = (await loadLesson(join(dir, 'les'), dir)).lesson!;
    expect(lesson.questions.map((q) => [q.type, q.promptHtml.source])).toEqual([['open', 'Wat vind **jij**?']]);
  });
});

describe('a bank read as Moodle reads it', () => {
  /** `text` saved as `name` and imported as a Dutch lesson into `out`. */
  const importBank = async (name: string, text: string, out = 'les', title: string | null = null) => {
    await writeFile(join(dir, name), text);
    return importFile({ file: name, out, language: 'nl', title, cwd: dir });
  };

  it('a description (GIFT: text without answers; Moodle XML: type description) is a slide before the quiz', async () => {
    // As Windows writes it: a byte order mark and CRLF line ends.
    const gift = [
      '\ufeff// Hoofdstuk 1',
      '::Casus:: [html]<p>Een gast <b>klaagt</b> over koude soep.</p>',
      '',
      'Lees de vragen goed.',
      '',
      '::Q1:: Wat doe je eerst? {=Luisteren ~Uitleggen}',
      '',
    ].join('\r\n');
    const result = await importBank('bank.gift', gift, 'les', 'Klachten');
    expect(result.diagnostics.map((d) => [d.code, d.pos.line, d.message])).toEqual([
      ['IMPORT_ATTENTION', 2, '"Casus" is a description (a text, no question): it is slide 2, before the quiz'],
      [
        'IMPORT_ATTENTION',
        4,
        '"Lees de vragen goed." is a description (a text, no question): it is slide 3, before the quiz',
      ],
    ]);
    const { lesson, diagnostics } = await loadLesson(join(dir, 'les'), dir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = await readFile(join(dir, 'les', 'lesson.md'), 'utf8');
    expect(lesson!.slides.map((s) => [s.kind, s.title])).toEqual([
      ['content', 'Klachten'],
      ['content', 'Casus'],
      ['content', 'Lees de vragen goed.'],
      ['content', 'Toets'],
      ['question', 'Wat doe je eerst?'],
      ['result', 'Je resultaat'],
    ]);
    expect(text).toContain('# Casus\n\nEen gast **klaagt** over koude soep.\n');
    expect(text).toContain('\nLees de vragen goed.\n');

    const xml = await importBank(
      'bank.xml',
      '<?xml version="1.0"?>\n<quiz>\n<question type="description"><name><text>Casus</text></name><questiontext format="html"><text><![CDATA[<p>Een gast <b>klaagt</b>.</p>]]></text></questiontext></question>\n<question type="truefalse"><name><text>Q1</text></name><questiontext format="html"><text>Eerst luisteren?</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>\n</quiz>\n',
      'les-xml',
    );
    expect(xml.diagnostics.map((d) => d.code)).toEqual(['IMPORT_ATTENTION']);
    expect(await readFile(join(dir, 'les-xml', 'lesson.md'), 'utf8')).toContain('# Casus\n\nEen gast **klaagt**.\n');
    expect((await loadLesson(join(dir, 'les-xml'), dir)).lesson!.questions.map((q) => q.id)).toEqual(['Q1']);
  });

  it('a numerical GIFT question with several answers keeps the full-mark one and says the others are left out', async () => {
    const result = await importBank('bank.gift', '::Pi:: Hoeveel is pi? {#=%50%3:0#bijna =3.14:0.01#goed}\n');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'IMPORT_ATTENTION',
        'question "Pi" has feedback or part marks for single answers, which quiz.yaml does not hold: they are left out',
      ],
    ]);
    const question = (await loadLesson(join(dir, 'les'), dir)).lesson!.questions[0]!;
    expect(question.type === 'numeric' && [question.min, question.max]).toEqual([3.13, 3.15]);
  });

  it('the type as Moodle tells it: no `~` is a short answer, an `=` among `~` one choice, `~#` a wrong number', async () => {
    const result = await importBank(
      'bank.gift',
      [
        '::Stad:: Waar kwam hij vandaan? {=Nazareth#Ja =%75%Nazereth#Bijna =%25%Bethlehem}',
        '::Kaal:: De hoofdstad van Frankrijk? {Parijs =%0%*#Nee, Parijs.}',
        '::Een:: De hoofdstad van Nederland? {=Amsterdam ~%50%Den Haag ~Rotterdam}',
        '::Meer:: Welke zijn fruit? {~%50%Appel ~%50%Peer ~Wortel}',
        '::Getal:: Hoeveel is 1 + 1? {#=2:0#Goed ~#Nee, het is 2}',
      ].join('\n\n'),
    );
    // The part marks of Nazereth, Bethlehem and Den Haag have no place in quiz.yaml: said, per question.
    expect(result.diagnostics.map((d) => [d.code, d.pos.line])).toEqual([
      ['IMPORT_ATTENTION', 1],
      ['IMPORT_ATTENTION', 5],
    ]);
    const lesson = (await loadLesson(join(dir, 'les'), dir)).lesson!;
    expect(lesson.questions.map(reading)).toEqual([
      {
        id: 'Stad',
        type: 'fill-in',
        prompt: 'Waar kwam hij vandaan?',
        points: 1,
        answers: ['Nazareth'],
        caseSensitive: false,
      },
      {
        id: 'Kaal',
        type: 'fill-in',
        prompt: 'De hoofdstad van Frankrijk?',
        points: 1,
        answers: ['Parijs'],
        caseSensitive: false,
      },
      {
        id: 'Een',
        type: 'single',
        prompt: 'De hoofdstad van Nederland?',
        points: 1,
        options: [
          ['Amsterdam', true],
          ['Den Haag', false],
          ['Rotterdam', false],
        ],
        partial: false,
      },
      {
        id: 'Meer',
        type: 'multiple',
        prompt: 'Welke zijn fruit?',
        points: 1,
        options: [
          ['Appel', true],
          ['Peer', true],
          ['Wortel', false],
        ],
        partial: true,
      },
      { id: 'Getal', type: 'numeric', prompt: 'Hoeveel is 1 + 1?', points: 1, min: 2, max: 2, unit: '' },
    ]);
    const quiz = await readFile(join(dir, 'les', 'quiz.yaml'), 'utf8');
    expect(quiz).toContain('feedback:\n    correct: Goed\n    incorrect: Nee, het is 2\n');
    // `=%0%*#...`: any other answer, its feedback the one for a wrong answer (no answer lost).
    expect(quiz).toContain('answers:\n    - Parijs\n  feedback:\n    incorrect: Nee, Parijs.\n');
  });

  it('Moodle XML: one answer chosen stays a single choice; an answer for part of the marks is said to be lost', async () => {
    const answer = (fraction: number, text: string): string =>
      `<answer fraction="${fraction}" format="html"><text>${text}</text></answer>`;
    const result = await importBank(
      'bank.xml',
      `<?xml version="1.0"?>\n<quiz>\n<question type="multichoice"><name><text>Stad</text></name><questiontext format="html"><text>De hoofdstad?</text></questiontext><single>true</single>${answer(100, 'Amsterdam')}${answer(50, 'Den Haag')}${answer(0, 'Rotterdam')}</question>\n</quiz>\n`,
    );
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'IMPORT_ATTENTION',
        'question "Stad" has feedback or part marks for single answers, which quiz.yaml does not hold: they are left out',
      ],
    ]);
    const [question] = (await loadLesson(join(dir, 'les'), dir)).lesson!.questions;
    expect(reading(question!)).toMatchObject({
      type: 'single',
      options: [
        ['Amsterdam', true],
        ['Den Haag', false],
        ['Rotterdam', false],
      ],
    });
  });

  it("Moodle XML numerical and short answer: the `*` answer's feedback is the one for a wrong answer", async () => {
    const result = await importBank(
      'bank.xml',
      '<?xml version="1.0"?>\n<quiz><question type="numerical"><name><text>Som</text></name>' +
        '<questiontext format="html"><text>1 + 1?</text></questiontext>' +
        '<answer fraction="100"><text>2</text><feedback format="html"><text>Goed.</text></feedback><tolerance>0</tolerance></answer>' +
        '<answer fraction="0"><text>*</text><feedback format="html"><text>Nee, het is 2.</text></feedback><tolerance>0</tolerance></answer>' +
        '</question><question type="shortanswer"><name><text>Stad</text></name>' +
        '<questiontext format="html"><text>De hoofdstad?</text></questiontext><usecase>0</usecase>' +
        '<answer fraction="100"><text>Amsterdam</text></answer>' +
        '<answer fraction="0"><text>*</text><feedback format="html"><text>Nee, Amsterdam.</text></feedback></answer>' +
        '</question></quiz>\n',
    );
    expect(result.diagnostics).toEqual([]);
    const quiz = await readFile(join(dir, 'les', 'quiz.yaml'), 'utf8');
    expect(quiz).toContain('feedback:\n    correct: Goed.\n    incorrect: Nee, het is 2.\n');
    expect(quiz).toContain('answers:\n    - Amsterdam\n  feedback:\n    incorrect: Nee, Amsterdam.\n');
  });

  it("a star: the author's goes out as `\\*` and comes back; Moodle's wildcard `*` is named", async () => {
    const lessonDir = join(dir, 'ster');
    await mkdir(lessonDir);
    await writeFile(
      join(lessonDir, 'lesson.md'),
      '---\ntitle: Ster\nid: ster\nlanguage: nl\n---\n\n# Ster\n\n---\n\n::quiz\n',
    );
    await writeFile(
      join(lessonDir, 'quiz.yaml'),
      '- id: som\n  type: fill-in\n  prompt: Schrijf vijf keer drie.\n  answers: ["5*3", "5 * 3"]\n',
    );
    for (const format of ['moodle-xml', 'gift'] as const) {
      const { back, imported } = await roundTrip(lessonDir, format);
      expect(back.diagnostics.filter((d) => d.message.includes('*'))).toEqual([]);
      const [question] = imported.questions;
      expect(question?.type === 'fill-in' && question.answers).toEqual(['5*3', '5 * 3']);
      await rm(join(dir, 'back'), { recursive: true });
      await rm(join(dir, `bank.${format}`));
    }
    const result = await importBank(
      'bank.xml',
      '<?xml version="1.0"?>\n<quiz><question type="shortanswer"><name><text>Stad</text></name>' +
        '<questiontext format="html"><text>De hoofdstad?</text></questiontext><usecase>0</usecase>' +
        '<answer fraction="100"><text>Amster*</text></answer></question></quiz>\n',
    );
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'IMPORT_ATTENTION',
        'question "Stad" accepts "Amster*" with Moodle\'s * (any text), which a fill-in question does not have',
      ],
    ]);
  });
});
