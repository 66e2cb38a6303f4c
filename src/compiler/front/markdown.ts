// Reading Markdown, once: one private marked instance (GFM: tables, strikethrough, autolinks) lexes
// every text into tokens, so other code configuring the global `marked` cannot change what a lesson
// reads as. The checks read these tokens: every file a text refers to (with its offset, for the
// asset stage), the first heading of a slide, paragraphs that became code. render-markdown.ts
// turns the same tokens into HTML.

import { Marked } from 'marked';
import type { Token, Tokens } from 'marked';
import { codePoint, decodeEntities } from '../render/html-text.js';
import { mediaKind } from '../check/media.js';
import type { Markdown, SourcePos } from '../model.js';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** The tokens of a slide's Markdown (block) or of a quiz text (inline). Throws a RangeError when it
 *  nests too deeply for marked (markdown-depth.ts). */
export function lex(source: string, inline: boolean, pos: SourcePos): Markdown {
  const tokens = inline ? marked.Lexer.lexInline(source, marked.defaults) : [...marked.lexer(source)];
  return { source, tokens, inline, pos };
}

/** The first heading of a slide's Markdown, in source order (inside a list or quote too). */
export function firstHeading(parts: readonly Markdown[]): Tokens.Heading | null {
  let found: Tokens.Heading | null = null;
  for (const part of parts) {
    marked.walkTokens(part.tokens, (token) => {
      if (found === null && token.type === 'heading') found = token as Tokens.Heading;
    });
    if (found !== null) return found;
  }
  return null;
}

/** Offsets of the paragraphs that Markdown turns into code only because they are indented (a tab or
 *  four spaces, CommonMark 4.4), at their first character. Fenced code blocks are not among them. */
export function indentedCode(md: Markdown): number[] {
  const offsets: number[] = [];
  let cursor = 0;
  for (const token of md.tokens) {
    const at = md.source.indexOf(token.raw, cursor);
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

/** Every URL the Markdown refers to, in source order. */
export function findRefs(md: Markdown): Ref[] {
  const { source: markdown, tokens, inline } = md;
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
        refs.push(
          ...cssRefs(markdown.slice(start + token.raw.length, end < 0 ? undefined : end), start + token.raw.length),
        );
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

/** A token's children: inline tokens, list items, table cells' contents. */
export function childTokens(token: Token): Token[] {
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
      refs.push({
        kind: isPoster ? 'image' : kind,
        url,
        offset: start + (tag.index ?? 0) + (attr.index ?? 0) + inAttr,
      });
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
    const decoded = decodeEntities(raw)
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => codePoint(parseInt(hex, 16)) ?? '\uFFFD')
      .replace(/\\(.)/g, '$1')
      .trim();
    const url = /^(["']).*\1$/s.test(decoded) ? decoded.slice(1, -1).trim() : decoded;
    const quote = /^\s*(["']|&quot;|&#39;)/.exec(raw)?.[1]?.length ?? 0;
    return { kind: 'style' as const, url, offset: start + (m.index ?? 0) + m[0].indexOf(raw) + lead + quote };
  });
}
