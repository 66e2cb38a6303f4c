// `scormdown questions` as Moodle XML: the file parsed back, as Moodle's question/format/xml/format.php
// reads it. Every type's structure, the grades Moodle gives each option, the feedback for a right, a
// partly right and a wrong answer, the pictures embedded, and nothing Moodle does not read.

import { describe, expect, it } from 'vitest';
import { bankLesson, tempDir, made, parseXml, questionsOf, textOf, valueOf, type Node } from './bank-lesson.js';

const temp = tempDir('scormdown-moodle-xml-');

const EVERY_TYPE = `
- id: hoofdstad
  type: single
  shuffle: true
  prompt: Wat is de **hoofdstad** van Nederland?
  options:
    - Rotterdam
    - { text: Amsterdam, correct: true }
  feedback: { correct: Klopt., incorrect: Kijk op de kaart. }
- id: kleuren
  type: multiple
  scoring: partial
  points: 2
  prompt: Welke kleuren heeft de vlag?
  options:
    - { text: Rood, correct: true }
    - { text: Wit, correct: true }
    - { text: Blauw, correct: true }
    - Groen
  feedback: { correct: 'Rood, wit en blauw.', incorrect: Kijk naar de vlag. }
- id: seizoenen
  type: multiple
  prompt: Welke zijn seizoenen?
  options:
    - { text: Lente, correct: true }
    - { text: Zomer, correct: true }
    - Maandag
- id: water
  type: true-false
  prompt: Water kookt bij 50 °C.
  answer: false
  feedback: { correct: 'Nee, bij 100 °C.', incorrect: Het is 100 °C. }
- id: systeem
  type: fill-in
  prompt: In welk systeem registreer je klachten?
  answers: [CRM, het CRM]
  caseSensitive: true
  feedback: { correct: Goed., incorrect: Het is het CRM. }
- id: temperatuur
  type: numeric
  prompt: Hoe warm minstens?
  answer: 75
  tolerance: 2
  unit: graden
  feedback: { correct: Ja., incorrect: Tussen 73 en 77. }
- id: tussen
  type: numeric
  prompt: Een getal tussen 0,5 en 1,25?
  min: 0.5
  max: 1.25
- id: koppel
  type: match
  points: 3
  prompt: Koppel elk land aan zijn hoofdstad.
  pairs:
    Frankrijk: Parijs
    Duitsland: "*Berlijn*"
  feedback: { correct: Allemaal goed., incorrect: Nog eens. }
- id: stappen
  type: order
  scoring: partial
  prompt: Zet de stappen in volgorde.
  items: [Aannemen, Uitleggen, Registreren]
  feedback: { correct: Zo gaat het., incorrect: Kijk naar stap 1. }
- id: terugblik
  type: open
  prompt: Wat weet je nog?
`;

/** Per type, every element question/format/xml/format.php (and qtype_ordering's import_from_xml)
 *  reads of a question, as listed in src/compiler/questions/moodle-xml.ts. */
const HEADERS = ['name', 'questiontext', 'generalfeedback', 'defaultgrade', 'penalty', 'idnumber', 'tags'];
const COMBINED = ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback', 'shownumcorrect', 'hint'];
const MOODLE_READS: Record<string, string[]> = {
  multichoice: [
    ...HEADERS,
    'single',
    'shuffleanswers',
    'answernumbering',
    'showstandardinstruction',
    'answer',
    ...COMBINED,
  ],
  truefalse: [...HEADERS, 'answer', 'hint'],
  shortanswer: [...HEADERS, 'usecase', 'answer', 'hint'],
  numerical: [
    ...HEADERS,
    'answer',
    'units',
    'unitgradingtype',
    'unitpenalty',
    'showunits',
    'unitsleft',
    'instructions',
    'hint',
  ],
  matching: [...HEADERS, 'shuffleanswers', 'subquestion', ...COMBINED],
  essay: [
    ...HEADERS,
    'responseformat',
    'responsefieldlines',
    'responserequired',
    'minwordlimit',
    'maxwordlimit',
    'attachments',
    'attachmentsrequired',
    'filetypeslist',
    'maxbytes',
    'graderinfo',
    'responsetemplate',
  ],
  ordering: [
    ...HEADERS,
    'layouttype',
    'selecttype',
    'selectcount',
    'gradingtype',
    'showgrading',
    'numberingstyle',
    'answer',
    ...COMBINED,
  ],
};
/** What every question needs for Moodle to import it as written (import_headers errors without a name). */
const REQUIRED = ['name', 'questiontext', 'defaultgrade'];

