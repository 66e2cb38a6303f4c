// A lesson folder made for a test of `scormdown questions`: a quiz.yaml as given, placed with `::quiz`,
// and the files it shows; and the file made of it, parsed as Moodle's importers read it.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, expect } from 'vitest';
import type { Diagnostic } from '../../../src/compiler/diagnostics/diagnostics.js';
import { makeQuestionsFile, type QuestionsFormat } from '../../../src/compiler/questions/export-questions.js';

/** A new folder for each test of the file, removed after it: the function gives the current one. */
export function tempDir(prefix: string): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** Writes the lesson into `dir`/`name`; `files` are its other files (path in the folder: content). */
export async function bankLesson(
  dir: string,
  name: string,
  quiz: string,
  { files = {}, title = 'Les 2: Water & vuur' }: { files?: Record<string, string | Uint8Array>; title?: string } = {},
): Promise<string> {
  const lesson = join(dir, name);
  await mkdir(lesson, { recursive: true });
  await writeFile(
    join(lesson, 'lesson.md'),
    `---\ntitle: ${JSON.stringify(title)}\nid: ${name}\nlanguage: nl\n---\n\n# Welkom\n\n---\n\n::quiz\n`,
  );
  await writeFile(join(lesson, 'quiz.yaml'), quiz);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(lesson, path)), { recursive: true });
    await writeFile(join(lesson, path), content);
  }
  return lesson;
}

/** The file's text and what was said, for a lesson without errors. */
export async function made(lesson: string, format: QuestionsFormat): Promise<{ text: string; said: Diagnostic[] }> {
  const out = await makeQuestionsFile({ lessonDir: lesson, format, out: null, cwd: dirname(lesson) });
  expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { text: out.file!.text, said: out.diagnostics };
}

export type Node = Record<string, unknown>;

/** Moodle XML as a tree: every element that may repeat is a list, attributes are `@_name`, text is
 *  `#text` (or the value itself when an element holds only text), nothing trimmed or converted. */
export function parseXml(text: string): Node {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ['question', 'answer', 'subquestion', 'file', 'unit'].includes(name),
  }).parse(text, true) as Node;
}

/** The questions of a parsed file, the category first. */
export const questionsOf = (xml: Node): Node[] => (xml.quiz as Node).question as Node[];

/** The text of a `<tag><text>` element ('' for an empty one). */
export function textOf(node: unknown): string {
  const text = (node as Node | undefined)?.text;
  if (text === undefined || text === '') return '';
  return typeof text === 'string' ? text : String((text as Node)['#text'] ?? '');
}

/** An element's own text. */
export const valueOf = (node: unknown): string =>
  typeof node === 'string' ? node : String((node as Node | undefined)?.['#text'] ?? '');
