// Issue 12, class 3: every way raw HTML, CSS or an address got past "nothing is loaded from outside the
// package", as a slide and as a quiz text of a real lesson folder: the build names it (code, file:line:column)
// or the page it renders no longer holds it.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackages } from '../../../src/compiler/pipeline.js';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'scormdown-html-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

let count = 0;
/** A lesson whose second slide line 8 holds `slide`, and whose one question's prompt is `prompt`. */
async function lesson(slide: string, prompt = 'Twee?', front = ''): Promise<string> {
  const dir = path.join(root, `l${count++}`);
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'assets/a.png'), 'png');
  await writeFile(
    path.join(dir, 'lesson.md'),
    `---\ntitle: Les\nid: les\n${front}---\n\n# Start\n\n${slide}\n\n---\n\n::quiz\n`,
  );
  const options = '  options:\n    - text: Ja\n      correct: true\n    - text: Nee\n';
  await writeFile(
    path.join(dir, 'quiz.yaml'),
    `- id: q1\n  type: single\n  prompt: ${JSON.stringify(prompt)}\n${options}`,
  );
  return dir;
}

async function build(dir: string) {
  const { diagnostics, packages } = await buildPackages(dir, ['2004'], root);
  const page = packages?.[0]?.files.get('index.html')?.toString() ?? '';
  return { found: diagnostics.map((d) => `${d.code} ${d.pos.line}:${d.pos.column}`), page };
}