/** Moodle's grades (question_bank::fraction_options_full(), question/engine/bank.php) in percent. */
const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
  0,
];
const isMoodleGrade = (fraction: string): boolean =>
  MOODLE_GRADES.some((g) => Math.abs(Math.abs(Number(fraction)) - g) < 0.001);

const byName = (questions: Node[]): Map<string, Node> =>
  new Map(questions.filter((q) => q['@_type'] !== 'category').map((q) => [textOf(q.name), q]));

const answers = (q: Node | undefined): Node[] => (q?.answer ?? []) as Node[];

async function everyType(): Promise<{ questions: Map<string, Node>; all: Node[]; said: string[] }> {
  const lesson = await bankLesson(temp(), 'alles', EVERY_TYPE);
  const { text, said } = await made(lesson, 'moodle-xml');
  const all = questionsOf(parseXml(text));
  return { questions: byName(all), all, said: said.map((d) => `${d.code} ${d.message}`) };
}

describe('Moodle XML: every question type as Moodle reads it', () => {
  it('a category named after the lesson first, then each question as its Moodle type, named by its id', async () => {
    const { all } = await everyType();
    expect(all[0]).toEqual({
      '@_type': 'category',
      category: { text: '$course$/top/Les 2: Water & vuur' },
      info: { '@_format': 'html', text: '' },
    });
    expect(
      all.slice(1).map((q) => [q['@_type'], textOf(q.name), valueOf(q.idnumber), valueOf(q.defaultgrade)]),
    ).toEqual([
      ['multichoice', 'hoofdstad', 'hoofdstad', '1'],
      ['multichoice', 'kleuren', 'kleuren', '2'],
      ['multichoice', 'seizoenen', 'seizoenen', '1'],
      ['truefalse', 'water', 'water', '1'],
      ['shortanswer', 'systeem', 'systeem', '1'],
      ['numerical', 'temperatuur', 'temperatuur', '1'],
      ['numerical', 'tussen', 'tussen', '1'],
      ['matching', 'koppel', 'koppel', '3'],
      ['ordering', 'stappen', 'stappen', '1'],
      // An open question is recorded, not scored: 0 marks, as in the player.
      ['essay', 'terugblik', 'terugblik', '0'],
    ]);
  });

  it('holds only elements Moodle reads for the type, and those it needs', async () => {
    const { all } = await everyType();
    for (const q of all.slice(1)) {
      const type = String(q['@_type']);
      const elements = Object.keys(q).filter((k) => !k.startsWith('@_'));
      expect({ type, unread: elements.filter((e) => !MOODLE_READS[type]!.includes(e)) }).toEqual({ type, unread: [] });
      expect({ type, missing: REQUIRED.filter((e) => !elements.includes(e)) }).toEqual({ type, missing: [] });
      expect({ type, penalty: valueOf(q.penalty), format: (q.questiontext as Node)['@_format'] }).toEqual({
        type,
        penalty: '0',
        format: 'html',
      });
    }
  });

  it('texts are the Markdown rendered as HTML', async () => {
    const { questions } = await everyType();
    expect(textOf(questions.get('hoofdstad')!.questiontext)).toBe(
      'Wat is de <strong>hoofdstad</strong> van Nederland?',
    );
    expect((questions.get('koppel')!.subquestion as Node[]).map((s) => textOf(s))).toEqual(['Frankrijk', 'Duitsland']);
  });
});

