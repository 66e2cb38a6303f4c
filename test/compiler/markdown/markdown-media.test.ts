import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { findRefs } from '../../../src/compiler/markdown/refs.js';
import { lexed, renderBlock, renderInline } from '../../helpers/markdown.js';
import { captionsPath, mediaKind } from '../../../src/compiler/markdown/media-kind.js';
import { renderLesson } from '../../../src/compiler/render/render-page.js';
import { testFolder } from '../../helpers/temp.js';

const FIXTURE = 'test/fixtures/valid-media';

describe('image syntax for audio, video and PDF', () => {
  it('a video plays in the page, never on its own, named by its alt text', () => {
    expect(renderBlock('![Uitleg](assets/uitleg.mp4)')).toEqual(
      '<p><video controls playsinline preload="metadata" src="assets/uitleg.mp4" aria-label="Uitleg">' +
        '<a href="assets/uitleg.mp4" target="_blank" rel="noopener">Uitleg</a></video></p>',
    );
  });

  it('audio gets the same treatment', () => {
    expect(renderBlock('![Interview](assets/interview.mp3)')).toEqual(
      '<p><audio controls preload="metadata" src="assets/interview.mp3" aria-label="Interview">' +
        '<a href="assets/interview.mp3" target="_blank" rel="noopener">Interview</a></audio></p>',
    );
  });

  it('a PDF becomes a plain link with the alt text', () => {
    expect(renderBlock('![Werkblad klachten](assets/werkblad.pdf)')).toEqual(
      '<p><a href="assets/werkblad.pdf" target="_blank" rel="noopener">Werkblad klachten</a></p>',
    );
  });

  it('knows every listed extension in any case, and leaves pictures as <img>', () => {
    const kinds = [
      'mp3',
      'M4A',
      'ogg',
      'oga',
      'wav',
      'mp4',
      'm4v',
      'WebM',
      'ogv',
      'MOV',
      'pdf',
      'png',
      'svg',
      'txt',
    ].map((ext) => [ext, mediaKind(`assets/clip.${ext}?v=1#t=2`)]);
    expect(kinds).toEqual([
      ['mp3', 'audio'],
      ['M4A', 'audio'],
      ['ogg', 'audio'],
      ['oga', 'audio'],
      ['wav', 'audio'],
      ['mp4', 'video'],
      ['m4v', 'video'],
      ['WebM', 'video'],
      ['ogv', 'video'],
      ['MOV', 'video'],
      ['pdf', 'pdf'],
      ['png', null],
      ['svg', null],
      ['txt', null],
    ]);
    expect(renderBlock('![Een plaatje](assets/plaatje.svg)')).toEqual(
      '<p><img src="assets/plaatje.svg" alt="Een plaatje"></p>',
    );
  });

  it('encodes spaces, escapes the alt text, drops its emphasis and ignores a title', () => {
    expect(renderBlock('![Klant *boos* & "luid"](<assets/boze klant.M4A> "Ondertiteling")')).toEqual(
      '<p><audio controls preload="metadata" src="assets/boze%20klant.M4A" aria-label="Klant boos &amp; &quot;luid&quot;">' +
        '<a href="assets/boze%20klant.M4A" target="_blank" rel="noopener">Klant boos &amp; &quot;luid&quot;</a></audio></p>',
    );
  });

  it('without alt text the file name names the player and its link', () => {
    expect(renderBlock('![](assets/mijn%20film.webm)')).toEqual(
      '<p><video controls playsinline preload="metadata" src="assets/mijn%20film.webm" aria-label="mijn film.webm">' +
        '<a href="assets/mijn%20film.webm" target="_blank" rel="noopener">mijn film.webm</a></video></p>',
    );
  });

  it('works inside quiz prompts (inline Markdown) too', () => {
    expect(renderInline('Wat hoor je? ![Fragment](assets/fragment.ogg)')).toEqual(
      'Wat hoor je? <audio controls preload="metadata" src="assets/fragment.ogg" aria-label="Fragment">' +
        '<a href="assets/fragment.ogg" target="_blank" rel="noopener">Fragment</a></audio>',
    );
  });

  it('reports media as audio and video references, a PDF as a link', () => {
    expect(findRefs(lexed('![a](x.mp4) ![b](y.mp3) ![c](z.pdf) ![d](e.png) [f](g.mp4)'))).toEqual([
      { kind: 'video', url: 'x.mp4', offset: 5 },
      { kind: 'audio', url: 'y.mp3', offset: 17 },
      { kind: 'link', url: 'z.pdf', offset: 29 },
      { kind: 'image', url: 'e.png', offset: 41 },
      { kind: 'link', url: 'g.mp4', offset: 52 },
    ]);
  });
});

