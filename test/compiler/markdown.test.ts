import { describe, expect, it } from 'vitest';
import { findRefs, firstHeading, htmlToText } from '../../src/compiler/markdown.js';

describe('findRefs', () => {
  it('finds images, links, reference definitions and raw HTML sources with their offsets', () => {
    const md = [
      '# Titel',
      '',
      'Zie ![plaatje](assets/a%20b.png "titel") en [de hand-out](<assets/hand out.pdf>).',
      '',
      '| kolom |',
      '|---|',
      '| [in tabel](assets/t.pdf) |',
      '',
      '- lijst met <img src=\'assets/c.svg\' alt="">',
      '',
      '<video controls poster="assets/p.jpg"><source src="assets/film.mp4"></video>',
      '',
      'Zie [ref].',
      '',
      '[ref]: assets/ref.pdf',
      '',
      '```',
      '![niet](assets/in-code.png)',
      '```',
    ].join('\n');
    const refs = findRefs(md).map((r) => ({ ...r, at: md.slice(r.offset, r.offset + r.url.length) }));
    expect(refs.map(({ kind, url }) => [kind, url])).toEqual([
      ['image', 'assets/a%20b.png'],
      ['link', 'assets/hand out.pdf'],
      ['link', 'assets/t.pdf'],
      ['image', 'assets/c.svg'],
      ['image', 'assets/p.jpg'],
      ['media', 'assets/film.mp4'],
      ['link', 'assets/ref.pdf'],
      ['link', 'assets/ref.pdf'],
    ]);
    // Each offset points at the URL itself, so diagnostics can give its column; a reference-style
    // link points at its use, the definition at its URL.
    expect(refs.map((r) => r.at)).toEqual([
      'assets/a%20b.png', 'assets/hand out.pdf', 'assets/t.pdf', 'assets/c.svg', 'assets/p.jpg', 'assets/film.mp4',
      '[ref].\n\n[ref]:', 'assets/ref.pdf',
    ]);
  });

  it('reads inline Markdown from quiz prompts', () => {
    expect(findRefs('Wat zie je? ![x](assets/x.png)', true)).toEqual([{ kind: 'image', url: 'assets/x.png', offset: 17 }]);
  });
});

describe('text helpers', () => {
  it('htmlToText drops tags and decodes entities', () => {
    expect(htmlToText('<p>Klachten &amp; <em>conflicten</em> &#8211; &quot;les&quot;</p>')).toBe('Klachten & conflicten – "les"');
  });

  it('firstHeading is the plain text of the first heading of any level', () => {
    expect(firstHeading('Intro\n\n### Les *6*: `code`\n\n# Later')).toBe('Les 6: code');
    expect(firstHeading('Geen kop')).toBe('');
  });
});