describe('Moodle XML: grades that give what the player gives', () => {
  it('single choice: 100 % for the right option, 0 for the others; shuffled when the question is', async () => {
    const { questions } = await everyType();
    const q = questions.get('hoofdstad')!;
    expect([valueOf(q.single), valueOf(q.shuffleanswers), valueOf(q.answernumbering)]).toEqual([
      'true',
      'true',
      'none',
    ]);
    expect(answers(q).map((a) => [textOf(a), a['@_fraction']])).toEqual([
      ['Rotterdam', '0'],
      ['Amsterdam', '100'],
    ]);
  });

  it('several right options with partial credit: 100/R % each, -100/R % for a wrong one', async () => {
    const { questions } = await everyType();
    const q = questions.get('kleuren')!;
    expect([valueOf(q.single), valueOf(q.shuffleanswers)]).toEqual(['false', 'false']);
    expect(answers(q).map((a) => [textOf(a), a['@_fraction']])).toEqual([
      ['Rood', '33.33333'],
      ['Wit', '33.33333'],
      ['Blauw', '33.33333'],
      ['Groen', '-33.33333'],
    ]);
  });

  it('several right options, all or nothing: -100 % for a wrong one, and Moodle grading otherwise said', async () => {
    const { questions, said } = await everyType();
    expect(answers(questions.get('seizoenen')).map((a) => a['@_fraction'])).toEqual(['50', '50', '-100']);
    expect(said).toEqual([
      'QUESTIONS_GRADED_OTHERWISE question "seizoenen" has several right options and no partial credit: Moodle gives part of the points for some of them chosen without a wrong one, where the player gives none',
      'QUESTIONS_GRADED_OTHERWISE question "koppel" gives its points only for all pairs right: Moodle gives a share for each right pair',
    ]);
  });

  it("every grade is one of Moodle's, and the right options of a question add up to 100 %", async () => {
    const { all } = await everyType();
    for (const q of all.filter((x) => x['@_type'] === 'multichoice')) {
      const fractions = answers(q).map((a) => String(a['@_fraction']));
      expect(fractions.filter((f) => !isMoodleGrade(f))).toEqual([]);
      const right = fractions.map(Number).filter((f) => f > 0);
      expect(Math.round(right.reduce((a, b) => a + b, 0))).toBe(100);
    }
  });

  it.each([
    [10, '10'],
    [20, '5'],
  ])('%i right options: each %s percent', async (count, share) => {
    const options = Array.from({ length: count }, (_, i) => `    - { text: Optie ${i + 1}, correct: true }`);
    const quiz = `- id: veel\n  type: multiple\n  scoring: partial\n  prompt: Welke?\n  options:\n${options.join('\n')}\n    - Geen\n`;
    const { text } = await made(await bankLesson(temp(), 'veel', quiz), 'moodle-xml');
    const fractions = answers(questionsOf(parseXml(text))[1]).map((a) => a['@_fraction']);
    expect(fractions).toEqual([...Array<string>(count).fill(share), `-${share}`]);
  });

  it('11 right options: Moodle has no grade for 1/11, so the question is left out and said to be', async () => {
    const options = Array.from({ length: 11 }, (_, i) => `    - { text: Optie ${i + 1}, correct: true }`);
    const quiz = `- id: elf\n  type: multiple\n  prompt: Welke?\n  options:\n${options.join('\n')}\n    - Geen\n- id: ja\n  type: true-false\n  prompt: Ja?\n  answer: true\n`;
    const { text, said } = await made(await bankLesson(temp(), 'elf', quiz), 'moodle-xml');
    expect(questionsOf(parseXml(text)).map((q) => q['@_type'])).toEqual(['category', 'truefalse']);
    expect(said.map((d) => [d.code, d.message, d.hint])).toEqual([
      [
        'QUESTIONS_NOT_EXPORTED',
        'question "elf" has 11 right options: Moodle\'s grades cannot split 100 % into 11 equal shares, so it is left out',
        'give it at most 10 right options, or exactly 20, or make it two questions',
      ],
    ]);
  });

  it('ordering: the items in the right order, every item shown, graded per item in its place or all or nothing', async () => {
    const { questions } = await everyType();
    const q = questions.get('stappen')!;
    expect(answers(q).map((a) => [textOf(a), a['@_fraction']])).toEqual([
      ['Aannemen', '1'],
      ['Uitleggen', '2'],
      ['Registreren', '3'],
    ]);
    expect([q.layouttype, q.selecttype, q.selectcount, q.gradingtype].map(valueOf)).toEqual([
      'VERTICAL',
      'ALL',
      '3',
      'ABSOLUTE_POSITION',
    ]);
    const strict = await made(
      await bankLesson(temp(), 'streng', '- id: s\n  type: order\n  prompt: Volgorde?\n  items: [A, B]\n'),
      'moodle-xml',
    );
    expect(valueOf(questionsOf(parseXml(strict.text))[1]!.gradingtype)).toBe('ALL_OR_NOTHING');
  });

  it("matching: each term a subquestion with its description as plain text, the terms in the author's order", async () => {
    const { questions } = await everyType();
    const q = questions.get('koppel')!;
    expect(valueOf(q.shuffleanswers)).toBe('false');
    expect((q.subquestion as Node[]).map((s) => [s['@_format'], textOf(s), textOf((s.answer as Node[])[0])])).toEqual([
      ['html', 'Frankrijk', 'Parijs'],
      ['html', 'Duitsland', 'Berlijn'],
    ]);
  });

  it('true-false: the right answer at 100 %, named true or false as Moodle matches them', async () => {
    const { questions } = await everyType();
    expect(answers(questions.get('water')).map((a) => [textOf(a), a['@_fraction']])).toEqual([
      ['true', '0'],
      ['false', '100'],
    ]);
  });

  it('short answer: every accepted answer 100 %, its case setting as usecase', async () => {
    const { questions } = await everyType();
    const q = questions.get('systeem')!;
    expect(valueOf(q.usecase)).toBe('1');
    expect(answers(q).map((a) => [textOf(a), a['@_fraction']])).toEqual([
      ['CRM', '100'],
      ['het CRM', '100'],
      ['*', '0'],
    ]);
  });

  it('numerical: the answer with its tolerance, a range as its middle with half its width; the unit optional', async () => {
    const { questions } = await everyType();
    const withUnit = questions.get('temperatuur')!;
    expect(answers(withUnit).map((a) => [textOf(a), valueOf(a.tolerance), a['@_fraction']])).toEqual([
      ['75', '2', '100'],
      ['*', '', '0'],
    ]);
    // showunits 0 and unitgradingtype 0: "units are optional", as the player takes 75 and 75 graden.
    expect(withUnit.units).toEqual({ unit: [{ multiplier: '1', unit_name: 'graden' }] });
    expect([withUnit.showunits, withUnit.unitgradingtype, withUnit.unitsleft].map(valueOf)).toEqual(['0', '0', '0']);
    const range = questions.get('tussen')!;
    expect(answers(range).map((a) => [textOf(a), valueOf(a.tolerance)])).toEqual([['0.875', '0.375']]);
    expect([range.units, valueOf(range.showunits)]).toEqual([undefined, '3']);
  });

  it('essay: a text field, the answer required, no attachments', async () => {
    const { questions } = await everyType();
    const q = questions.get('terugblik')!;
    expect([q.responseformat, q.responserequired, q.attachments, q.attachmentsrequired].map(valueOf)).toEqual([
      'editor',
      '1',
      '0',
      '0',
    ]);
  });
});