describe('captions', () => {
  it('the captions file of a video has its name with .vtt', () => {
    expect(['assets/uitleg.mp4', 'a/b.c/film.MOV?x=1#t=3', 'assets/zonder'].map(captionsPath)).toEqual([
      'assets/uitleg.vtt',
      'a/b.c/film.vtt',
      'assets/zonder.vtt',
    ]);
  });

  it('adds a track before the fallback link only where captions exist, and only to rendered videos', () => {
    const captioned = renderBlock(
      '![Met](assets/met.mp4)\n\n![Zonder](assets/zonder.mp4)\n\n<video src="assets/met.mp4"></video>',
      (src) => (src === 'assets/met.mp4' ? { src: 'assets/met.vtt', language: 'nl' } : null),
    );
    expect(captioned.split('\n')).toEqual([
      '<p><video controls playsinline preload="metadata" src="assets/met.mp4" aria-label="Met">' +
        '<track kind="captions" src="assets/met.vtt" srclang="nl" default><a href="assets/met.mp4" target="_blank" rel="noopener">Met</a></video></p>',
      '<p><video controls playsinline preload="metadata" src="assets/zonder.mp4" aria-label="Zonder">' +
        '<a href="assets/zonder.mp4" target="_blank" rel="noopener">Zonder</a></video></p>',
      '<p><video src="assets/met.mp4"></video></p>',
    ]);
  });
});

