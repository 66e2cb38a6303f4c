// Markdown through one private marked instance (GFM: tables, strikethrough, autolinks), so other
// code configuring the global `marked` cannot change what a lesson renders to. Image syntax for an
// audio, video or PDF file renders as a player or a link (media.ts). Also finds every file a piece
// of Markdown refers to, with its offset, for the asset stage.

import { Marked } from 'marked';
import type { Token, Tokens } from 'marked';
import { NEW_TAB, escapeHtml, mediaHtml, mediaKind } from './media.js';

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    image(token) {
      const kind = mediaKind(token.href);
      // false: marked's own <img>, also for a URL it refuses to clean.
      const src = kind === null ? null : cleanUrl(token.href);
      if (kind === null || src === null) return false;
      const alt = token.tokens ? this.parser.parseInline(token.tokens, this.parser.textRenderer) : token.text;
      return mediaHtml(kind, src, alt);
    },
    link(token) {
      // A jump within the page or a mail link leaves the lesson where it is.
      const href = /^\s*(#|mailto:|tel:)/i.test(token.href) ? null : cleanUrl(token.href);
      if (href === null) return false;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${href}"${title} ${NEW_TAB}>${this.parser.parseInline(token.tokens)}</a>`;
    },
  },
});

/** As marked's link and image renderers clean an href: percent-encoded, an existing % kept. */
function cleanUrl(href: string): string | null {
  try {
    return encodeURI(href).replace(/%25/g, '%');
  } catch {
    return null;
  }
}

export function renderBlock(markdown: string): string {
  return marked.parse(markdown, { async: false }).trim();
}

export function renderInline(markdown: string): string {
  return marked.parseInline(markdown, { async: false }).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of rendered HTML: tags dropped, entities decoded, white space collapsed. */
export function htmlToText(html: string): string {
  return html
    // Block boundaries become spaces, inline tags vanish: "<em>6</em>:" reads "6:".
    .replace(/<\/?(p|br|li|ul|ol|h[1-6]|div|tr|td|th|table|blockquote|pre|hr)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()];
}

/** The character, or undefined beyond Unicode (`&#99999999;`), where fromCodePoint would throw. */
function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/** Plain text of the first heading of a Markdown slide, '' when it has none. */
export function firstHeading(markdown: string): string {
  let found = '';
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (!found && token.type === 'heading') found = htmlToText(marked.parseInline((token as Tokens.Heading).text, { async: false }));
  });
  return found;
}

/** Offsets of the paragraphs that Markdown turns into code only because they are indented (a tab or
 *  four spaces, CommonMark 4.4), at their first character. Fenced code blocks are not among them. */
export function indentedCode(markdown: string): number[] {
  const offsets: number[] = [];
  let cursor = 0;
  for (const token of marked.lexer(markdown)) {
    const at = markdown.indexOf(token.raw, cursor);
    if (at < 0) continue;
    cursor = at + token.raw.length;
    if (token.type === 'code' && (token as Tokens.Code).codeBlockStyle === 'indented') {
      offsets.push(at + (/^\s*/.exec(token.raw)?.[0].length ?? 0));
    }
  }
  return offsets;
}

/** image: <img>/![](); media: <audio>/<video>/<source>/<track>/<embed>/<object>; link: <a>/[]();
 *  audio and video: ![]() of an audio or video file; a PDF in ![]() is a link, as it renders as one;
 *  style: url(...) or @import in a style attribute or a <style> block. */
export type RefKind = 'image' | 'media' | 'audio' | 'video' | 'link' | 'style';

export interface Ref {
  kind: RefKind;
  /** As written (still URL-encoded). */
  url: string;
  /** Offset of the URL in the Markdown given to findRefs. */
  offset: number;
}

/** Every URL the Markdown refers to, in source order. Inline Markdown when `inline` is set. */
export function findRefs(markdown: string, inline = false): Ref[] {
  const tokens = inline ? marked.Lexer.lexInline(markdown) : marked.lexer(markdown);
  const refs: Ref[] = [];
  let cursor = 0;
  // Tokens come in source order, so searching each token's raw text from the previous match
  // finds its offset; children are searched from their parent's start.
  const walk = (list: Token[]): void => {
    for (const token of list) {
      const at = markdown.indexOf(token.raw, cursor);
      const start = at >= 0 ? at : cursor;
      cursor = start;
      refs.push(...refsOf(token, start));
      // Inline, `<style>` is a token of its own and the CSS after it is text: read up to `</style>`.
      if (inline && token.type === 'html' && /^<style\b/i.test(token.raw)) {
        const end = markdown.toLowerCase().indexOf('</style', start);
        refs.push(...cssRefs(markdown.slice(start + token.raw.length, end < 0 ? undefined : end), start + token.raw.length));
      }
      const children = childTokens(token);
      if (children.length > 0) walk(children);
      cursor = at >= 0 ? start + token.raw.length : cursor;
    }
  };
  walk(tokens);
  return refs;
}

