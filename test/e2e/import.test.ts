// `scormdown import` as a teacher runs it: a slide export becomes a lesson folder that builds; a file
// that is none of the kinds it reads is refused with one message naming the file and what was
// expected, exit 1, nothing written, never a stack trace.

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import pptxgenjs from 'pptxgenjs';
import { zipFiles } from '../../src/compiler/package/zip.js';
import { SEED, scormdown } from '../helpers/cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A PNG of random pixels, its data stored: as big as a photo and as incompressible. */
function noisePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc32(body));
    return Buffer.concat([size, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows = Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), randomBytes(width * 3)]));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('scormdown import', () => {
  it('the seed export: a lesson folder, what it did and what to run next; the folder builds', async () => {
    const { code, stdout, stderr } = await scormdown(['import', SEED], dir);
    expect(code).toBe(0);
    // The command as it works where it runs: `npx scormdown` under npm (the tests), else `scormdown`.
    expect(stdout.replaceAll('  npx scormdown ', '  scormdown ')).toBe(
      [
        'Imported into les-6-klachtenafhandeling-conflicthantering: 16 slides, 1 question, 0 files in assets/.',
        "The lesson's language is nl, recognised from its text: give --language to choose another.",
        'Look at it as a learner does:',
        '  scormdown preview les-6-klachtenafhandeling-conflicthantering',
        'and make the SCORM zip files:',
        '  scormdown build les-6-klachtenafhandeling-conflicthantering',
        '',
      ].join('\n'),
    );
    // What needs the author: the question slide and the picture slide, at their lines of the export.
    expect(stderr).toMatch(/000_b10594688f87e62d\.txt:25:1 IMPORT_ATTENTION warning: slide 3 asks a question/);
    expect(stderr).toMatch(/000_b10594688f87e62d\.txt:38:1 IMPORT_ATTENTION warning: slide 5 holds only its title/);
    const built = await scormdown(['build', 'les-6-klachtenafhandeling-conflicthantering'], dir);
    expect(built).toMatchObject({ code: 0, stderr: '' });
    expect((await readdir(join(dir, 'dist'))).sort()).toEqual([
      'les-6-klachtenafhandeling-conflicthantering-scorm12.zip',
      'les-6-klachtenafhandeling-conflicthantering-scorm2004.zip',
    ]);
  });

  it('never overwrites: a second import into the same folder writes nothing and exits 6', async () => {
    expect((await scormdown(['import', SEED, '--out', 'les'], dir)).code).toBe(0);
    await writeFile(join(dir, 'les', 'lesson.md'), 'mine');
    const again = await scormdown(['import', SEED, '--out', 'les'], dir);
    expect(again.code).toBe(6);
    expect(again.stderr).toMatch(
      /^scormdown: les\/lesson\.md, les\/quiz\.yaml already exist; .*\n {2}hint: write the lesson into another folder \(`--out my-lesson`\)/,
    );
  });

  it.each([
    ['an empty file', 'leeg.txt', '', 'the file is empty'],
    [
      'random bytes',
      'ruis.bin',
      Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x80]),
      'this is not a text file, not a file scormdown imports',
    ],
    [
      'plain text',
      'notities.txt',
      'Boodschappen: melk, brood.\n',
      'this is a text that is no slide export, GIFT file or Moodle XML, not a file scormdown imports',
    ],
    [
      'an XML file that is no Moodle quiz',
      'data.xml',
      '<?xml version="1.0"?>\n<rss><channel/></rss>\n',
      'this is an XML file that is no Moodle question bank, not a file scormdown imports',
    ],
  ])('refuses %s: exit 1, one message naming the file, nothing written', async (_what, name, content, message) => {
    await writeFile(join(dir, name), content);
    const { code, stdout, stderr } = await scormdown(['import', name], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      `${name} IMPORT_NOT_RECOGNISED error: ${message}\n` +
        "  hint: import a slide tool's text export (.txt), a PowerPoint deck (.pptx), a GIFT file or a Moodle XML question bank\n" +
        '\n1 error: nothing written. Fix the lines above and build again.\n',
    );
    expect(await readdir(dir)).toEqual([name]);
  });

  it('reads a GIFT file saved as Windows-1252 ("ANSI") in that code page, says so once, writes UTF-8', async () => {
    // "Café of thée?" as Notepad saves it in Western Europe: é is the single byte E9.
    await writeFile(join(dir, 'bank.gift'), Buffer.from('::Q1:: Caf\xe9 of th\xe9e? {=caf\xe9 ~th\xe9e}\n', 'latin1'));
    const { code, stderr } = await scormdown(['import', 'bank.gift', '--out', 'les', '--language', 'nl'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'bank.gift IMPORT_ATTENTION warning: the file is not UTF-8: it was read as Windows-1252 (Western European, what Notepad calls "ANSI")\n',
    );
    expect(stderr.match(/IMPORT_ATTENTION/g)).toHaveLength(1);
    const quiz = await readFile(join(dir, 'les', 'quiz.yaml'), 'utf8');
    expect(quiz).toContain('prompt: Café of thée?');
    expect(quiz).toContain('- text: café');
  });

  it('reads a Moodle XML bank that declares ISO-8859-1 as it says, without a note', async () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<quiz><question type="truefalse"><name><text>Q</text></name>' +
      '<questiontext format="html"><text>Caf\xe9 is koffie.</text></questiontext>' +
      '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>\n';
    await writeFile(join(dir, 'bank.xml'), Buffer.from(xml, 'latin1'));
    const { code, stderr } = await scormdown(['import', 'bank.xml', '--out', 'les', '--language', 'nl'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(await readFile(join(dir, 'les', 'quiz.yaml'), 'utf8')).toContain('prompt: Café is koffie.');
  });

  it('refuses a Word document and a folder, each by what it is', async () => {
    await writeFile(join(dir, 'les.docx'), await zipFiles(new Map([['word/document.xml', '<w:document/>']])));
    await mkdir(join(dir, 'map'));
    const docx = await scormdown(['import', 'les.docx'], dir);
    expect(docx.code).toBe(1);
    expect(docx.stderr).toMatch(
      /^les\.docx IMPORT_NOT_RECOGNISED error: this is a Word document, not a file scormdown imports/,
    );
    const folder = await scormdown(['import', 'map'], dir);
    expect(folder.stderr).toMatch(/^map IMPORT_NOT_RECOGNISED error: this is a folder: give the file to import/);
    expect((await readdir(dir)).sort()).toEqual(['les.docx', 'map']);
  });

  it('refuses a 50 MB deck of pictures without text: one message, exit 1, nothing written', async () => {
    const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default;
    const pptx = new PptxGenJS();
    // Pictures of noise, stored (not compressed): 20 of 2.5 MB each.
    for (let i = 0; i < 20; i += 1)
      pptx
        .addSlide()
        .addImage({ data: `image/png;base64,${noisePng(1000, 850).toString('base64')}`, x: 0, y: 0, w: 10, h: 5.6 });
    const bytes = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
    expect(bytes.length).toBeGreaterThan(50_000_000);
    await writeFile(join(dir, 'scans.pptx'), bytes);
    const { code, stdout, stderr } = await scormdown(['import', 'scans.pptx'], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(
      /^scans\.pptx IMPORT_NOT_RECOGNISED error: this deck holds only pictures \(20 slides, 20 pictures\) and no text/,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(dir)).toEqual(['scans.pptx']);
  }, 60_000);
});
