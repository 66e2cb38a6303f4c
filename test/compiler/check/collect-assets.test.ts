import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectAssets } from '../../../src/compiler/check/collect-assets.js';
import { loadHtmlReader } from '../../../src/compiler/markdown/html-reader.js';
import { lex } from '../../../src/compiler/markdown/lex.js';

let dir = '';
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scormdown-assets-'));
  await mkdir(path.join(dir, 'assets/sub'), { recursive: true });
  const names = [
    'assets/hand out.pdf',
    'assets/b.png',
    'assets/sub/a.mp3',
    'notes.md',
    'assets/film.mp4',
    'assets/film.vtt',
    'assets/a.vtt',
    'assets/Raw.webm',
    'assets/Raw.vtt',
    'assets/klein.mov',
    'assets/KLEIN.vtt',
  ];
  for (const name of names) await writeFile(path.join(dir, name), 'x');
});

const source = (markdown: string) => lex(markdown, false, { file: 'les/lesson.md', line: 1, column: 1 });

// Raw HTML in the lessons below is read by the tokenizer load-lesson.ts loads first.
beforeAll(() => loadHtmlReader());

describe('collectAssets', () => {
  it('packages local files once, sorted, decoded, without query or fragment', async () => {
    const md =
      '![b](assets/b.png?v=2) [pdf](assets/hand%20out.pdf#page=2) <audio src="./assets/sub/a.mp3"></audio> ![again](assets/b.png)';
    const { assets, diagnostics } = await collectAssets(dir, [source(md)]);
    expect(diagnostics).toEqual([]);
    expect(assets).toEqual([
      { bytes: Buffer.from('x'), target: 'assets/b.png', pos: { file: 'les/lesson.md', line: 1, column: 6 } },
      { bytes: Buffer.from('x'), target: 'assets/hand out.pdf', pos: { file: 'les/lesson.md', line: 1, column: 30 } },
      { bytes: Buffer.from('x'), target: 'assets/sub/a.mp3', pos: { file: 'les/lesson.md', line: 1, column: 72 } },
    ]);
  });

  it('leaves websites, mail, anchors, data: images and links to Markdown files alone', async () => {
    const md =
      '[site](https://example.com/x.pdf) [mail](mailto:a@b.nl) [top](#start) ![dot](data:image/png;base64,AAAA) [notes](notes.md) [gone](gone.md)';
    expect(await collectAssets(dir, [source(md)])).toEqual({ assets: [], diagnostics: [] });
  });

  it('rejects remote media, root-absolute and escaping paths, and folders', async () => {
    const md =
      '![x](//cdn.example.com/x.png) <video src="http://example.com/v.mp4"></video> ![y](/x.png) [z](assets/../../z.pdf) [d](assets/sub)';
    const { diagnostics } = await collectAssets(dir, [source(md)]);
    expect(diagnostics.map((d) => [d.code, d.pos.column])).toEqual([
      ['ASSET_REMOTE', 6],
      ['ASSET_REMOTE', 43],
      ['ASSET_OUTSIDE_LESSON', 83],
      ['ASSET_OUTSIDE_LESSON', 95],
      ['ASSET_MISSING', 119],
    ]);
    expect(diagnostics[4]?.message).toBe('"assets/sub" is a folder, not a file');
  });

  it('packages the same-named .vtt (exact case) as a video’s captions, and none for audio or raw HTML', async () => {
    const md =
      '![Film](assets/film.mp4) ![Nog eens](assets/film.mp4?t=3) ![a](assets/sub/a.mp3) <video src="assets/Raw.webm"></video> ![k](assets/klein.mov)';
    const { assets, diagnostics } = await collectAssets(dir, [source(md)]);
    expect(diagnostics).toEqual([]);
    expect(assets.map((a) => [a.target, a.pos.column])).toEqual([
      ['assets/Raw.webm', 94],
      ['assets/film.mp4', 9],
      ['assets/film.vtt', 9],
      ['assets/klein.mov', 125],
      ['assets/sub/a.mp3', 64],
    ]);
  });

  it('names the kind of a missing file: video, audio file, linked PDF', async () => {
    const md = '![Uitleg](assets/uitleg.mp4) ![Interview](assets/interview.m4a) ![Werkblad](assets/werkblad.pdf)';
    const { diagnostics } = await collectAssets(dir, [source(md)]);
    expect(diagnostics.map((d) => [d.code, d.pos.column, d.message])).toEqual([
      ['ASSET_MISSING', 11, 'video "assets/uitleg.mp4" does not exist in the lesson folder'],
      ['ASSET_MISSING', 43, 'audio file "assets/interview.m4a" does not exist in the lesson folder'],
      ['ASSET_MISSING', 77, 'linked file "assets/werkblad.pdf" does not exist in the lesson folder'],
    ]);
  });
});
