// Every URL a piece of Markdown refers to, with its offset: images, media, links, and the url(...)
// and @import of CSS in a style attribute or a <style> block. Part of the Markdown library
// (markdown/); the asset check (check/collect-assets.ts) decides what each one means for the package.

import type { Token, Tokens } from 'marked';
import { codePoint, decodeEntities } from './html-text.js';
import { childTokens } from './lex.js';
import { mediaKind } from './media-kind.js';
import { readHtml } from './html-reader.js';
import type { Markdown } from '../model.js';
import { append } from '../../shared/append.js';

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
  const refs: Ref[] = [];
  walkOffsets(md, (token, start) => append(refs, refsOf(token, start)));
  for (const piece of htmlPieces(md)) if (piece.css) append(refs, cssRefs(piece.html, piece.offset));
  return refs.sort((a, b) => a.offset - b.offset);
}

/** A piece of raw HTML in Markdown at its offset; css: the text of an inline `<style>` (quiz texts),
 *  which marked reads as text between two tags. */
export interface HtmlPiece {
  html: string;
  offset: number;
  css: boolean;
}

/** Every piece of raw HTML in the Markdown (marked's `html` tokens), in source order. */
export function htmlPieces(md: Markdown): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  walkOffsets(md, (token, start) => {
    if (token.type !== 'html') return;
    pieces.push({ html: token.raw, offset: start, css: false });
    // Inline, `<style>` is a token of its own and the CSS after it is text: read up to `</style>`.
    if (md.inline && /^<style\b/i.test(token.raw)) {
      const end = md.source.toLowerCase().indexOf('</style', start);
      pieces.push({
        html: md.source.slice(start + token.raw.length, end < 0 ? undefined : end),
        offset: start + token.raw.length,
        css: true,
      });
    }
  });
  return pieces;
}

/** Calls `visit` with every token and its offset in the Markdown, in source order. */
function walkOffsets(md: Markdown, visit: (token: Token, start: number) => void): void {
  let cursor = 0;
  // Tokens come in source order, so searching each token's raw text from the previous match
  // finds its offset; children are searched from their parent's start.
  const walk = (list: Token[]): void => {
    for (const token of list) {
      const at = md.source.indexOf(token.raw, cursor);
      const start = at >= 0 ? at : cursor;
      cursor = start;
      visit(token, start);
      const children = childTokens(token);
      if (children.length > 0) walk(children);
      cursor = at >= 0 ? start + token.raw.length : cursor;
    }
  };
  walk(md.tokens);
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

/** URLs in raw HTML, e.g. `<img src="assets/x.png" alt="">` written in the Markdown: every URL
 *  attribute of every element and the url() of its CSS, as the HTML tokenizer reads them
 *  (html-policy.ts), so what a browser would fetch is what the asset check sees. */
export function htmlRefs(html: string, start = 0): Ref[] {
  const { urls, styles } = readHtml(html, true);
  const refs: Ref[] = urls.map((u) => ({ kind: u.kind, url: u.url, offset: start + u.offset }));
  for (const style of styles) append(refs, cssRefs(style.css, start + style.offset));
  return refs.sort((a, b) => a.offset - b.offset);
}

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