function refsOf(token: Token, start: number): Ref[] {
  switch (token.type) {
    case 'image':
    case 'link': {
      const { href, raw } = token as Tokens.Image | Tokens.Link;
      const inRaw = raw.lastIndexOf(href);
      return [{ kind: imageKind(token.type, href), url: href, offset: start + (inRaw >= 0 ? inRaw : 0) }];
    }
    case 'def': {
      const { href, raw } = token as Tokens.Def;
      return [{ kind: 'link', url: href, offset: start + Math.max(0, raw.lastIndexOf(href)) }];
    }
    case 'html':
      return htmlRefs(token.raw, start);
    default:
      return [];
  }
}

function imageKind(type: 'image' | 'link', href: string): RefKind {
  const media = type === 'image' ? mediaKind(href) : null;
  return media === null ? type : media === 'pdf' ? 'link' : media;
}

function childTokens(token: Token): Token[] {
  const out: Token[] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) out.push(...(token.tokens as Token[]));
  if (token.type === 'list') for (const item of (token as Tokens.List).items) out.push(item);
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    for (const cell of [...table.header, ...table.rows.flat()]) out.push(...cell.tokens);
  }
  return out;
}

const TAG = /<(img|a|audio|video|source|track|embed|object|iframe|link|script)\b[^>]*>/gi;
const ATTR = /\b(src|href|data|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** URLs in raw HTML, e.g. `<img src="assets/x.png" alt="">` written in the Markdown. */
export function htmlRefs(html: string, start = 0): Ref[] {
  const refs: Ref[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = (tag[1] ?? '').toLowerCase();
    const kind: RefKind = name === 'img' ? 'image' : name === 'a' ? 'link' : 'media';
    for (const attr of tag[0].matchAll(ATTR)) {
      const url = attr[2] ?? attr[3] ?? attr[4] ?? '';
      const inAttr = attr[0].indexOf(url, attr[0].indexOf('=') + 1);
      const isPoster = (attr[1] ?? '').toLowerCase() === 'poster';
      refs.push({ kind: isPoster ? 'image' : kind, url, offset: start + (tag.index ?? 0) + (attr.index ?? 0) + inAttr });
    }
  }
  for (const attr of html.matchAll(STYLE_ATTR)) {
    const value = attr[1] ?? attr[2] ?? attr[3] ?? '';
    const quote = attr[3] === undefined ? 1 : 0;
    refs.push(...cssRefs(value, start + (attr.index ?? 0) + attr[0].length - value.length - quote));
  }
  for (const block of html.matchAll(STYLE_BLOCK)) {
    refs.push(...cssRefs(block[1] ?? '', start + (block.index ?? 0) + block[0].indexOf('>') + 1));
  }
  return refs;
}

const STYLE_ATTR = /<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)(?=<\/style|$)/gi;
const CSS_URL = /\burl\(([^)]*)\)|@import\s+("[^"]*"|'[^']*')/gi;

/** Every url(...) and @import of CSS, which the browser fetches as it does a src: a background from
 *  the internet is as much a remote request as an <img>. The URL is read as the browser reads it:
 *  HTML entities (in an attribute) and CSS escapes decoded, quotes dropped. */
function cssRefs(css: string, start: number): Ref[] {
  return [...css.matchAll(CSS_URL)].map((m) => {
    const raw = m[1] ?? m[2] ?? '';
    const lead = raw.length - raw.trimStart().length;
    const decoded = raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole)
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => codePoint(parseInt(hex, 16)) ?? '\uFFFD')
      .replace(/\\(.)/g, '$1')
      .trim();
    const url = /^(["']).*\1$/s.test(decoded) ? decoded.slice(1, -1).trim() : decoded;
    const quote = /^\s*(["']|&quot;|&#39;)/.exec(raw)?.[1]?.length ?? 0;
    return { kind: 'style' as const, url, offset: start + (m.index ?? 0) + m[0].indexOf(raw) + lead + quote };
  });
}
