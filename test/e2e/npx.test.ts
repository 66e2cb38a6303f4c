// The commands as the README and the tool print them, run through npx exactly as a teacher types
// them in this folder after `npm install`: `npx scormdown --version`, then `npx scormdown new`, and
// the preview and build command lines it prints, copied from its output and run by a shell.

import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toolVersion } from '../../src/compiler/paths.js';
import { previewAddress } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
/** npx asks before downloading a package it cannot find: never here, scormdown is this folder's own bin.
 *  npx installs this folder into its cache as file:<folder> and would run its `prepare` (the
 *  compile) there, rewriting lib/ under the other test files that run the CLI at the same moment
 *  (a chunk gone: ERR_MODULE_NOT_FOUND); lib/ is compiled already, as after a teacher's npm install. */
const ENV = {
  ...process.env,
  npm_config_yes: 'false',
  npm_config_update_notifier: 'false',
  npm_config_ignore_scripts: 'true',
};

/** A command line as printed, run by the shell in this folder. */
async function shell(line: string): Promise<{ stdout: string; stderr: string }> {
  return run('sh', ['-c', line], { cwd: ROOT, env: ENV });
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-npx-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npx scormdown in this folder', () => {
  it("runs the package's own command: npx scormdown --version", async () => {
    expect((await shell('npx scormdown --version')).stdout).toBe(`${toolVersion()}\n`);
  });

  it('npx scormdown new prints a build and a preview command that work as printed', async () => {
    const folder = relative(ROOT, join(dir, 'les-7'));
    const { stdout } = await shell(`npx scormdown new ${folder} --language nl`);
    const printed = stdout
      .split('\n')
      .filter((line) => line.startsWith('  npx scormdown '))
      .map((line) => line.trim());
    expect(printed).toEqual([`npx scormdown preview ${folder}`, `npx scormdown build ${folder}`]);

    const built = await shell(printed[1] as string);
    expect(built.stdout).toContain('les-7-scorm2004.zip');
    expect((await readdir(join(ROOT, 'dist'))).filter((name) => name.startsWith('les-7-')).sort()).toEqual([
      'les-7-scorm12.zip',
      'les-7-scorm2004.zip',
    ]);

    // Its own process group: Ctrl-C in a terminal reaches npx and the preview under it alike.
    const preview = spawn('sh', ['-c', `exec ${printed[0] as string}`], { cwd: ROOT, env: ENV, detached: true });
    const ended = new Promise((done) => preview.on('exit', done));
    try {
      const url = await previewAddress(preview);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<iframe id="scorm_object"');
    } finally {
      process.kill(-(preview.pid as number), 'SIGINT');
      await ended;
      await rm(join(ROOT, 'dist', 'les-7-scorm12.zip'), { force: true });
      await rm(join(ROOT, 'dist', 'les-7-scorm2004.zip'), { force: true });
    }
  });

  it('is how the README writes every command (plain `scormdown` answers "command not found" before `npm link`), but where it says how to install it', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    expect(readme.match(/npx scormdown (build|new|preview)\b/g)?.length).toBeGreaterThan(5);
    // Plain `scormdown ...` only in the paragraph that installs it as a command (npm-pack.test.ts runs that).
    const plain = readme.split('\n\n').filter((p) => /(?<!npx )\bscormdown (build|new|preview)\b/.test(p));
    expect(plain).toHaveLength(1);
    expect(plain[0]).toContain('npm install -g');
  });
});
