// Mutated and random lessons through the compiler, in process: whatever an author's files hold,
// the compiler answers with a lesson (packages) or with diagnostics that point at a file, a line
// and a column, never both, and it never throws. A case that takes longer than CASE_LIMIT counts
// as a hang (fast-check's per-run timeout), not as slow.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/compiler/diagnostics/diagnostics.js';
import { loadLesson } from '../../src/compiler/load-lesson.js';
import { buildPackages } from '../../src/compiler/pipeline.js';
import {
  diagnosticProblems,
  lessonCaseArb,
  readOriginals,
  SCALE,
  SEED,
  workspace,
  type Fixture,
  type Originals,
  type Workspace,
} from './fuzz-lessons.js';

const CASE_LIMIT = 10_000;

let originals: Map<Fixture, Originals>;
let space: Workspace;

beforeAll(async () => {
  [originals, space] = await Promise.all([readOriginals(), workspace()]);
});
afterAll(() => space.remove());

describe('compiler fuzzing (mutated and random lesson.md, quiz.yaml, front matter)', () => {
  it(
    'loadLesson gives a lesson or diagnostics with file:line:column, never throws',
    async () => {
      const outcomes = { lessons: 0, errors: 0 };
      await fc.assert(
        fc.asyncProperty(lessonCaseArb(originals), async (c) => {
          const { cwd, lessonDir } = await space.write(c);
          const { lesson, diagnostics } = await loadLesson(lessonDir, cwd);
          expect(diagnosticProblems(diagnostics, c)).toEqual([]);
          expect(lesson === null).toBe(hasErrors(diagnostics));
          if (lesson !== null) expect(lesson.slides.length).toBeGreaterThan(0);
          outcomes[lesson === null ? 'errors' : 'lessons']++;
        }),
        { numRuns: 400 * SCALE, seed: SEED, timeout: CASE_LIMIT, endOnFailure: true },
      );
      // Both outcomes were exercised: the mutations neither always break the lesson nor never do.
      expect(outcomes.lessons).toBeGreaterThan(0);
      expect(outcomes.errors).toBeGreaterThan(0);
    },
    60_000 * SCALE,
  );

  it(
    'buildPackages gives every package or none, with diagnostics, never throws',
    async () => {
      await fc.assert(
        fc.asyncProperty(lessonCaseArb(originals), async (c) => {
          const { cwd, lessonDir } = await space.write(c);
          const { packages, diagnostics } = await buildPackages(lessonDir, ['1.2', '2004'], cwd);
          expect(diagnosticProblems(diagnostics, c)).toEqual([]);
          if (hasErrors(diagnostics)) expect(packages).toBeNull();
          else expect(packages?.map((p) => p.version)).toEqual(['1.2', '2004']);
          for (const p of packages ?? []) expect([...p.files.keys()]).toContain('imsmanifest.xml');
        }),
        { numRuns: 15 * SCALE, seed: SEED + 1, timeout: CASE_LIMIT, endOnFailure: true },
      );
    },
    60_000 * SCALE,
  );
});
