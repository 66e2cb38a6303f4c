// The texts a translator gets from a lesson, and each translation put back in its place: only the
// words change, never a directive, a slide name, a question id, a picture or a setting.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { merge } from '../../../src/compiler/translate/translation-file.js';
import { lessonTexts, type Unit } from '../../../src/compiler/translate/units.js';

async function textsOf(dir: string) {
  const { lesson, diagnostics } = await loadLesson(dir, process.cwd());
  if (lesson === null) throw new Error(JSON.stringify(diagnostics));
  return lessonTexts(lesson, (name) => readFile(path.join(dir, name)));
}

describe('the shipped lesson', () => {
  it('has each text once, under an id of its own, the title first', async () => {
    const { units } = await textsOf('lesson');
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    expect(units[0]).toMatchObject({
      id: 'lesson.title',
      source: 'Les 6: Klachtenafhandeling & Conflicthantering',
      ref: 'lesson.md:2',
    });
    expect(units.find((u) => u.id === 'slide.2.1')).toMatchObject({
      source: 'Wat is het doel van deze les?',
      ref: 'lesson.md:18',
    });
    expect(units.find((u) => u.id === 'question.soorten-klachten.option.1')).toMatchObject({
      source: 'Objectieve en subjectieve klachten',
      note: 'question soorten-klachten (single): option 1, a right one',
    });
    const prompts = units.filter((u) => /^question\.[^.]+\.prompt$/.test(u.id));
    expect(prompts).toHaveLength(13);
  });

  it('puts every source back as it was: the files do not change', async () => {
    const texts = await textsOf('lesson');
    for (const u of texts.units) u.put(u.source);
    const written = texts.written();
    expect(written.get('lesson.md')).toBe(await readFile('lesson/lesson.md', 'utf8'));
    expect(written.get('quiz.yaml')).toBe(await readFile('lesson/quiz.yaml', 'utf8'));
  });
});

