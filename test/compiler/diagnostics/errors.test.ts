// The exit-code table and the typed errors of errors.ts: what a script calling scormdown relies on
// (one code per kind of outcome, the codes the README documents) and how file-system failures become
// ReadError or WriteError while a bug stays a bug.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXIT,
  ExistsError,
  exitCode,
  failedRead,
  failedWrite,
  hintOf,
  PortInUseError,
  ReadError,
  readSync,
  UsageError,
  WriteError,
} from '../../../src/compiler/diagnostics/errors.js';
import { ROOT } from '../../helpers/cli.js';
import { WORDS } from '../../../src/compiler/words/words.js';

describe('the exit codes', () => {
  it('are distinct, so a script can tell every outcome apart', () => {
    const codes = Object.values(EXIT);
    expect(new Set(codes).size).toBe(codes.length);
    expect(EXIT.ok).toBe(0);
  });

  it('are the ones the README documents, row for row', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('| exit code |'));
    const rows = [...section.matchAll(/^\| (\d+) \| `(\w+)` \|/gm)].map((m) => [m[2], Number(m[1])]);
    expect(Object.fromEntries(rows)).toEqual(EXIT);
  });

  it('belong to each kind of failure', () => {
    expect(exitCode(new UsageError(() => 'no command given'))).toBe(EXIT.usage);
    expect(exitCode(new ReadError('/l/a.png', 'EISDIR'))).toBe(EXIT.read);
    expect(exitCode(new WriteError('/l/dist', 'EEXIST'))).toBe(EXIT.write);
    expect(exitCode(new PortInUseError(8080, 'EADDRINUSE'))).toBe(EXIT.portInUse);
    expect(exitCode(new ExistsError(['/l/lesson.md']))).toBe(EXIT.exists);
  });
});

describe('the typed errors', () => {
  it('say read for a read and write for a write, with the path as the author knows it', () => {
    const show = (path: string) => path.replace('/home/t/', '');
    expect(new ReadError('/home/t/lesson/assets/a.mp4', 'ERR_FS_FILE_TOO_LARGE').describe(WORDS.en, show)).toBe(
      'could not read lesson/assets/a.mp4 (ERR_FS_FILE_TOO_LARGE)',
    );
    expect(new WriteError('/home/t/dist', 'EEXIST').describe(WORDS.en, show)).toBe('could not write dist (EEXIST)');
    expect(new ExistsError(['/home/t/a.md', '/home/t/b.yaml']).describe(WORDS.en, show)).toBe(
      'a.md, b.yaml already exist; scormdown new never overwrites a file: nothing written',
    );
    // The command that refused is the one named: `import` writes a lesson folder as `new` does.
    expect(new ExistsError(['/home/t/les/lesson.md'], null, 'import').describe(WORDS.nl, show)).toBe(
      'les/lesson.md bestaat al; scormdown import overschrijft nooit een bestand: niets geschreven',
    );
  });

  it("take a sharper hint from where they are raised, else their kind's", () => {
    expect(hintOf(new WriteError('/x', 'EACCES', () => 'check the folder'))).toBe('check the folder');
    expect(hintOf(new WriteError('/x', 'EACCES'))).toMatch(/^check that the --out folder is a folder you may write to/);
    expect(hintOf(new PortInUseError(80, 'EACCES'))).toMatch(/choose another --port/);
  });

  it('turn a failed file-system call into a ReadError or WriteError of that path, and leave a bug alone', async () => {
    const missing = join(ROOT, 'no-such-file.txt');
    await expect(readFile(missing).catch(failedRead(missing))).rejects.toMatchObject({
      kind: 'read',
      path: missing,
      reason: 'ENOENT',
    });
    await expect(readFile(ROOT).catch(failedWrite(ROOT))).rejects.toMatchObject({
      kind: 'write',
      path: ROOT,
      reason: 'EISDIR',
    });
    const bug = new TypeError('x is undefined');
    await expect(Promise.reject(bug).catch(failedRead(missing))).rejects.toBe(bug);
    expect(() =>
      readSync(missing, (p) => {
        throw Object.assign(new Error('gone'), { code: 'ENOENT', path: p });
      }),
    ).toThrow(new ReadError(missing, 'ENOENT'));
  });
});
