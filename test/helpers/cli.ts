// The built command as a teacher runs it: lib/scormdown.js in a child process. `npm test` compiles
// lib/ first (and test/compiler/pipeline.test.ts fails on a stale lib/), so no test compiles it
// again: rewriting lib/ while other test files run it would race.

import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'lib', 'scormdown.js');

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function scormdown(args: string[], cwd: string): Promise<Outcome> {
  try {
    // As a teacher's pipe sees it: no colour, whatever the developer's shell asks for (FORCE_COLOR).
    const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