// [what, slide text (on line 8 of lesson.md), the diagnostic (column on that line)]
const REFUSED: Array<[string, string, string]> = [
  ['base href', '<base href="https://evil.example/">', 'HTML_REFUSED 8:1'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', 'HTML_REFUSED 8:1'],
  ['form action', '<form action="https://evil.example/post"><input name="x"></form>', 'HTML_REFUSED 8:1'],
  ['script', '<script>alert(1)</script>', 'HTML_REFUSED 8:1'],
  ['event handler', '<img src="assets/a.png" alt="" onerror="alert(1)">', 'HTML_REFUSED 8:32'],
  ['iframe', '<iframe src="assets/a.png"></iframe>', 'HTML_REFUSED 8:1'],
  ['object', '<object data="assets/a.png"></object>', 'HTML_REFUSED 8:1'],
  ['embed', '<embed src="assets/a.png">', 'HTML_REFUSED 8:1'],
  ['input type=image', '<input type="image" src="assets/a.png">', 'HTML_REFUSED 8:1'],
  ['SVG image', '<svg><image href="assets/a.png"/></svg>', 'HTML_REFUSED 8:6'],
  ['SVG feImage', '<svg><filter><feImage href="assets/a.png"/></filter></svg>', 'HTML_REFUSED 8:14'],
  ['SVG use', '<svg><use href="assets/a.svg#x"/></svg>', 'HTML_REFUSED 8:6'],
  ['javascript: link in HTML', '<a href="javascript:alert(1)">x</a>', 'HTML_REFUSED 8:10'],
  ['javascript: link in Markdown', '[x](javascript:alert(1))', 'HTML_REFUSED 8:5'],
  ['entity-spelled javascript: link', '<a href="java&#115;cript&colon;alert(1)">x</a>', 'HTML_REFUSED 8:10'],
  ['data: page in a link', '[x](data:text/html,hi)', 'HTML_REFUSED 8:5'],
  ['https:/host image', '![x](https:/evil.example/a.png)', 'ASSET_REMOTE 8:6'],
  ['https:host image', '![x](https:evil.example/a.png)', 'ASSET_REMOTE 8:6'],
  ['ftp: image', '![x](ftp://evil.example/a.png)', 'ASSET_REMOTE 8:6'],
  ['protocol-relative image', '![x](//evil.example/a.png)', 'ASSET_REMOTE 8:6'],
  ['entity-spelled remote src', '<img src="https&colon;//evil.example/a.png" alt="">', 'ASSET_REMOTE 8:11'],
  ['poster from the internet', '<video controls poster="https://evil.example/p.png"></video>', 'ASSET_REMOTE 8:25'],
  [
    'srcset from the internet',
    '<img src="assets/a.png" alt="" srcset="https://evil.example/a.png 2x">',
    'ASSET_REMOTE 8:40',
  ],
  [
    'picture source srcset from the internet',
    '<picture><source srcset="https://e.example/a.webp"><img src="assets/a.png" alt=""></picture>',
    'ASSET_REMOTE 8:26',
  ],
  ['ping from a link', '<a href="https://example.org" ping="https://evil.example/track">x</a>', 'ASSET_REMOTE 8:37'],
  [
    'background attribute from the internet',
    '<table background="https://evil.example/a.png"><tr><td>x</td></tr></table>',
    'ASSET_REMOTE 8:20',
  ],
  ['CSS url() from the internet', '<p style="background: url(https://evil.example/a.png)">x</p>', 'ASSET_REMOTE 8:27'],
  [
    'CSS image-set()',
    '<p style="background-image: image-set(\'https://evil.example/a.png\' 1x)">x</p>',
    'CSS_REFUSED 8:29',
  ],
  [
    'CSS image-set() in mask-image',
    '<p style="mask-image: -webkit-image-set(\'https://e.example/m.png\' 1x)">x</p>',
    'CSS_REFUSED 8:23',
  ],
  ['CSS escape spelling url(', '<p style="background: u\\72l(https://evil.example/a.png)">x</p>', 'CSS_REFUSED 8:24'],
  [
    'CSS entity spelling url(',
    '<p style="background: &#117;rl(https://evil.example/a.png)">x</p>',
    'ASSET_REMOTE 8:27',
  ],
  ['CSS @import in a style block', '<style>@import "https://evil.example/x.css";</style>', 'CSS_REFUSED 8:8'],
  ['CSS src()', '<p style="background: src(\'https://evil.example/a.png\')">x</p>', 'CSS_REFUSED 8:23'],
  ['javascript: image', '![x](javascript:alert(1))', 'HTML_REFUSED 8:6'],
  ['data: page as a video source', '<video controls><source src="data:text/html,hi"></video>', 'HTML_REFUSED 8:30'],
  [
    'CSS cross-fade()',
    '<style>p { background: cross-fade(url(assets/a.png), url(assets/a.png)) }</style>',
    'CSS_REFUSED 8:24',
  ],
];

describe('raw HTML and addresses that would run script or leave the package', () => {
  it.each(REFUSED)('%s on a slide is refused at its place', async (_what, slide, expected) => {
    const { found, page } = await build(await lesson(slide));
    expect(found).toContain(expected);
    expect(page).toBe('');
  });

  it.each(REFUSED)('%s in a quiz text is refused at the text', async (_what, text, expected) => {
    const { found } = await build(await lesson('Tekst.', text));
    // A quiz text is located at its YAML value: quiz.yaml line 3, after `  prompt: `.
    expect(found).toContain(`${expected.split(' ')[0]} 3:11`);
  });

  it('refuses a `<` in a style block: inside <svg> a browser reads it as markup', async () => {
    const { found, page } = await build(await lesson('<svg>\n<style>/*<img src=x onerror=alert(1)>*/</style>\n</svg>'));
    expect(found).toEqual(['CSS_REFUSED 9:10']);
    expect(page).toBe('');
  });
});

// [what, slide text, what the page must not hold, what it holds instead]
const REMOVED: Array<[string, string, string, string]> = [
  [
    'srcset on img',
    '<img src="assets/a.png" alt="A" srcset="assets/a.png 2x">',
    'srcset',
    '<img src="assets/a.png" alt="A">',
  ],
  [
    'srcset on a picture source',
    '<picture><source srcset="assets/a.png"><img src="assets/a.png" alt="A"></picture>',
    'srcset',
    '<picture><source><img src="assets/a.png" alt="A"></picture>',
  ],
  [
    'ping on a link',
    '<a href="https://example.org" ping="assets/a.png">x</a>',
    'ping',
    '<a href="https://example.org" target="_blank" rel="noopener">x</a>',
  ],
  [
    'background attribute',
    '<table background="assets/a.png"><tr><td>x</td></tr></table>',
    'background',
    '<table><tr><td>x</td></tr></table>',
  ],
  [
    'autoplay',
    '<audio controls autoplay src="assets/a.png"></audio>',
    'autoplay',
    '<audio controls src="assets/a.png"></audio>',
  ],
  ['an unknown element', '<font color="red">rood</font>', '<font', 'rood'],
  [
    'a link that would replace the lesson',
    '<a href="https://example.org" target="_top">x</a>',
    '_top',
    '<a href="https://example.org" target="_blank" rel="noopener">x</a>',
  ],
];

describe('raw HTML the allowlist leaves out, with a warning', () => {
  it.each(REMOVED)('%s on a slide', async (_what, slide, gone, kept) => {
    const { found, page } = await build(await lesson(slide));
    expect(found.filter((f) => !f.startsWith('HTML_REMOVED 8:'))).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
    expect(page).not.toContain(gone);
    expect(page).toContain(kept);
  });

  it.each(REMOVED)('%s in a quiz text', async (_what, text, gone) => {
    const { found, page } = await build(await lesson('Tekst.', text));
    expect(found.every((f) => f === 'HTML_REMOVED 3:11')).toBe(true);
    expect(page).not.toContain(gone);
  });
});

describe('allowed HTML', () => {
  const every = [
    '<div class="box" id="b1" lang="nl" dir="ltr" title="t" role="note" aria-label="Box"><h2>Kop</h2><p>Een <b>b</b> <strong>s</strong> <i>i</i>',
    '<em>e</em> <u>u</u> <s>s</s> <del>d</del> <ins>i</ins> H<sub>2</sub>O x<sup>2</sup> <small>k</small> <mark>m</mark>',
    '<span style="color: red">rood</span> <abbr title="te weten">tw</abbr> <code>c</code> <kbd>Ctrl</kbd> <q>q</q><br>',
    '<a href="https://example.org" target="_blank" rel="noopener">site</a> <a href="#top">top</a></p><hr>',
    '<section><blockquote cite="https://example.org">c</blockquote></section><ul><li>a</li></ul><ol start="3"><li value="3">b</li></ol>',
    '<dl><dt>t</dt><dd>d</dd></dl><table><caption>c</caption><thead><tr><th scope="col">h</th></tr></thead>',
    '<tbody><tr><td colspan="1">d</td></tr></tbody></table><figure><img src="assets/a.png" alt="A" width="10" height="10">',
    '<figcaption>f</figcaption></figure><details open><summary>s</summary>d</details><pre>p</pre>',
    '<audio controls src="assets/a.png"></audio><video controls poster="assets/a.png" width="320"><source src="assets/a.png" type="video/mp4">',
    '<track kind="captions" src="assets/a.png" srclang="nl" label="NL" default></video>',
    '<svg viewBox="0 0 10 10" width="10"><circle cx="5" cy="5" r="4" fill="red"></circle></svg></div>',
  ].join('');

  it('renders unchanged, every allowed element and attribute, without a diagnostic', async () => {
    const { found, page } = await build(await lesson(every));
    expect(found).toEqual([]);
    expect(page).toContain(every.replace('viewBox', 'viewbox'));
  });

  it('keeps an element opened and closed around Markdown (two HTML blocks)', async () => {
    const { found, page } = await build(await lesson('<div class="note">\n\n**Let op**\n\n</div>'));
    expect(found).toEqual([]);
    expect(page.replace(/\s+/g, '')).toContain('<divclass="note"><p><strong>Letop</strong></p></div>');
  });

  it('keeps a style block whose CSS uses a file of the package, and packages that file', async () => {
    const style = '<style>.box { background: url(assets/a.png) }</style>';
    const { found, page } = await build(await lesson(style));
    expect(found).toEqual([]);
    expect(page).toContain(style);
  });
});

describe('html: trusted', () => {
  it("keeps the author's script and event handlers as written", async () => {
    const slide = '<script>window.x = 1;</script>\n\n<p><button onclick="go()">Go</button></p>';
    const { found, page } = await build(await lesson(slide, 'Twee? <b onclick="go()">!</b>', 'html: trusted\n'));
    expect(found).toEqual([]);
    expect(page).toContain('<script>window.x = 1;</script>');
    expect(page).toContain('<p><button onclick="go()">Go</button></p>');
    expect(page).toContain('<h2 class="sd-prompt">Twee? <b onclick="go()">!</b></h2>');
  });

  it('still checks CSS and javascript: links', async () => {
    const { found } = await build(
      await lesson(
        '<button style="background: image-set(\'a.png\' 1x)">x</button> [x](javascript:go())',
        'Twee?',
        'html: trusted\n',
      ),
    );
    expect(found).toEqual(['CSS_REFUSED 9:28', 'HTML_REFUSED 9:66']);
  });

  it('still refuses files from the internet', async () => {
    const { found } = await build(
      await lesson('<script src="https://evil.example/x.js"></script>', 'Twee?', 'html: trusted\n'),
    );
    expect(found).toContain('ASSET_REMOTE 9:14');
  });

  it('refuses any other value', async () => {
    const { found } = await build(await lesson('Tekst.', 'Twee?', 'html: yes\n'));
    expect(found).toContain('META_INVALID_VALUE 4:7');
  });
});
