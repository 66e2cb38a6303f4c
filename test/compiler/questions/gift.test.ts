// `scormdown questions --format gift`: each question one line as Moodle's question/format/gift/format.php
// reads it, every GIFT mark in a text escaped, and each thing GIFT cannot hold said per question.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giftEscape } from '../../../src/compiler/questions/gift.js';
import { makeQuestionsFile } from '../../../src/compiler/questions/export-questions.js';
import { bankLesson, tempDir, made } from './bank-lesson.js';

const temp = tempDir('scormdown-gift-');

/** How Moodle reads GIFT's escapes (qformat_gift::escapedchar_pre, then escapedchar_post): `\\` first
 *  (kept aside), then `\: \# \= \{ \} \~ \n`, the marks put back once the question is cut up. */
function moodleUnescape(gift: string): string {
  const marks: Record<string, string> = { ':': ':', '#': '#', '=': '=', '{': '{', '}': '}', '~': '~', n: '\n' };
  return gift
    .split('\\\\')
    .map((part) => part.replace(/\\([:#={}~n])/g, (_, c: string) => marks[c]!))
    .join('\\');
}

const lines = (text: string): string[] => text.split('\n\n').map((l) => l.trimEnd());

describe('GIFT: one line per question', () => {
  it('every type GIFT has, as Moodle reads it; the category first', async () => {
    const quiz = `
- id: hoofdstad
  type: single
  prompt: Wat is de **hoofdstad**?
  options: [Rotterdam, { text: Amsterdam, correct: true }]
  feedback: { correct: Klopt., incorrect: Kijk op de kaart. }
- id: kleuren
  type: multiple
  scoring: partial
  prompt: Welke kleuren?
  options: [{ text: Rood, correct: true }, { text: Wit, correct: true }, Groen]
- id: water
  type: true-false
  prompt: Water kookt bij 50 °C.
  answer: false
  feedback: { correct: Goed., incorrect: Nee. }
- id: systeem
  type: fill-in
  prompt: Welk systeem?
  answers: [CRM, het CRM]
  feedback: { correct: Ja. }
- id: temperatuur
  type: numeric
  prompt: Hoe warm?
  answer: 75
  tolerance: 2
  feedback: { correct: Ja., incorrect: Tussen 73 en 77. }
- id: tussen
  type: numeric
  prompt: Tussen?
  min: 0.5
  max: 1.25
- id: koppel
  type: match
  scoring: partial
  prompt: Koppel.
  pairs: { Frankrijk: Parijs, Duitsland: "*Berlijn*" }
- id: terugblik
  type: open
  prompt: Wat weet je nog?
`;
    const { text } = await made(await bankLesson(temp(), 'alles', quiz), 'gift');
    expect(lines(text)).toEqual([
      '$CATEGORY: $course$/top/Les 2: Water & vuur',
      '::hoofdstad::[markdown]Wat is de **hoofdstad**?{~Rotterdam#Kijk op de kaart. =Amsterdam#Klopt.}',
      '::kleuren::[markdown]Welke kleuren?{~%50%Rood ~%50%Wit ~%-50%Groen}',
      '::water::[markdown]Water kookt bij 50 °C.{FALSE#Nee.#Goed.}',
      '::systeem::[markdown]Welk systeem?{=CRM#Ja. =het CRM#Ja.}',
      '::temperatuur::[markdown]Hoe warm?{#75:2#Ja. ~#Tussen 73 en 77.}',
      '::tussen::[markdown]Tussen?{#0.5..1.25}',
      // A matching description is plain text in Moodle: its Markdown is read as text.
      '::koppel::[markdown]Koppel.{=Frankrijk -> Parijs =Duitsland -> Berlijn}',
      '::terugblik::[markdown]Wat weet je nog?{}',
    ]);
  });
});

describe('GIFT: the marks ~ = # { } : and \\ in a text', () => {
  it('are escaped in every text, and Moodle reads each text back as written', async () => {
    const quiz = [
      '- id: tekens',
      '  type: single',
      '  prompt: "Wat is {x} in a = b ~ c # d: e \\\\ f?"',
      '  options:',
      '    - { text: "{1}: ~ = #", correct: true }',
      '    - "2 \\\\ 3"',
      '  feedback: { correct: "Ja: {goed}", incorrect: "Nee = #fout" }',
      '- id: paren',
      '  type: match',
      '  scoring: partial',
      '  prompt: "Koppel: a -> b"',
      '  pairs: { "x -> y": "{z} = 1", "p: q": "r ~ s" }',
      '- id: kort',
      '  type: fill-in',
      '  prompt: Typ het teken.',
      '  answers: ["{=}", "a:b"]',
      '',
    ].join('\n');
    const { text } = await made(await bankLesson(temp(), 'tekens', quiz), 'gift');
    expect(lines(text).slice(1)).toEqual([
      '::tekens::[markdown]Wat is \\{x\\} in a \\= b \\~ c \\# d\\: e \\\\ f?{=\\{1\\}\\: \\~ \\= \\##Ja\\: \\{goed\\} ~2 \\\\ 3#Nee \\= \\#fout}',
      // Moodle cuts a pair at its first ->: one in a term is an HTML entity, which its Markdown shows as ->.
      '::paren::[markdown]Koppel\\: a -> b{=x -&gt; y -> \\{z\\} \\= 1 =p\\: q -> r \\~ s}',
      '::kort::[markdown]Typ het teken.{=\\{\\=\\} =a\\:b}',
    ]);
    expect(moodleUnescape('Wat is \\{x\\} in a \\= b \\~ c \\# d\\: e \\\\ f?')).toBe(
      'Wat is {x} in a = b ~ c # d: e \\ f?',
    );
  });

  it('any text comes back from Moodle as written, new lines included', () => {
    const text = fc.string({ unit: fc.constantFrom('~', '=', '#', '{', '}', ':', '\\', 'n', '\n', 'a', ' ') });
    fc.assert(
      fc.property(text, (s) => {
        const escaped = giftEscape(s);
        expect(escaped).not.toMatch(/\n/);
        // No mark is left bare: each one is the second of an escape pair.
        expect(escaped.replace(/\\[\\~=#{}:n]/g, '')).not.toMatch(/[~=#{}:\\]/);
        expect(moodleUnescape(escaped)).toBe(s);
      }),
    );
  });

  it('a prompt of several lines is one line, its breaks written \\n', async () => {
    const quiz = '- id: regels\n  type: open\n  prompt: |\n    Eerste regel.\n\n    - punt\n';
    const { text } = await made(await bankLesson(temp(), 'regels', quiz), 'gift');
    expect(lines(text)[1]).toBe('::regels::[markdown]Eerste regel.\\n\\n- punt{}');
  });
});

describe('GIFT: what it cannot hold, said per question', () => {
  it('points, case, unit, verdict feedback, files: each named; a short answer keeps its wrong-answer feedback on `*`', async () => {
    const quiz = `
- id: punten
  type: true-false
  points: 2
  prompt: Waar?
  answer: true
- id: hoofdletters
  type: fill-in
  caseSensitive: true
  prompt: Welk systeem?
  answers: CRM
  feedback: { incorrect: Het CRM. }
- id: graden
  type: numeric
  prompt: Hoe warm?
  answer: 75
  unit: graden
- id: kleuren
  type: multiple
  scoring: partial
  prompt: Welke?
  options: [{ text: Rood, correct: true }, { text: Wit, correct: true }, Groen]
  feedback: { correct: Goed. }
- id: kaart
  type: single
  prompt: Waar?
  options: [{ text: "![Midden](kaart.png)", correct: true }, Noord]
- id: open
  type: open
  prompt: Wat denk je?
`;
    const lesson = await bankLesson(temp(), 'verlies', quiz, { files: { 'kaart.png': 'PNG' } });
    const { text, said } = await made(lesson, 'gift');
    expect(said.map((d) => [d.code, d.message])).toEqual([
      ['QUESTIONS_PART_LOST', 'question "punten" loses its points in GIFT, which cannot hold them'],
      [
        'QUESTIONS_PART_LOST',
        'question "hoofdletters" loses its case setting (caseSensitive) in GIFT, which cannot hold it',
      ],
      ['QUESTIONS_PART_LOST', 'question "graden" loses its unit in GIFT, which cannot hold it'],
      ['QUESTIONS_PART_LOST', 'question "kleuren" loses its feedback in GIFT, which cannot hold it'],
      ['QUESTIONS_PART_LOST', 'question "kaart" loses its pictures and files in GIFT, which cannot hold them'],
      // Moodle gives an essay of a GIFT file 1 mark; the player records an open question unscored.
      ['QUESTIONS_PART_LOST', 'question "open" loses its points in GIFT, which cannot hold them'],
    ]);
    // Any other answer (`*`, no marks) carries the feedback for a wrong one, as Moodle writes it.
    expect(text).toContain('::hoofdletters::[markdown]Welk systeem?{=CRM =%0%*#Het CRM.}');
    expect(new Set(said.map((d) => d.hint))).toEqual(
      new Set([
        'write the questions as Moodle XML (`--format moodle-xml`, the default), which holds them, or set them in Moodle after the import',
      ]),
    );
  });

  it('an ordering question is left out, said with where it is, the others written', async () => {
    const quiz =
      '- id: ja\n  type: true-false\n  prompt: Ja?\n  answer: true\n- id: volgorde\n  type: order\n  prompt: Volgorde?\n  items: [A, B]\n';
    const { text, said } = await made(await bankLesson(temp(), 'orde', quiz), 'gift');
    expect(lines(text).slice(1)).toEqual(['::ja::[markdown]Ja?{TRUE}']);
    expect(said.map((d) => [d.code, `${d.pos.line}:${d.pos.column}`, d.message, d.hint])).toEqual([
      [
        'QUESTIONS_NOT_EXPORTED',
        '7:11',
        'question "volgorde" puts items in order, which GIFT cannot hold: it is left out',
        'write the questions as Moodle XML (`--format moodle-xml`, the default): it holds ordering questions',
      ],
    ]);
  });

  it('a lesson of which nothing can be written is an error, and no file is made', async () => {
    const lesson = await bankLesson(temp(), 'leeg', '- id: v\n  type: order\n  prompt: Volgorde?\n  items: [A, B]\n');
    const out = await makeQuestionsFile({ lessonDir: lesson, format: 'gift', out: null, cwd: temp() });
    expect(out.file).toBeNull();
    expect(out.diagnostics.map((d) => [d.code, d.severity, d.pos.file, d.message])).toEqual([
      [
        'QUESTIONS_NOT_EXPORTED',
        'warning',
        'leeg/quiz.yaml',
        'question "v" puts items in order, which GIFT cannot hold: it is left out',
      ],
      ['QUESTIONS_NONE', 'error', 'leeg/lesson.md', "none of the lesson's questions can be written as GIFT"],
    ]);
  });
});
