// Issue 12 through the built CLI (lib/scormdown.js): odd but possible lessons end in an ordinary
// diagnostic and exit code, never a stack trace (exit 70), and a lesson with errors writes nothing.

import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../src/compiler/diagnostics/errors.js';
import { ROOT, scormdown } from './helpers/cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-hostile-'));
  await cp(join(ROOT, 'test', 'fixtures', 'valid-minimal'), join(dir, 'lesson'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function frontMatter(add: string): Promise<void> {
  const path = join(dir, 'lesson', 'lesson.md');
  const text = await readFile(path, 'utf8');
  await writeFile(path, text.replace('passingScore: 50\n', `passingScore: 50\n${add}`));
}

const written = (): Promise<string[]> => readdir(dir).then((names) => names.filter((n) => n !== 'lesson'));

describe('hostile front matter through the CLI', () => {
  it('warns about keys named like Object.prototype members and builds', async () => {
    await frontMatter('constructor: 1\ntoString: 2\n__proto__: 3\nhasOwnProperty: 4\nvalueOf: 5\n');
    const { code, stderr } = await scormdown(['build', 'lesson'], dir);
    expect(code).toBe(EXIT.ok);
    expect(stderr.split('\n').filter((l) => l.startsWith('lesson/'))).toEqual(
      ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'].map((k, i) =>
        `lesson/lesson.md:${6 + i}:1 META_UNKNOWN_KEY warning: unknown front matter key "${k}"`));
    expect(await readdir(join(dir, 'dist'))).toHaveLength(2);
  });

  it('refuses a control character in the description at its column, and writes nothing', async () => {
    await frontMatter('description: "Les\u0001 zeven"\n');
    const { code, stderr, stdout } = await scormdown(['build', 'lesson'], dir);
    expect({ code, stdout }).toEqual({ code: EXIT.lessonErrors, stdout: '' });
    expect(stderr).toContain("lesson/lesson.md:6:18 TEXT_INVISIBLE_CHAR error: description holds U+0001 control character, a character no one can see and the package's manifest cannot hold");
    expect(stderr).toContain('1 error(s): nothing written.');
    expect(await written()).toEqual([]);
  });

  it('replaces a vertical tab by a space with a warning, and builds', async () => {
    await frontMatter('description: "Les\u000bzeven"\n');
    const { code, stderr } = await scormdown(['build', 'lesson'], dir);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toContain('lesson/lesson.md:6:18 TEXT_CHAR_REPLACED warning: description holds U+000B vertical tab');
  });

  it('`new --title` refuses a character no one can see, writing nothing', async () => {
    const { code, stderr } = await scormdown(['new', 'fresh', '--title', 'Les\u001b7'], dir);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('scormdown: --title holds U+001B escape, a character no one can see');
    expect(await written()).toEqual([]);
  });
});
