// Issue 12, class 1: an author's word that is the name of a built-in object member (`constructor`,
// `toString`, `__proto__`, ...) is an ordinary word. A lesson whose front-matter keys, question ids,
// slide names, option texts, pair terms and file names are every Object.prototype member name the
// format allows builds (unknown keys are warnings), and the same names where the format forbids them
// are ordinary diagnostics, never a crash.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUESTION_ID } from '../../src/compiler/front/parse-quiz.js';
import { mediaKind } from '../../src/compiler/markdown/media-kind.js';
import { buildPackages } from '../../src/compiler/pipeline.js';
import { manifestErrors } from '../xsd/validate.js';

const NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"/>';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-proto-'));
  await mkdir(join(dir, 'assets'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function lessonMd(ids: readonly string[]): string {
  const keys = NAMES.map((n) => `${n}: x`).join('\n');
  const pictures = NAMES.map((n) => `![${n}](assets/${n}.svg) ![${n}](assets/a.${n})`).join('\n');
  const slides = ids.map((id) => `## ${id}\n\n::slide ${id}\n\n::question ${id}`).join('\n\n---\n\n');
  return `---\ntitle: Prototype names\nid: proto\n${keys}\n---\n\n# Start\n\n${pictures}\n\n---\n\n${slides}\n`;
}

function quizYaml(ids: readonly string[]): string {
  const options = NAMES.slice(0, 26)
    .map((n, i) => `    - text: "${n}"${i === 0 ? '\n      correct: true' : ''}`)
    .join('\n');
  const pairs = NAMES.slice(0, 26)
    .map((n) => `    "${n}": "${n}"`)
    .join('\n');
  return ids
    .map((id, i) =>
      i % 2 === 0
        ? `- id: ${id}\n  type: single\n  prompt: "${id}"\n  options:\n${options}\n`
        : `- id: ${id}\n  type: match\n  prompt: "${id}"\n  pairs:\n${pairs}\n`,
    )
    .join('');
}

describe('Object.prototype member names written by an author', () => {
  it('build a lesson with every such name as key, id, slide name, option and file name', async () => {
    const ids = NAMES.filter((n) => QUESTION_ID.test(n));
    expect(ids).toContain('constructor');
    await writeFile(join(dir, 'lesson.md'), lessonMd(ids));
    await writeFile(join(dir, 'quiz.yaml'), quizYaml(ids));
    for (const n of NAMES) {
      await writeFile(join(dir, 'assets', `${n}.svg`), SVG);
      await writeFile(join(dir, 'assets', `a.${n}`), SVG);
    }
    const { diagnostics, packages } = await buildPackages(dir, ['1.2', '2004'], dir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Every front-matter key is an unknown key with its ordinary warning, at its own line.
    const unknown = diagnostics.filter((d) => d.code === 'META_UNKNOWN_KEY');
    expect(unknown.map((d) => [d.pos.line, d.message])).toEqual(
      NAMES.map((n, i) => [4 + i, expect.stringContaining(`unknown front matter key "${n}"`)]),
    );
    expect(diagnostics.filter((d) => d.code !== 'META_UNKNOWN_KEY')).toEqual([]);
    for (const p of packages ?? []) {
      expect(p.data.questions.map((q) => q.id)).toEqual(ids);
      expect([...p.files.keys()]).toEqual(expect.arrayContaining(NAMES.map((n) => `assets/a.${n}`)));
      expect(await manifestErrors(p.files, p.version)).toEqual([]);
    }
    expect(packages?.length).toBe(2);
  });

  it('gives a did-you-mean for a misspelt key, not a crash', async () => {
    await writeFile(
      join(dir, 'lesson.md'),
      '---\ntitle: T\nid: t\n__proto__: x\nconstructor: y\ntitel: z\n---\n\n# A\n',
    );
    const { diagnostics, packages } = await buildPackages(dir, ['1.2'], dir);
    expect(diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.message])).toEqual([
      ['META_UNKNOWN_KEY', 4, 1, 'unknown front matter key "__proto__"'],
      ['META_UNKNOWN_KEY', 5, 1, 'unknown front matter key "constructor"'],
      ['META_UNKNOWN_KEY', 6, 1, 'unknown front matter key "titel"; did you mean "title"?'],
    ]);
    expect(packages?.[0]?.data.title).toBe('T');
  });

  it('are no media kind as a file extension', () => {
    for (const n of NAMES) expect(mediaKind(`assets/a.${n}`)).toBeNull();
  });

  it('are ordinary diagnostics where the format forbids them', async () => {
    await writeFile(
      join(dir, 'lesson.md'),
      '---\ntitle: T\nid: __proto__\n---\n\n# A\n\n::slide __proto__\n\n::question __defineGetter__\n',
    );
    await writeFile(join(dir, 'quiz.yaml'), '- id: __proto__\n  type: open\n  prompt: P\n');
    const { diagnostics, packages } = await buildPackages(dir, ['1.2'], dir);
    expect(packages).toBeNull();
    expect(diagnostics.map((d) => `${d.pos.line}:${d.pos.column} ${d.code}`)).toEqual(
      expect.arrayContaining(['3:5 META_ID_INVALID', '8:9 SLIDE_ID_INVALID', '1:7 QUIZ_ID_INVALID']),
    );
  });
});
