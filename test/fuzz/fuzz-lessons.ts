// Fuzz cases for the compiler: a valid lesson folder (a fixture or the shipped lesson) with its
// lesson.md and quiz.yaml mutated or replaced by random text, written into a scratch copy of the
// folder (assets included, so image references can resolve). Plus the one property every
// compiler outcome must have, whatever the input.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { CODES } from '../../src/compiler/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/compiler/diagnostics/diagnostics.js';
import { ROOT } from '../helpers/cli.js';
import { fileMutationArb, mutate, randomFileArb, randomFrontMatterArb } from './lesson-mutations.js';

/** Fixed unless FUZZ_SEED is set: CI runs the same cases every time; a developer explores with another seed. */
export const SEED = process.env.FUZZ_SEED === undefined ? 20_240_606 : Number(process.env.FUZZ_SEED);

/** Multiplies the number of runs (FUZZ_SCALE=20 for a long local session). */
export const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export const FIXTURES = ['test/fixtures/valid-minimal', 'test/fixtures/player-all-types', 'lesson'] as const;
export type Fixture = (typeof FIXTURES)[number];

export interface LessonCase {
  fixture: Fixture;
  lessonMd: string;
  /** null: the lesson folder has no quiz.yaml. */
  quizYaml: string | null;
}

export interface Originals {
  lessonMd: string;
  quizYaml: string;
}

export async function readOriginals(): Promise<Map<Fixture, Originals>> {
  const read = (fixture: Fixture, file: string) => readFile(join(ROOT, fixture, file), 'utf8');
  const entries = await Promise.all(
    FIXTURES.map(
      async (f) => [f, { lessonMd: await read(f, 'lesson.md'), quizYaml: await read(f, 'quiz.yaml') }] as const,
    ),
  );
  return new Map(entries);
}

function mutatedCase(fixture: Fixture, original: Originals): fc.Arbitrary<LessonCase> {
  return fc.array(fileMutationArb, { minLength: 1, maxLength: 5 }).map((mutations) => {
    let { lessonMd, quizYaml } = original;
    for (const { file, region, mutation } of mutations) {
      if (file === 'lesson.md') lessonMd = mutate(lessonMd, region, mutation);
      else quizYaml = mutate(quizYaml, 'file', mutation);
    }
    return { fixture, lessonMd, quizYaml };
  });
}

function randomCase(fixture: Fixture, original: Originals): fc.Arbitrary<LessonCase> {
  return fc.record({
    fixture: fc.constant(fixture),
    lessonMd: fc.oneof(randomFrontMatterArb, randomFileArb, fc.constant(original.lessonMd)),
    quizYaml: fc.oneof(randomFileArb, fc.constant(original.quizYaml), fc.constant(null)),
  });
}

/** Mostly mutations of a valid lesson (they reach the deep stages), some wholly random files. */
export function lessonCaseArb(originals: Map<Fixture, Originals>): fc.Arbitrary<LessonCase> {
  return fc.constantFrom(...FIXTURES).chain((fixture) => {
    const original = originals.get(fixture)!;
    return fc.oneof(
      { arbitrary: mutatedCase(fixture, original), weight: 4 },
      { arbitrary: randomCase(fixture, original), weight: 1 },
    );
  });
}

/** Scratch copies of every fixture under one temp folder: <root>/<n>/lesson/. */
export interface Workspace {
  root: string;
  /** Writes the case into its fixture's copy; returns the cwd and lesson folder to build. */
  write(c: LessonCase): Promise<{ cwd: string; lessonDir: string }>;
  remove(): Promise<void>;
}

export async function workspace(): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'scormdown-fuzz-'));
  await Promise.all(FIXTURES.map((f, i) => cp(join(ROOT, f), join(root, String(i), 'lesson'), { recursive: true })));
  return {
    root,
    async write(c) {
      const cwd = join(root, String(FIXTURES.indexOf(c.fixture)));
      const lessonDir = join(cwd, 'lesson');
      await writeFile(join(lessonDir, 'lesson.md'), c.lessonMd);
      if (c.quizYaml === null) await rm(join(lessonDir, 'quiz.yaml'), { force: true });
      else await writeFile(join(lessonDir, 'quiz.yaml'), c.quizYaml);
      return { cwd, lessonDir: 'lesson' };
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** What is wrong with the diagnostics of one outcome ([] when nothing): each names a file of the
 *  lesson and a line and column that exist (a line may be one past the end: "at the end of the file"). */
export function diagnosticProblems(diagnostics: Diagnostic[], c: LessonCase): string[] {
  const lineCount = (file: string): number | undefined => {
    if (file === 'lesson/lesson.md') return c.lessonMd.split(/\r\n?|\n/).length;
    if (file === 'lesson/quiz.yaml' && c.quizYaml !== null) return c.quizYaml.split(/\r\n?|\n/).length;
    return undefined;
  };
  return diagnostics.flatMap((d) => {
    const where = `${d.pos.file}:${d.pos.line}:${d.pos.column} ${d.code}`;
    const problems: string[] = [];
    if (!(d.code in CODES)) problems.push(`unknown code`);
    if (typeof d.message !== 'string' || d.message.trim() === '') problems.push('no message');
    if (typeof d.pos.file !== 'string' || !d.pos.file.startsWith('lesson/')) problems.push('not a file of the lesson');
    if (!Number.isInteger(d.pos.line) || d.pos.line < 1) problems.push('line is not >= 1');
    if (!Number.isInteger(d.pos.column) || d.pos.column < 1) problems.push('column is not >= 1');
    const lines = lineCount(d.pos.file);
    if (lines !== undefined && d.pos.line > lines + 1) problems.push(`line past the end (${lines} lines)`);
    return problems.map((p) => `${where}: ${p}`);
  });
}
