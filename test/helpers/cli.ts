// The built command as a teacher runs it: lib/scormdown.js in a child process. `npm test` compiles
// lib/ first (and test/compiler/pipeline.test.ts fails on a stale lib/), so no test compiles it
// again: rewriting lib/ while other test files run it would race.

import { execFile, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { AuthorLanguage } from '../../src/shared/author-language.js';

const run = promisify(execFile);

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'lib', 'scormdown.js');

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Speaking {
  /** `--lang` added to the arguments (default 'en': the tests read English, though the fixtures are
   *  Dutch lessons); null adds none, so the lesson and `env` choose, as for an author. */
  lang?: AuthorLanguage | null;
  /** The locale, e.g. { LANG: 'nl_NL.UTF-8' }; the default is none (C.UTF-8). */
  env?: Record<string, string>;
}

export async function scormdown(args: string[], cwd: string, speaking: Speaking = {}): Promise<Outcome> {
  const { lang = 'en', env: locale = {} } = speaking;
  try {
    // As a teacher's pipe sees it: no colour, whatever the developer's shell asks for (FORCE_COLOR),
    // and the locale the test gives, not the developer's.
    const env = {
      ...process.env,
      FORCE_COLOR: undefined,
      NO_COLOR: undefined,
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      LANG: 'C.UTF-8',
      ...locale,
    };
    const argv = lang === null ? args : [...args, '--lang', lang];
    const { stdout, stderr } = await run(process.execPath, [CLI, ...argv], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The address a started `scormdown preview` prints, once it has printed it; fails when it ends first. */
export function previewAddress(preview: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise<string>((done, fail) => {
    let out = '';
    preview.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (found?.[1]) done(found[1]);
    });
    preview.on('exit', (code) => fail(new Error(`preview ended (${code}) before printing its address:\n${out}`)));
  });
}

/** The slide tool's text export this repository's lesson was made from (`scormdown import` reads it). */
export const SEED = join(ROOT, 'test', 'fixtures', 'seeds', '000_b10594688f87e62d.txt');
