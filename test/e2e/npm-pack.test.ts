// Installed like any tool: the package `npm pack` makes installs with `npm install -g` into a temporary
// prefix, and from an empty folder of the teacher's its `scormdown new` writes a lesson whose printed
// commands (plain `scormdown`, not `npx`) build it, with nothing downloaded at run time. It also
// installs from the tarball alone, without the network and with an empty npm cache: everything but
// esbuild is inside it, and esbuild is optional (without it every lesson gets the every-feature player).

import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewAddress } from '../helpers/cli.js';
import { readZip } from '../helpers/unzip.js';

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
  const install = (prefix: string, ...how: string[]) =>
    run('npm', ['install', '-g', '--prefix', join(work, prefix), '--no-audit', '--no-fund', ...how, tarball], {
      cwd: work,
    });
  await install('prefix', '--prefer-offline');
  await mkdir(join(work, 'empty-cache'));
  await install('prefix-offline', '--offline', '--cache', join(work, 'empty-cache'));
}, 300_000);

/** `scormdown new` in an empty folder, then the build command it printed; the 1.2 zip's player.js. */
async function newLessonBuilt(prefix: string, folder: string): Promise<Buffer> {
  const docs = join(work, folder);
  await mkdir(docs);
  const env = teacherEnv(join(work, prefix));
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
  const zip = readZip(await readFile(join(docs, 'dist', 'les-1-scorm12.zip')));
  return zip.find((entry) => entry.name === 'player.js')!.data;
}

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('scormdown installed from npm pack', () => {
  it('starts a lesson in an empty folder and builds it with the commands it prints', async () => {
    await newLessonBuilt('prefix', 'Documenten');
  });

  it('installed from the tarball without the network: the same lesson builds, with the every-feature player', async () => {
    expect(await readdir(join(work, 'prefix-offline', 'lib', 'node_modules', 'scormdown'))).not.toContain(
      'node_modules',
    );
    const own = await newLessonBuilt('prefix', 'Documenten-2');
    const every = await newLessonBuilt('prefix-offline', 'Documenten-offline');
    expect(every.length).toBeGreaterThan(own.length);
    const prebuilt = await readFile(
      join(work, 'prefix-offline', 'lib', 'node_modules', 'scormdown', 'lib', 'player-scorm12.js'),
    );
    expect(every.equals(prebuilt)).toBe(true);
  });

  it('installed without the network, its preview serves the stand-in LMS and scorm-again from the package', async () => {
    const docs = join(work, 'Documenten-offline');
    const env = teacherEnv(join(work, 'prefix-offline'));
    const preview = spawn('scormdown', ['preview', 'les-1'], { cwd: docs, env, detached: true });
    let stderr = '';
    preview.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = new Promise((done) => preview.on('exit', done));
    try {
      const url = await previewAddress(preview);
      expect(await (await fetch(url)).text()).toContain('<iframe id="scorm_object"');
      const scormAgain = await (await fetch(`${url}preview/scorm-again.js`)).text();
      expect(scormAgain).toContain('this.Scorm12API=');
      expect(scormAgain).toContain('this.Scorm2004API=');
    } finally {
      // Gone already is a failure told by its stderr below, not a second error here.
      if (preview.exitCode === null && preview.signalCode === null) process.kill(-(preview.pid as number), 'SIGINT');
      await ended;
    }
    expect(stderr).toBe('');
  });
});