describe('Moodle XML: feedback', () => {
  it("choices, pairs and order: the right, the partly right (the player's feedback for a wrong answer) and the wrong", async () => {
    const { questions } = await everyType();
    const combined = (q: Node | undefined): string[] =>
      ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].map((k) => textOf(q?.[k]));
    expect(combined(questions.get('hoofdstad'))).toEqual(['Klopt.', 'Kijk op de kaart.', 'Kijk op de kaart.']);
    expect(combined(questions.get('kleuren'))).toEqual([
      'Rood, wit en blauw.',
      'Kijk naar de vlag.',
      'Kijk naar de vlag.',
    ]);
    expect(combined(questions.get('koppel'))).toEqual(['Allemaal goed.', 'Nog eens.', 'Nog eens.']);
    expect(combined(questions.get('stappen'))).toEqual(['Zo gaat het.', 'Kijk naar stap 1.', 'Kijk naar stap 1.']);
  });

  it("true-false, short answer, numerical: on the answers, a wrong one on Moodle's * for any other answer", async () => {
    const { questions } = await everyType();
    const feedback = (q: Node | undefined): string[][] => answers(q).map((a) => [textOf(a), textOf(a.feedback)]);
    expect(feedback(questions.get('water'))).toEqual([
      ['true', 'Het is 100 °C.'],
      ['false', 'Nee, bij 100 °C.'],
    ]);
    expect(feedback(questions.get('systeem'))).toEqual([
      ['CRM', 'Goed.'],
      ['het CRM', 'Goed.'],
      ['*', 'Het is het CRM.'],
    ]);
    expect(feedback(questions.get('temperatuur'))).toEqual([
      ['75', 'Ja.'],
      ['*', 'Tussen 73 en 77.'],
    ]);
    // Without feedback for a wrong answer there is no * answer.
    expect(feedback(questions.get('tussen'))).toEqual([['0.875', '']]);
  });
});

