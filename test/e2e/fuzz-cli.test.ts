// A handful of mutated lessons through the built CLI, as a teacher runs it (`npm test` compiles
// lib/ first): exit 0 with both zips, or exit 1 with file:line:column diagnostics and an output
// folder left without a single file (no partial zip, no temporary); never a stack trace, never
// another exit code. A run that does not end within RUN_LIMIT is killed and counts as a hang.

import { execFile } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, type Outcome } from '../helpers/cli.js';
import {
  lessonCaseArb,
  readOriginals,
  SCALE,
  SEED,
  workspace,
  type Fixture,
  type Originals,
  type Workspace,
} from '../fuzz/fuzz-lessons.js';

const RUN_LIMIT = 30_000;
const run = promisify(execFile);

/** Like test/helpers/cli.ts's scormdown(), with a kill after RUN_LIMIT. */
async function scormdownBounded(args: string[], cwd: string): Promise<Outcome & { killed: boolean }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args, '--lang', 'en'], { cwd, timeout: RUN_LIMIT });
    return { code: 0, stdout, stderr, killed: false };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, killed: e.killed === true };
  }
}

const filesIn = (dir: string): Promise<string[]> => readdir(dir).catch(() => []);

// A stack frame (`    at fn (file:1:2)`), a thrown error's name at the start of a line, Node's internals.
const STACK = /^\s+at .+|^\w*Error\b|node:internal/m;
const DIAGNOSTIC = /^lesson\/[^\s:]+:\d+:\d+ [A-Z_]+ error: /m;

let originals: Map<Fixture, Originals>;
let space: Workspace;

beforeAll(async () => {
  [originals, space] = await Promise.all([readOriginals(), workspace()]);
});
afterAll(() => space.remove());

describe('compiler fuzzing through the built CLI', () => {
  it('exits 0 with both zips or 1 with diagnostics and nothing written; never a stack trace', async () => {
    const codes: number[] = [];
    await fc.assert(
      fc.asyncProperty(lessonCaseArb(originals), async (c) => {
        const { cwd, lessonDir } = await space.write(c);
        const out = join(cwd, 'out');
        await rm(out, { recursive: true, force: true });
        const result = await scormdownBounded(['build', lessonDir, '--out', 'out'], cwd);
        expect(result.killed).toBe(false);
        expect(result.stderr).not.toMatch(STACK);
        expect([0, 1]).toContain(result.code);
        codes.push(result.code);
        const written = (await filesIn(out)).sort();
        if (result.code === 1) {
          expect(result.stderr).toMatch(DIAGNOSTIC);
          expect(written).toEqual([]);
        } else {
          expect(written).toHaveLength(2);
          expect(written.every((name) => /-scorm(12|2004)\.zip$/.test(name))).toBe(true);
        }
      }),
      { numRuns: 6 * SCALE, seed: SEED + 2, endOnFailure: true },
    );
    expect(codes).toContain(1);
  });
});
