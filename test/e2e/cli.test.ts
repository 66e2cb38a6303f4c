// The built CLI (lib/scormdown.js, compiled by `npm test` from the current source) run as a child process on
// temp copies of the Dutch lesson, as a teacher runs it: exit codes, what is printed, what is on disk.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/compiler/diagnostics/errors.js';
import { ROOT, scormdown } from '../helpers/cli.js';
import { readZip } from '../helpers/unzip.js';

const ZIP12 = 'les6-klachtenafhandeling-scorm12.zip';
const ZIP2004 = 'les6-klachtenafhandeling-scorm2004.zip';

async function edit(path: string, from: string, to: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  await writeFile(path, text.replace(from, to));
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-cli-'));
  await cp(join(ROOT, 'lesson'), join(dir, 'lesson'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scormdown build', () => {
  it('writes both zips into dist/ and prints their paths and sizes', async () => {
    const { code, stdout, stderr } = await scormdown(['build', 'lesson'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect((await readdir(join(dir, 'dist'))).sort()).toEqual([ZIP12, ZIP2004]);
    const kb = async (name: string) => `${((await stat(join(dir, 'dist', name))).size / 1024).toFixed(1)} KB`;
    expect(stdout).toBe(`dist/${ZIP12}  ${await kb(ZIP12)}\ndist/${ZIP2004}  ${await kb(ZIP2004)}\n`);
    const entries = readZip(await readFile(join(dir, 'dist', ZIP2004)));
    expect(entries.map((e) => e.name)).toContain('imsmanifest.xml');
    expect(entries.map((e) => e.name)).toContain('assets/soorten-klachten.svg');
  });

  it('builds one version into the folder given, from the current folder by default', async () => {
    const { code, stdout } = await scormdown(['build', '--scorm', '1.2', '--out=../out'], join(dir, 'lesson'));
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^\\.\\./out/${ZIP12.replace(/\./g, '\\.')}  \\d+\\.\\d KB\\n$`));
    expect(await readdir(join(dir, 'out'))).toEqual([ZIP12]);
  });

  it('gives the same bytes when run twice', async () => {
    await scormdown(['build', 'lesson', '--out', 'a'], dir);
    await scormdown(['build', 'lesson', '--out', 'b'], dir);
    for (const name of [ZIP12, ZIP2004]) {
      expect((await readFile(join(dir, 'a', name))).equals(await readFile(join(dir, 'b', name)))).toBe(true);
    }
  });

  it('prints warnings but still builds', async () => {
    await edit(join(dir, 'lesson', 'lesson.md'), 'navigation: free\n', 'navigation: free\nauthor: Mevrouw de Vries\n');
    const { code, stderr } = await scormdown(['build', 'lesson'], dir);
    expect(code).toBe(0);
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      'lesson/lesson.md:11:1 META_UNKNOWN_KEY warning: unknown front matter key "author"',
      ' 11 | author: Mevrouw de Vries',
      '    | ^',
    ]);
    expect(stderr.split('\n')[3]).toMatch(/^ {2}hint: known keys: title, id, /);
    expect((await readdir(join(dir, 'dist'))).sort()).toEqual([ZIP12, ZIP2004]);
  });
});

describe('scormdown build on a lesson with errors', () => {
  it('exits 1, lists every problem with file:line, and leaves dist/ as it was', async () => {
    await edit(join(dir, 'lesson', 'lesson.md'), 'passingScore: 70', 'passingScore: 170');
    await edit(
      join(dir, 'lesson', 'quiz.yaml'),
      '    - text: Objectieve en subjectieve klachten\n      correct: true\n',
      '    - text: Objectieve en subjectieve klachten\n',
    );
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', ZIP12), 'the zip of yesterday');
    const { code, stdout, stderr } = await scormdown(['build', 'lesson'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const heads = stderr.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line));
    expect(heads.map((line) => line.replace(/:\d+ /, ':COL ').replace(/: .*/, ''))).toEqual([
      'lesson/lesson.md:7:COL META_PASSING_SCORE_RANGE error',
      expect.stringMatching(/^lesson\/quiz\.yaml:\d+:COL QUIZ_NO_CORRECT error$/),
    ]);
    expect(stderr).toContain('hint: ');
    // The author sees the very line to fix, with a caret under the value.
    expect(stderr).toContain(' 7 | passingScore: 170\n   |               ^\n');
    expect(stderr).toContain('2 errors: nothing written.');
    expect(await readdir(join(dir, 'dist'))).toEqual([ZIP12]);
    expect(await readFile(join(dir, 'dist', ZIP12), 'utf8')).toBe('the zip of yesterday');
  });

  it('names the question type or id a teacher probably meant', async () => {
    await edit(join(dir, 'lesson', 'quiz.yaml'), '  type: single\n', '  type: singel\n');
    await edit(join(dir, 'lesson', 'lesson.md'), '::question wat-weet-je-nog', '::question wat-weet-je-nogg');
    const { code, stderr } = await scormdown(['build', 'lesson'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      / QUIZ_UNKNOWN_TYPE error: question "[\w-]+" has unknown type "singel"; did you mean "single"\?\n/,
    );
    expect(stderr).toMatch(
      / QUESTION_NOT_DEFINED error: question "wat-weet-je-nogg" is not in the quiz; did you mean "wat-weet-je-nog"\?\n/,
    );
  });

  it('exits 1 for a folder without a lesson and writes nothing', async () => {
    const { code, stderr } = await scormdown(['build', 'nowhere'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^nowhere\/lesson\.md:1:1 LESSON_FILE_MISSING error: /);
    expect((await readdir(dir)).sort()).toEqual(['lesson']);
  });
});

describe('scormdown build when a file cannot be read or written', () => {
  it('exits with the write code and a hint, not a stack trace, when --out names a file', async () => {
    await writeFile(join(dir, 'dist'), 'a file where the folder should be');
    const { code, stdout, stderr } = await scormdown(['build', 'lesson'], dir);
    expect({ code, stdout }).toEqual({ code: EXIT.write, stdout: '' });
    expect(stderr).toMatch(
      /^scormdown: could not write dist \((EEXIST|ENOTDIR)\)\n {2}hint: check that the --out folder is a folder you may write to/,
    );
    expect(stderr).not.toContain('    at ');
    expect(await readFile(join(dir, 'dist'), 'utf8')).toBe('a file where the folder should be');
  });

  it('exits with the read code, naming the asset, when an asset cannot be read', async () => {
    // The test runs as root, for whom chmod 000 does not stop a read, and a folder or a FIFO in the
    // place of a file is already an ASSET_MISSING diagnostic. A video over 2 GiB is a file that
    // passes every check and that Node cannot read into memory (ERR_FS_FILE_TOO_LARGE): made sparse,
    // it costs no disk space.
    await writeFile(join(dir, 'lesson', 'assets', 'opname.mp4'), '');
    await truncate(join(dir, 'lesson', 'assets', 'opname.mp4'), 2 ** 31 + 1);
    await edit(join(dir, 'lesson', 'lesson.md'), '\n## Opdracht\n', '\n## Opdracht\n\n![Opname](assets/opname.mp4)\n');
    const { code, stdout, stderr } = await scormdown(['build', 'lesson'], dir);
    expect({ code, stdout }).toEqual({ code: EXIT.read, stdout: '' });
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      'scormdown: could not read lesson/assets/opname.mp4 (ERR_FS_FILE_TOO_LARGE)',
      '  hint: check that the file is there, is an ordinary file of at most 2 GiB, and that you may read it',
    ]);
    expect((await readdir(dir)).sort()).toEqual(['lesson']);
  });
});

describe('scormdown preview on a port that is taken', () => {
  let taken: Server | null = null;
  afterEach(async () => {
    await new Promise((done) => (taken ? taken.close(done) : done(undefined)));
    taken = null;
  });

  it('exits with the port code and says which port', async () => {
    const server = createServer();
    taken = server;
    const port = await new Promise<number>((done) => {
      server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port));
    });
    const { code, stdout, stderr } = await scormdown(['preview', 'lesson', '--port', String(port)], dir);
    expect({ code, stdout }).toEqual({ code: EXIT.portInUse, stdout: '' });
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      `scormdown: cannot serve the preview on port ${port} (EADDRINUSE)`,
      '  hint: another program may be using it: choose another --port, or leave it out to take any free port',
    ]);
  });
});

describe('scormdown build on a lesson with an author mistake named by its cause', () => {
  // Every case must stop the build with its own code at file:line:col and write nothing at all.
  async function refused(): Promise<string> {
    const { code, stdout, stderr } = await scormdown(['build', 'lesson'], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect((await readdir(dir)).sort()).toEqual(['lesson']);
    expect(stderr).toMatch(/\n\d+ errors?: nothing written\./);
    return stderr;
  }

  it('an image that is a symbolic link out of the lesson folder', async () => {
    await symlink('/etc/passwd', join(dir, 'lesson', 'assets', 'race.png'));
    await edit(join(dir, 'lesson', 'lesson.md'), '\n## Opdracht\n', '\n## Opdracht\n\n![Race](assets/race.png)\n');
    const stderr = await refused();
    expect(stderr).toMatch(
      /^lesson\/lesson\.md:\d+:9 LINK_OUTSIDE_LESSON error: image "assets\/race\.png" leads outside the lesson folder: "assets\/race\.png" is a link to \/etc\/passwd\n/m,
    );
  });

  it('a tab in quiz.yaml, said once', async () => {
    await edit(join(dir, 'lesson', 'quiz.yaml'), '\n  type: single\n', '\n\ttype: single\n');
    const stderr = await refused();
    const heads = stderr.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line));
    expect(heads).toEqual([
      expect.stringMatching(/^lesson\/quiz\.yaml:\d+:1 YAML_TAB error: this line is indented with a tab/),
    ]);
    expect(stderr).toContain('hint: indent with spaces, not tabs');
  });

  it('a front matter left open above the title slide', async () => {
    await edit(join(dir, 'lesson', 'lesson.md'), '---\n\n# Les 6', '\n# Les 6');
    const stderr = await refused();
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      'lesson/lesson.md:12:1 FRONT_MATTER_UNCLOSED error: the front matter is never closed: a line `---` belongs here, after line 11',
      '  hint: add a line `---` after the last key of the front matter',
    ]);
  });

  it('a background from the internet in a style attribute', async () => {
    await edit(
      join(dir, 'lesson', 'lesson.md'),
      '\n## Opdracht\n',
      '\n## Opdracht\n\n<div style="background:url(https://example.com/bg.jpg)">Let op</div>\n',
    );
    const stderr = await refused();
    expect(stderr).toMatch(
      /^lesson\/lesson\.md:\d+:28 ASSET_REMOTE error: "https:\/\/example\.com\/bg\.jpg" is loaded from the internet\n/m,
    );
  });

  it('a missing image, with the file that is there', async () => {
    await edit(join(dir, 'lesson', 'lesson.md'), '](assets/soorten-klachten.svg)', '](assets/soorten.svg)');
    const stderr = await refused();
    expect(stderr).toMatch(
      / ASSET_MISSING error: image "assets\/soorten\.svg" does not exist in the lesson folder; did you mean "assets\/soorten-klachten\.svg"\?\n/,
    );
  });
});

describe('scormdown build: what goes into the package', () => {
  it('packages a local CSS background, keeps its URL relative, and opens web links in a new tab', async () => {
    await edit(
      join(dir, 'lesson', 'lesson.md'),
      '\n## Opdracht\n',
      '\n## Opdracht\n\n<div style="background:url(achtergrond.svg)">Let op</div>\n\n[Uitleg](https://example.com/uitleg)\n\n    ingesprongen\n',
    );
    await writeFile(join(dir, 'lesson', 'achtergrond.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const { code, stderr } = await scormdown(['build', 'lesson', '--scorm', '2004'], dir);
    expect(code).toBe(0);
    // The indented line is a warning only: it builds.
    expect(stderr).toMatch(/^lesson\/lesson\.md:\d+:5 MARKDOWN_INDENTED_CODE warning: /m);
    const entries = readZip(await readFile(join(dir, 'dist', ZIP2004)));
    expect(entries.map((e) => e.name)).toContain('achtergrond.svg');
    const page = entries.find((e) => e.name === 'index.html')?.data.toString('utf8') ?? '';
    expect(page).toContain('<div style="background:url(achtergrond.svg)">Let op</div>');
    expect(page).toContain('<a href="https://example.com/uitleg" target="_blank" rel="noopener">Uitleg</a>');
  });
});

describe('scormdown command line', () => {
  it.each([
    [[], 'no command given'],
    [['publish', 'lesson'], 'unknown command "publish"'],
    [['build', 'lesson', '--scorm', '3'], '--scorm must be 1.2, 2004 or both, not "3"'],
    [['build', 'lesson', '--out'], '--out needs a value'],
    [['build', 'lesson', '--zip'], 'unknown option "--zip"'],
    [['build', 'lesson', 'other'], 'one lesson folder at a time, got: lesson other'],
    [['build', 'lesson', '--out', 'a', '--out', 'b'], '--out is given twice: give it once'],
    // The helper adds `--lang en` at the end: one more is the second.
    [['build', 'lesson', '--lang', 'nl'], '--lang is given twice: give it once'],
  ])('exits 2 on %j with a message and the usage', async (args, message) => {
    const { code, stdout, stderr } = await scormdown(args, dir);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.split('\n')[0]).toBe(`scormdown: ${message}`);
    expect(stderr).toContain('Usage: scormdown build [lessonDir|courseDir] [--out dist] [--scorm 1.2|2004|both]');
    expect(await readdir(dir)).toEqual(['lesson']);
  });

  it('prints the help and the version', async () => {
    const help = await scormdown(['--help'], dir);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: scormdown build/);
    const version = await scormdown(['--version'], dir);
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});