describe('a lesson with every kind of text', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'scormdown-units-'));
    await writeFile(
      path.join(dir, 'lesson.md'),
      [
        '---',
        'title: Kleuren',
        'id: kleuren',
        'language: nl',
        'ui:',
        '  next: Verder',
        '---',
        '',
        '::slide start',
        '',
        '# Welkom',
        '',
        '- Een punt dat',
        '  over twee regels gaat',
        '  - met een punt erin',
        '- Kort',
        '',
        '```',
        'code blijft',
        '```',
        '',
        '| Kleur | Betekenis |',
        '|---|---|',
        '| rood | stop |',
        '',
        '::timer 1:00',
        '',
        '---',
        '',
        '## Tweede',
        '',
        '::video https://youtu.be/dQw4w9WgXcQ Uitleg over kleuren',
        '',
        '::question kleur',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(dir, 'quiz.yaml'),
      [
        '- id: kleur',
        '  type: single',
        '  prompt: Welke kleur?',
        '  options:',
        '    - Rood',
        '    - text: Groen',
        '      correct: true',
        '  feedback:',
        '    correct: Goed',
        '- id: koppel',
        '  type: match',
        '  prompt: Koppel',
        '  pairs:',
        '    rood: stop',
        '    groen: rijden',
        '- id: woord',
        '  type: fill-in',
        '  prompt: Welk woord?',
        '  answers: ja',
        '- id: getal',
        '  type: numeric',
        '  prompt: Hoeveel?',
        '  answer: 5',
        '  unit: graden',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('finds headings, list items, tables, the ui texts and every question text; code and directives are not texts', async () => {
    const { units } = await textsOf(dir);
    expect(units.map((u) => [u.id, u.source])).toEqual([
      ['lesson.title', 'Kleuren'],
      ['ui.next', 'Verder'],
      ['slide.start.1', 'Welkom'],
      ['slide.start.2', 'Een punt dat\nover twee regels gaat\n- met een punt erin'],
      ['slide.start.3', 'Kort'],
      ['slide.start.4', '| Kleur | Betekenis |\n|---|---|\n| rood | stop |'],
      ['slide.2.1', 'Tweede'],
      ['slide.2.2', 'Uitleg over kleuren'],
      ['question.kleur.prompt', 'Welke kleur?'],
      ['question.kleur.option.1', 'Rood'],
      ['question.kleur.option.2', 'Groen'],
      ['question.kleur.feedback.correct', 'Goed'],
      ['question.koppel.prompt', 'Koppel'],
      ['question.koppel.term.1', 'rood'],
      ['question.koppel.match.1', 'stop'],
      ['question.koppel.term.2', 'groen'],
      ['question.koppel.match.2', 'rijden'],
      ['question.woord.prompt', 'Welk woord?'],
      ['question.woord.answer.1', 'ja'],
      ['question.getal.prompt', 'Hoeveel?'],
      ['question.getal.unit', 'graden'],
    ]);
  });

  it('puts translations back in place: list lines keep their indent, a translation that reads as YAML stays text', async () => {
    const texts = await textsOf(dir);
    const byId = new Map<string, Unit>(texts.units.map((u) => [u.id, u]));
    byId.get('slide.start.1')!.put('Willkommen');
    byId.get('slide.start.2')!.put('Ein Punkt, der\nüber zwei Zeilen geht\n- mit einem Punkt darin');
    byId.get('question.woord.answer.1')!.put('true');
    byId.get('question.koppel.term.1')!.put('rot: hell');
    byId.get('question.kleur.option.1')!.put('# Rot');
    byId.get('slide.2.2')!.put('Erklärung der Farben');
    texts.retag('de', 'kleuren-de');
    const written = texts.written();
    const md = written.get('lesson.md')!;
    expect(md).toContain(
      '# Willkommen\n\n- Ein Punkt, der\n  über zwei Zeilen geht\n  - mit einem Punkt darin\n- Kort\n',
    );
    expect(md).toContain('::slide start\n');
    expect(md).toContain('::timer 1:00\n');
    expect(md).toContain('::video https://youtu.be/dQw4w9WgXcQ Erklärung der Farben\n');
    expect(md).toContain('```\ncode blijft\n```');
    expect(md.split('---\n')[1]).toBe('title: Kleuren\nid: kleuren-de\nlanguage: de\nui:\n  next: Verder\n');
    const quiz = parse(written.get('quiz.yaml')!) as Array<Record<string, unknown>>;
    expect(quiz[2]!.answers).toBe('true');
    expect(Object.keys(quiz[1]!.pairs as object)).toEqual(['rot: hell', 'groen']);
    expect((quiz[0]!.options as unknown[])[0]).toBe('# Rot');
  });
});

describe('a new export over an earlier file', () => {
  const unit = (id: string, source: string): Unit => ({
    id,
    source,
    shape: 'markdown',
    note: 'n',
    ref: 'lesson.md:1',
    put: () => undefined,
  });
  const entry = (id: string, source: string, target: string) => ({
    id,
    source,
    target,
    state: 'translated' as const,
    note: 'n',
    ref: 'lesson.md:1',
  });

  it('keeps a translation, marks one whose source changed to review with the earlier source, leaves a new text empty', () => {
    const merged = merge(
      [unit('a', 'Hallo'), unit('b', 'Nieuw woord'), unit('c', 'Verplaatst'), unit('d', 'Helemaal nieuw')],
      [entry('a', 'Hallo', 'Hallo!'), entry('b', 'Oud woord', 'Altes Wort'), entry('x', 'Verplaatst', 'Verschoben')],
    );
    expect(merged.entries.map((e) => [e.id, e.target, e.state, e.previous])).toEqual([
      ['a', 'Hallo!', 'translated', undefined],
      ['b', 'Altes Wort', 'review', 'Oud woord'],
      ['c', 'Verschoben', 'translated', undefined],
      ['d', '', 'new', undefined],
    ]);
    expect([merged.kept, merged.review, merged.fresh]).toEqual([2, 1, 1]);
  });
});