describe('Moodle XML: pictures and other files, embedded', () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><title>Kaart</title></svg>';

  it('in the prompt, an option, the feedback and an item: @@PLUGINFILE@@/name, the bytes in a <file>', async () => {
    const quiz = [
      '- id: kaart',
      '  type: single',
      '  prompt: "![Kaart van Nederland](assets/kaart.svg) Waar ligt Utrecht?"',
      '  options:',
      '    - { text: "![Midden](assets/pijl.png)", correct: true }',
      '    - Noorden',
      '  feedback: { correct: "![Goed](assets/kaart.svg)" }',
      '- id: volg',
      '  type: order',
      '  prompt: Volgorde?',
      '  items: ["![Een](plaatjes/een.png)", "Twee"]',
      '',
    ].join('\n');
    const lesson = await bankLesson(temp(), 'beeld', quiz, {
      files: { 'assets/kaart.svg': SVG, 'assets/pijl.png': PNG, 'plaatjes/een.png': PNG },
    });
    const { text } = await made(lesson, 'moodle-xml');
    const [, kaart, volg] = questionsOf(parseXml(text));
    const files = (node: unknown): [string, string, string][] =>
      (((node as Node).file ?? []) as Node[]).map((f) => [
        String(f['@_name']),
        String(f['@_encoding']),
        Buffer.from(valueOf(f), 'base64').toString('hex'),
      ]);
    const hex = (bytes: string | Uint8Array): string => Buffer.from(bytes).toString('hex');
    expect(textOf(kaart!.questiontext)).toContain('<img src="@@PLUGINFILE@@/kaart.svg" alt="Kaart van Nederland">');
    expect(files(kaart!.questiontext)).toEqual([['kaart.svg', 'base64', hex(SVG)]]);
    expect(textOf(answers(kaart)[0])).toBe('<img src="@@PLUGINFILE@@/pijl.png" alt="Midden">');
    expect(files(answers(kaart)[0])).toEqual([['pijl.png', 'base64', hex(PNG)]]);
    expect(files(answers(kaart)[1])).toEqual([]);
    expect(files(kaart!.correctfeedback)).toEqual([['kaart.svg', 'base64', hex(SVG)]]);
    expect(textOf(answers(volg)[0])).toBe('<img src="@@PLUGINFILE@@/een.png" alt="Een">');
    expect(files(answers(volg)[0])).toEqual([['een.png', 'base64', hex(PNG)]]);
  });

  it('two files of one name in one text: the second named with its folder', async () => {
    const quiz = '- id: twee\n  type: open\n  prompt: "![A](a/x.png) ![B](b/x.png) ![A weer](a/x.png)"\n';
    const lesson = await bankLesson(temp(), 'twee', quiz, { files: { 'a/x.png': PNG, 'b/x.png': SVG } });
    const q = questionsOf(parseXml((await made(lesson, 'moodle-xml')).text))[1]!;
    expect(textOf(q.questiontext)).toBe(
      '<img src="@@PLUGINFILE@@/x.png" alt="A"> <img src="@@PLUGINFILE@@/b-x.png" alt="B"> <img src="@@PLUGINFILE@@/x.png" alt="A weer">',
    );
    expect(((q.questiontext as Node).file as Node[]).map((f) => f['@_name'])).toEqual(['x.png', 'b-x.png']);
  });

  it('a picture in a matching description, which Moodle keeps as plain text, is said to be lost', async () => {
    const quiz =
      '- id: dier\n  type: match\n  scoring: partial\n  prompt: Koppel.\n  pairs:\n    Kat: "![Kat](kat.png) miauw"\n    Hond: blaf\n';
    const { said } = await made(await bankLesson(temp(), 'dier', quiz, { files: { 'kat.png': PNG } }), 'moodle-xml');
    expect(said.map((d) => [d.code, d.message, d.hint])).toEqual([
      [
        'QUESTIONS_PART_LOST',
        'question "dier" loses the pictures of its descriptions in Moodle XML, which cannot hold them',
        "a matching question's answers are plain text in Moodle: show the picture in the prompt or in a term on the left",
      ],
    ]);
  });
});

describe('Moodle XML: texts that look like markup', () => {
  it('&, <, > and ]]> come back as written; a title with / stays one category', async () => {
    const quiz = [
      '- id: tekens',
      '  type: fill-in',
      '  prompt: "Is 1 < 2 & 3 > 2? Schrijf ]]> over."',
      '  answers: ["]]>", "a & b"]',
      '',
    ].join('\n');
    const lesson = await bankLesson(temp(), 'tekens', quiz, { title: 'Vóór/na: "1 & 2" <3' });
    const { text } = await made(lesson, 'moodle-xml');
    const [category, q] = questionsOf(parseXml(text));
    expect(textOf(category!.category)).toBe('$course$/top/Vóór-na: "1 & 2" <3');
    expect(textOf(q!.questiontext)).toBe('Is 1 &lt; 2 &amp; 3 &gt; 2? Schrijf ]]&gt; over.');
    expect(answers(q).map((a) => textOf(a))).toEqual([']]>', 'a & b']);
  });
});
