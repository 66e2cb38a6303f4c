// Installed like any tool: the package `npm pack` makes installs with `npm install -g` into a temporary
// prefix, and from an empty folder of the teacher's its `scormdown new` writes a lesson whose printed
// commands (plain `scormdown`, not `npx`) build it, with nothing downloaded at run time.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
let work = '';

/** The environment of a teacher's terminal: no npm around the command (npm test sets npm_* here). */
function teacherEnv(prefix: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  return { ...env, PATH: `${join(prefix, 'bin')}:/usr/local/bin:/usr/bin:/bin`, FORCE_COLOR: undefined };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scormdown-pack-'));
  // lib/ is compiled already (npm test compiles first): the package is packed as it is.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], {
    cwd: ROOT,
  });
  const tarball = join(work, stdout.trim().split('\n').at(-1)!);
  await run(
    'npm',
    ['install', '-g', '--prefix', join(work, 'prefix'), '--prefer-offline', '--no-audit', '--no-fund', tarball],
    {
      cwd: work,
    },
  );
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('scormdown installed from npm pack', () => {
  it('starts a lesson in an empty folder and builds it with the commands it prints', async () => {
    const docs = join(work, 'Documenten');
    await mkdir(docs);
    const env = teacherEnv(join(work, 'prefix'));
    const { stdout } = await run('scormdown', ['new', 'les-1', '--language', 'nl'], { cwd: docs, env });
    const printed = stdout
      .split('\n')
      .filter((line) => line.startsWith('  scormdown '))
      .map((line) => line.trim());
    expect(printed).toEqual(['scormdown preview les-1', 'scormdown build les-1']);
    const [command, ...args] = printed[1]!.split(' ');
    const built = await run(command!, args, { cwd: docs, env });
    expect(built.stdout).toContain('les-1-scorm12.zip');
    expect((await readdir(join(docs, 'dist'))).sort()).toEqual(['les-1-scorm12.zip', 'les-1-scorm2004.zip']);
  });
});
