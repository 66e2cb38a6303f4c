import { describe, expect, it } from 'vitest';
import { embedJson, escapeHtml, htmlAttribute, htmlToText } from '../../../src/compiler/markdown/html-text.js';
import { firstHeading } from '../../../src/compiler/markdown/lex.js';
import { findRefs } from '../../../src/compiler/markdown/refs.js';
import { inlineText } from '../../../src/compiler/markdown/render-markdown.js';
import { lexed } from '../../helpers/markdown.js';

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
    const refs = findRefs(lexed(md)).map((r) => ({ ...r, at: md.slice(r.offset, r.offset + r.url.length) }));
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
      'assets/a%20b.png',
      'assets/hand out.pdf',
      'assets/t.pdf',
      'assets/c.svg',
      'assets/p.jpg',
      'assets/film.mp4',
      '[ref].\n\n[ref]:',
      'assets/ref.pdf',
    ]);
  });

  it('reads inline Markdown from quiz prompts', () => {
    expect(findRefs(lexed('Wat zie je? ![x](assets/x.png)', true))).toEqual([
      { kind: 'image', url: 'assets/x.png', offset: 17 },
    ]);
  });
});

describe('text helpers', () => {
  it('htmlToText drops tags and decodes entities', () => {
    expect(htmlToText('<p>Klachten &amp; <em>conflicten</em> &#8211; &quot;les&quot;</p>')).toBe(
      'Klachten & conflicten – "les"',
    );
  });

  it('htmlToText reads block boundaries as spaces, and an entity beyond Unicode as written', () => {
    expect(htmlToText('<li>een</li><li>twee<br>drie</li>')).toBe('een twee drie');
    expect(htmlToText('a &#99999999; b &bogus;')).toBe('a &#99999999; b &bogus;');
  });

  it('escapeHtml escapes every special character of a plain text; htmlAttribute keeps the entities of HTML text', () => {
    expect(escapeHtml(`Waar & "niet" <waar> 'ja'`)).toBe('Waar &amp; &quot;niet&quot; &lt;waar&gt; &#39;ja&#39;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(htmlAttribute('Klant &amp; "boos" & luid')).toBe('Klant &amp; &quot;boos&quot; &amp; luid');
  });

  it('embedJson keeps a script element closed: no author text can end it', () => {
    expect(embedJson({ t: '</script><!--' })).toBe('{"t":"\\u003c/script>\\u003c!--"}');
    expect(JSON.parse(embedJson({ t: '</script>' }))).toEqual({ t: '</script>' });
  });

  it("firstHeading is the first heading of any level, across a slide's Markdown blocks, read as plain text", () => {
    const title = (...parts: string[]): string => {
      const heading = firstHeading(parts.map((p) => lexed(p)));
      return heading === null ? '' : inlineText(heading.tokens);
    };
    expect(title('Intro\n\n### Les *6*: `code`\n\n# Later')).toBe('Les 6: code');
    expect(title('Geen kop', '> ## In een citaat')).toBe('In een citaat');
    expect(title('Geen kop')).toBe('');
  });
});
