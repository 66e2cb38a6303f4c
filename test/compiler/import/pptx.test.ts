// `scormdown import` of a PowerPoint deck, made here with pptxgenjs: slides in order with their titles,
// bullets with levels and numbering, bold, italic and links, a table, pictures with their alt text
// (one without is named), speaker notes kept for the author only, a hidden slide left out, a chart
// named and marked; a damaged or password-protected deck refused with one message.

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import pptxgenjs from 'pptxgenjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../../src/compiler/import/import-file.js';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import type { Lesson } from '../../../src/compiler/model.js';
import { buildPackages } from '../../../src/compiler/pipeline.js';

// The package's types describe its CommonJS module, whose default export is the class itself at run time.
const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default;

// A 1x1 PNG.
const PNG =
  'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let dir = '';
let result: ImportResult;
let lesson: Lesson;
let source = '';

async function deck(): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineSlideMaster({
    title: 'LES',
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } },
      { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.5, w: 9, h: 4 }, text: '' } },
    ],
  });
  const one = pptx.addSlide({ masterName: 'LES' });
  one.addText('Gastvrijheid aan de balie', { placeholder: 'title', lang: 'nl-NL' });
  one.addNotes('Begin met een vraag aan de klas.');
  const two = pptx.addSlide({ masterName: 'LES' });
  two.addText('Wat doe je eerst?', { placeholder: 'title', lang: 'nl-NL' });
  two.addText(
    [
      { text: 'Je kijkt de gast aan', options: { bullet: true, lang: 'nl-NL', breakLine: true } },
      { text: 'ook als je belt', options: { bullet: true, indentLevel: 1, lang: 'nl-NL', breakLine: true } },
      { text: 'Je groet', options: { bullet: { type: 'number' }, lang: 'nl-NL', breakLine: true } },
      { text: 'Je vraagt wat de gast wil', options: { bullet: { type: 'number' }, lang: 'nl-NL' } },
    ],
    { x: 0.5, y: 1.5, w: 9, h: 2 },
  );
  two.addText(
    [
      { text: 'Lees ', options: { lang: 'nl-NL' } },
      { text: 'altijd', options: { bold: true, lang: 'nl-NL' } },
      { text: ' de ', options: { lang: 'nl-NL' } },
      { text: 'huisregels', options: { italic: true, lang: 'nl-NL' } },
      { text: ' en ', options: { lang: 'nl-NL' } },
      { text: 'de website', options: { hyperlink: { url: 'https://example.org/regels' }, lang: 'nl-NL' } },
      { text: ' * 2 #1', options: { lang: 'nl-NL' } },
    ],
    { x: 0.5, y: 4, w: 9, h: 1 },
  );
  const three = pptx.addSlide({ masterName: 'LES' });
  three.addText('Verborgen dia', { placeholder: 'title' });
  const four = pptx.addSlide({ masterName: 'LES' });
  four.addText('Tarieven', { placeholder: 'title', lang: 'nl-NL' });
  four.addTable(
    [
      [{ text: 'Kamer' }, { text: 'Prijs' }],
      [{ text: 'Eenpersoons' }, { text: '€ 80' }],
    ],
    { x: 0.5, y: 1.5, w: 6 },
  );
  four.addImage({ data: PNG, x: 7, y: 1.5, w: 1, h: 1, altText: 'Plattegrond van de lobby' });
  four.addImage({ data: PNG, x: 7, y: 3, w: 1, h: 1 });
  const five = pptx.addSlide();
  five.addText('Bezetting per maand', { x: 0.5, y: 0.3, w: 9, h: 1, fontSize: 32, lang: 'nl-NL' });
  five.addChart(pptx.ChartType.bar, [{ name: 'Bezetting', labels: ['jan', 'feb'], values: [60, 70] }], {
    x: 0.5,
    y: 1.5,
    w: 6,
    h: 3,
  });
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  // Slide 3 hidden, as PowerPoint writes it (p:sld show="0").
  const files = unzipSync(written);
  files['ppt/slides/slide3.xml'] = strToU8(
    strFromU8(files['ppt/slides/slide3.xml']!).replace('<p:sld ', '<p:sld show="0" '),
  );
  return zipSync(files);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-pptx-'));
  await writeFile(join(dir, 'les.pptx'), await deck());
  result = await importFile({ file: 'les.pptx', out: 'les', language: null, title: null, cwd: dir });
  lesson = (await loadLesson(join(dir, 'les'), dir)).lesson!;
  source = await readFile(join(dir, 'les', 'lesson.md'), 'utf8');
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a PowerPoint deck', () => {
  it('its slides in order with their titles, the hidden one left out and named; the language from the deck', () => {
    expect(lesson.slides.map((s) => s.title)).toEqual([
      'Gastvrijheid aan de balie',
      'Wat doe je eerst?',
      'Tarieven',
      'Bezetting per maand',
    ]);
    expect(lesson.meta).toMatchObject({ title: 'Gastvrijheid aan de balie', language: 'nl-NL' });
    expect(result.diagnostics.map((d) => [d.code, d.message])).toContainEqual([
      'IMPORT_SKIPPED',
      'slide 3 is hidden in the deck: it is left out',
    ]);
  });

  it('bullets with their levels, numbering, bold, italic and links; marks in the text kept as text', () => {
    expect(source).toContain('- Je kijkt de gast aan\n  - ook als je belt');
    expect(source).toMatch(/1\. Je groet\n2\. Je vraagt wat de gast wil/);
    expect(source).toContain('Lees **altijd** de *huisregels* en [de website](https://example.org/regels) \\* 2 #1');
  });

  it('a table, and pictures into assets/ with their alt text; one without is named', async () => {
    expect(source).toContain('| Kamer | Prijs |\n| --- | --- |\n| Eenpersoons | € 80 |');
    expect(source).toContain('![Plattegrond van de lobby](assets/dia-4-afbeelding-1.png)');
    expect((await readdir(join(dir, 'les', 'assets'))).sort()).toEqual([
      'dia-4-afbeelding-1.png',
      'dia-4-afbeelding-2.png',
    ]);
    expect(result.diagnostics.map((d) => d.message)).toContain(
      'slide 4: the picture assets/dia-4-afbeelding-2.png has no alt text',
    );
  });

  it('speaker notes stay in lesson.md for the author, never in the page; a chart is named and marked', async () => {
    expect(source).toContain('<!--\nBegin met een vraag aan de klas.\n-->');
    expect(source).toContain('<!-- chart: not converted -->');
    expect(result.diagnostics.map((d) => d.message)).toContain(
      'slide 5 holds a chart, which is not converted: a comment in lesson.md marks its place',
    );
    const { packages, diagnostics } = await buildPackages(join(dir, 'les'), ['2004'], dir);
    expect(diagnostics.filter((d) => !d.code.startsWith('IMPORT_'))).toEqual([]);
    const page = String(packages![0]!.files.get('index.html'));
    expect(page).not.toContain('Begin met een vraag');
    expect(page).toContain('Plattegrond van de lobby');
  });

  it('a damaged deck and a password-protected one: one message each, nothing written', async () => {
    const good = await readFile(join(dir, 'les.pptx'));
    await writeFile(join(dir, 'kapot.pptx'), good.subarray(0, 2000));
    await writeFile(join(dir, 'geheim.pptx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const broken = await importFile({ file: 'kapot.pptx', out: 'k', language: null, title: null, cwd: dir });
    const secret = await importFile({ file: 'geheim.pptx', out: 'g', language: null, title: null, cwd: dir });
    expect(broken.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['IMPORT_DAMAGED', 'this PowerPoint file is damaged: it cannot be unpacked'],
    ]);
    expect(secret.diagnostics.map((d) => d.message)).toEqual([
      'this is a password-protected Office file, which cannot be read without its password, not a file scormdown imports',
    ]);
    expect((await readdir(dir)).sort()).toEqual(['geheim.pptx', 'kapot.pptx', 'les', 'les.pptx']);
  });
});