describe('a lesson with media (fixture valid-media)', () => {
  it('renders each kind, with captions in the lesson language for the video that has a .vtt', async () => {
    const { lesson, diagnostics } = await loadLesson(FIXTURE);
    expect(diagnostics).toEqual([]);
    expect(
      renderLesson(lesson!).slides.map((s) => s.blocks.map((b) => (b.type === 'markdown' ? b.html : b.type))),
    ).toEqual([
      [
        '<h1>Uitleg</h1>\n<p><video controls playsinline preload="metadata" src="assets/uitleg.mp4" aria-label="Uitleg over klachten">' +
          '<track kind="captions" src="assets/uitleg.vtt" srclang="nl" default><a href="assets/uitleg.mp4" target="_blank" rel="noopener">Uitleg over klachten</a></video></p>',
      ],
      [
        '<h2>Interview</h2>\n<p>Luister naar het interview.</p>\n<p><audio controls preload="metadata" src="assets/interview.wav" ' +
          'aria-label="Interview met een klant"><a href="assets/interview.wav" target="_blank" rel="noopener">Interview met een klant</a></audio></p>',
      ],
      [
        '<h2>Kort filmpje en werkblad</h2>\n<p><video controls playsinline preload="metadata" src="assets/kort.webm" aria-label="Kort filmpje">' +
          '<a href="assets/kort.webm" target="_blank" rel="noopener">Kort filmpje</a></video></p>\n<p><a href="assets/werkblad.pdf" target="_blank" rel="noopener">Werkblad klachten</a></p>',
      ],
    ]);
  });

  it('packages every media file and the captions, which point where their video is written', async () => {
    const { lesson } = await loadLesson(FIXTURE);
    const file = `${FIXTURE}/lesson.md`;
    expect(lesson?.assets.map((a) => [a.target, a.pos])).toEqual([
      ['assets/interview.wav', { file, line: 17, column: 28 }],
      ['assets/kort.webm', { file, line: 23, column: 17 }],
      ['assets/uitleg.mp4', { file, line: 9, column: 25 }],
      ['assets/uitleg.vtt', { file, line: 9, column: 25 }],
      ['assets/werkblad.pdf', { file, line: 25, column: 22 }],
    ]);
  });

  it('a missing or remote media file stops the build at its line and column', async () => {
    const dir = testFolder('scormdown-media-');
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets/uitleg.vtt'), 'WEBVTT\n');
    await writeFile(path.join(dir, 'assets/Interview.mp3'), 'x');
    await writeFile(
      path.join(dir, 'lesson.md'),
      [
        '---',
        'title: Media',
        'id: media',
        '---',
        '',
        '# Media',
        '',
        '![Uitleg](assets/uitleg.mp4)',
        '',
        'Luister: ![Interview](assets/interview.mp3)',
        '',
        '![Van internet](https://example.com/film.webm)',
        '',
        '![Online werkblad](https://example.com/werkblad.pdf)',
        '',
      ].join('\n'),
    );
    const { lesson, diagnostics } = await loadLesson(dir, dir);
    expect(lesson).toBeNull();
    expect(diagnostics.map((d) => [`${d.pos.file}:${d.pos.line}:${d.pos.column}`, d.code, d.message, d.hint])).toEqual([
      [
        'lesson.md:8:11',
        'ASSET_MISSING',
        'video "assets/uitleg.mp4" does not exist in the lesson folder',
        'check the spelling (capitals count on the LMS server) or add the file to the lesson folder',
      ],
      [
        'lesson.md:10:23',
        'ASSET_MISSING',
        'audio file "assets/interview.mp3" does not exist in the lesson folder',
        'the file is called "assets/Interview.mp3": capitals count on the LMS server',
      ],
      [
        'lesson.md:12:17',
        'ASSET_REMOTE',
        '"https://example.com/film.webm" is loaded from the internet',
        'download the file into assets/ and refer to it as assets/<name>: the package may not load anything from outside itself',
      ],
    ]);
  });

  it('a video in a quiz prompt gets its captions too, in the lesson language', async () => {
    const dir = testFolder('scormdown-media-');
    await mkdir(path.join(dir, 'assets'));
    for (const name of ['assets/clip.mp4', 'assets/clip.vtt']) await writeFile(path.join(dir, name), 'x');
    await writeFile(
      path.join(dir, 'lesson.md'),
      '---\ntitle: Clip\nid: clip\nlanguage: en-GB\n---\n\n# Clip\n\n::question clip\n',
    );
    await writeFile(
      path.join(dir, 'quiz.yaml'),
      '- id: clip\n  type: open\n  prompt: "What happens? ![The clip](assets/clip.mp4)"\n',
    );
    const { lesson, diagnostics } = await loadLesson(dir, dir);
    expect(diagnostics).toEqual([]);
    expect(renderLesson(lesson!).questions.map((q) => q.promptHtml)).toEqual([
      'What happens? <video controls playsinline preload="metadata" src="assets/clip.mp4" aria-label="The clip">' +
        '<track kind="captions" src="assets/clip.vtt" srclang="en-GB" default><a href="assets/clip.mp4" target="_blank" rel="noopener">The clip</a></video>',
    ]);
    expect(lesson?.assets.map((a) => a.target)).toEqual(['assets/clip.mp4', 'assets/clip.vtt']);
  });

  it('a video in an option or in feedback gets its captions as well: every quiz text goes through the one renderer', async () => {
    const dir = testFolder('scormdown-media-');
    await mkdir(path.join(dir, 'assets'));
    for (const name of ['assets/clip.mp4', 'assets/clip.vtt']) await writeFile(path.join(dir, name), 'x');
    await writeFile(path.join(dir, 'lesson.md'), '---\ntitle: Clip\nid: clip\n---\n\n# Clip\n\n::question clip\n');
    await writeFile(
      path.join(dir, 'quiz.yaml'),
      [
        '- id: clip',
        '  type: single',
        '  prompt: Welke?',
        '  options: [{ text: "![Deze](assets/clip.mp4)", correct: true }, Geen]',
        '  feedback: { incorrect: "Kijk: ![Nog eens](assets/clip.mp4)" }',
        '',
      ].join('\n'),
    );
    const { lesson, diagnostics } = await loadLesson(dir, dir);
    expect(diagnostics).toEqual([]);
    const [q] = renderLesson(lesson!).questions;
    const track = '<track kind="captions" src="assets/clip.vtt" srclang="en" default>';
    expect([q?.type === 'single' && q.choices[0]?.html.includes(track), q?.feedback.incorrect.includes(track)]).toEqual(
      [true, true],
    );
  });
});

describe("a picture's title", () => {
  it('alone in its paragraph, it becomes the caption of a figure (and no tooltip)', () => {
    expect(renderBlock('![Soorten klachten](assets/soorten.svg "Twee soorten & meer")')).toEqual(
      '<figure><img src="assets/soorten.svg" alt="Soorten klachten"><figcaption>Twee soorten &amp; meer</figcaption></figure>',
    );
  });

  it('inside a sentence, or without a title, the picture stays inline', () => {
    expect(renderBlock('Zie ![pijl](assets/pijl.svg "Pijl") hier')).toEqual(
      '<p>Zie <img src="assets/pijl.svg" alt="pijl" title="Pijl"> hier</p>',
    );
    expect(renderBlock('![pijl](assets/pijl.svg)')).toEqual('<p><img src="assets/pijl.svg" alt="pijl"></p>');
  });
});
