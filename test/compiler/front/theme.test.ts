import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/compiler/front/parse-front-matter.js';
import {
  contrast,
  darkShade,
  DARK_PAPER,
  hexColor,
  passingShade,
  themeStyle,
} from '../../../src/compiler/front/theme.js';
import { plain } from '../diagnostics/plain.js';

const file = '/les/lesson.md';
const front = (theme: string) => parseFrontMatter(`---\ntitle: T\nid: t\ntheme:\n${theme}---\n# A\n`, file);

describe('theme colours', () => {
  it('reads #abc and #aabbcc in any case; anything else is no colour', () => {
    expect(hexColor('#1A5')).toBe('#11aa55');
    expect(hexColor(' 0B5394 ')).toBe('#0b5394');
    expect(hexColor('blue')).toBeNull();
    expect(hexColor('#12345')).toBeNull();
  });

  it("contrast is WCAG's: black on white 21, white on white 1, #767676 just over 4.5", () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('a pale colour gets a darker shade of itself that passes on white; a passing one stays', () => {
    const shade = passingShade('#f4b400');
    expect(contrast(shade, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // the same hue, darker: every channel at most the original's
    const ch = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    ch(shade).forEach((c, i) => expect(c).toBeLessThanOrEqual(ch('#f4b400')[i]!));
    expect(passingShade('#0b5394')).toBe('#0b5394');
  });

  it('dark mode uses a lighter shade with 4.5:1 against the dark page', () => {
    for (const color of ['#0b5394', '#8b0000', '#000000', '#f4b400'])
      expect(contrast(darkShade(color), DARK_PAPER)).toBeGreaterThanOrEqual(4.5);
  });

  it('the page style sets the accent, its dark shade in dark mode and the font; no theme, no style', () => {
    expect(themeStyle({})).toBe('');
    const css = themeStyle({ color: '#0b5394', font: 'serif' });
    expect(css).toContain('--accent:#0b5394');
    expect(css).toContain(`@media (prefers-color-scheme:dark){:root{--accent:${darkShade('#0b5394')};`);
    expect(css).toMatch(/--font:Georgia/);
  });
});

describe('theme: in the front matter', () => {
  it('reads colour, logo and font', () => {
    const f = front('  color: "#0B5394"\n  logo: assets/school.png\n  font: rounded\n');
    expect(f.meta.theme).toEqual({ color: '#0b5394', logo: 'assets/school.png', font: 'rounded' });
    expect(f.diagnostics).toEqual([]);
  });

  it('a colour too pale for white is a warning with its ratio and a shade that passes', () => {
    const f = front('  color: "#f4b400"\n');
    expect(f.meta.theme.color).toBe('#f4b400');
    const [d] = plain(f.diagnostics);
    expect(d).toMatchObject({ code: 'THEME_CONTRAST', severity: 'warning' });
    expect(d!.pos.line).toBe(5);
    expect(d!.message).toContain('#f4b400');
    expect(d!.message).toMatch(/1\.\d+:1/);
    expect(d!.hint).toContain(passingShade('#f4b400'));
  });

  it('a wrong colour or font is an error, an unknown key a warning, each on its line with what is right', () => {
    const f = front('  color: blauw\n  font: comic\n  colour: "#000"\n');
    expect(plain(f.diagnostics).map((d) => [d.code, d.pos.line, d.severity])).toEqual([
      ['META_INVALID_VALUE', 5, 'error'],
      ['META_INVALID_VALUE', 6, 'error'],
      ['META_UNKNOWN_KEY', 7, 'warning'],
    ]);
    const [colour, font, key] = plain(f.diagnostics);
    expect(colour!.message).toContain('blauw');
    expect(font!.message).toContain('sans');
    expect(key!.message).toContain('did you mean "color"');
  });

  it('theme that is not a map says how to write it', () => {
    const [d] = plain(parseFrontMatter('---\ntitle: T\nid: t\ntheme: blue\n---\n# A\n', file).diagnostics);
    expect(d).toMatchObject({ code: 'META_INVALID_VALUE' });
    expect(d!.hint).toContain('color');
  });

  it('an unquoted #colour (a YAML comment, so an empty value) says to put it between quotes', () => {
    const [d] = plain(front('  color: #0a58a8\n').diagnostics);
    expect(d).toMatchObject({ code: 'META_INVALID_VALUE', severity: 'error' });
    expect(d!.pos.line).toBe(5);
    expect(d!.message).toContain('`color: "#0a58a8"`');
  });

  it('a logo that is no picture (a PDF, a folder) is an error that names the kinds of picture', () => {
    const [d] = plain(front('  logo: assets/huisstijl.pdf\n').diagnostics);
    expect(d).toMatchObject({ code: 'META_INVALID_VALUE', severity: 'error' });
    expect(d!.message).toContain('.png');
    expect(front('  logo: assets/School.PNG\n').diagnostics).toEqual([]);
  });
});
