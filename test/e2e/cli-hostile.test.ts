// Issue 12 through the built CLI (lib/scormdown.js): odd but possible lessons end in an ordinary
// diagnostic and exit code, never a stack trace (exit 70), and a lesson with errors writes nothing.

import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/compiler/diagnostics/errors.js';
import { ROOT, scormdown } from '../helpers/cli.js';

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
      ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'].map(
        (k, i) => `lesson/lesson.md:${6 + i}:1 META_UNKNOWN_KEY warning: unknown front matter key "${k}"`,
      ),
    );
    expect(await readdir(join(dir, 'dist'))).toHaveLength(2);
  });

  it('refuses a control character in the description at its column, and writes nothing', async () => {
    await frontMatter('description: "Les\u0001 zeven"\n');
    const { code, stderr, stdout } = await scormdown(['build', 'lesson'], dir);
    expect({ code, stdout }).toEqual({ code: EXIT.lessonErrors, stdout: '' });
    expect(stderr).toContain(
      "lesson/lesson.md:6:18 TEXT_INVISIBLE_CHAR error: description holds U+0001 control character, a character no one can see and the package's manifest cannot hold",
    );
    expect(stderr).toContain('1 error: nothing written.');
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

describe('large and long lessons through the CLI', () => {
  it('130,000 duplicate slide names: 20 of them printed and a count, exit 1, nothing written', async () => {
    const slides = Array.from({ length: 130_000 }, () => '## s\n\n::slide same').join('\n\n---\n\n');
    await writeFile(join(dir, 'lesson', 'lesson.md'), `---\ntitle: T\nid: big\n---\n\n${slides}\n`);
    await rm(join(dir, 'lesson', 'quiz.yaml'));
    const { code, stderr } = await scormdown(['build', 'lesson'], dir);
    expect(code).toBe(EXIT.lessonErrors);
    const lines = stderr.split('\n');
    expect(lines.filter((l) => / SLIDE_ID_DUPLICATE error: /.test(l))).toHaveLength(20);
    expect(lines.slice(-4, -1)).toEqual([
      '... and 129,979 more SLIDE_ID_DUPLICATE error(s) not shown',
      '',
      '129,999 errors: nothing written. Fix the lines above and build again.',
    ]);
    expect(await written()).toEqual([]);
  });

  it('refuses a lesson id of 230 characters at the id, writing nothing', async () => {
    const path = join(dir, 'lesson', 'lesson.md');
    await writeFile(path, (await readFile(path, 'utf8')).replace('id: minimal.lesson-1', `id: ${'x'.repeat(230)}`));
    const { code, stderr } = await scormdown(['build', 'lesson'], dir);
    expect(code).toBe(EXIT.lessonErrors);
    expect(stderr).toContain(
      'lesson/lesson.md:3:5 META_ID_TOO_LONG error: id is 230 characters long; it names the zip files, and a file name can take 120 here',
    );
    expect(await written()).toEqual([]);
  });
});

describe('built-in member names where the format forbids them, through the CLI', () => {
  it('are ordinary errors, exit 1, and nothing is written', async () => {
    const path = join(dir, 'lesson', 'lesson.md');
    await writeFile(
      path,
      (await readFile(path, 'utf8'))
        .replace('id: minimal.lesson-1', 'id: __proto__')
        .replace('::question eerste', '::question eerste\n\n::slide __defineGetter__'),
    );
    const { code, stderr, stdout } = await scormdown(['build', 'lesson'], dir);
    expect({ code, stdout }).toEqual({ code: EXIT.lessonErrors, stdout: '' });
    expect(stderr.split('\n').filter((l) => l.startsWith('lesson/'))).toEqual([
      'lesson/lesson.md:3:5 META_ID_INVALID error: id "__proto__" is not a valid lesson id',
      'lesson/lesson.md:33:9 SLIDE_ID_INVALID error: "__defineGetter__" is not a slide id',
    ]);
    expect(await written()).toEqual([]);
  });
});
