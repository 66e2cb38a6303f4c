// Writing Markdown, once: the tokens lex.ts read become HTML here, called by the render stage after
// the asset stage knows which files are packaged. Image syntax for an audio, video or PDF file
// renders as a player or a link (media-html.ts), a video with its captions when its .vtt was packaged;
// links open in a new tab; a picture alone in its paragraph with a title (`![alt](x.png "Caption")`) is a
// figure with that caption; raw HTML is what the allowlist kept of it (html-policy.ts). Nothing patches the HTML afterwards. The plain text of Markdown (a
// slide's title, a prompt's text) is read here too. Part of the Markdown library (markdown/).

import { Marked, Parser } from 'marked';
import type { Token, Tokens } from 'marked';
import { escapeHtml, htmlAttribute, htmlToText } from './html-text.js';
import { NEW_TAB, mediaHtml } from './media-html.js';
import { mediaKind } from './media-kind.js';
import type { Captions } from './media-kind.js';
import type { HtmlRule, Markdown } from '../model.js';
import { readHtml } from './html-reader.js';

export interface MarkdownRenderer {
  /** HTML of a slide's Markdown or of a quiz text, trimmed. */
  html(md: Pick<Markdown, 'tokens' | 'inline'>): string;
}

/** A renderer for one lesson: `captionsFor` names the captions of a video URL, or null; `html` says
 *  whether raw HTML is rendered as the allowlist keeps it (html-policy.ts) or as written. */
export function markdownRenderer(
  captionsFor: (videoSrc: string) => Captions | null,
  html: HtmlRule = 'allowlist',
): MarkdownRenderer {
  const marked = new Marked({
    gfm: true,
    breaks: false,
    async: false,
    renderer: {
      paragraph(token) {
        const image = lone(token.tokens);
        if (image === null || !image.title) return false;
        // The caption is shown, so the title is not repeated as a tooltip a screen reader reads twice.
        const figure = this.parser.parseInline([{ ...image, title: null }]);
        return `<figure>${figure}<figcaption>${escapeHtml(image.title)}</figcaption></figure>\n`;
      },
      image(token) {
        const kind = mediaKind(token.href);
        // false: marked's own <img>, also for a URL it refuses to clean.
        const src = kind === null ? null : cleanUrl(token.href);
        if (kind === null || src === null) return false;
        const alt = token.tokens ? this.parser.parseInline(token.tokens, this.parser.textRenderer) : token.text;
        return mediaHtml(kind, src, alt, kind === 'video' ? captionsFor(src) : null);
      },
      html(token) {
        // false: marked writes the author's HTML as it is.
        return html === 'trusted' ? false : readHtml(token.text).html;
      },
      link(token) {
        // A jump within the page or a mail link leaves the lesson where it is.
        const href = /^\s*(#|mailto:|tel:)/i.test(token.href) ? null : cleanUrl(token.href);
        if (href === null) return false;
        const title = token.title ? ` title="${htmlAttribute(token.title)}"` : '';
        return `<a href="${href}"${title} ${NEW_TAB}>${this.parser.parseInline(token.tokens)}</a>`;
      },
    },
  });
  return {
    html: ({ tokens, inline }) => (inline ? Parser.parseInline(tokens, marked.defaults) : marked.parser(tokens)).trim(),
  };
}

/** The picture a paragraph holds and nothing else (blank text around it aside), or null; a player
 *  (audio, video) or PDF link in image syntax is not a figure, and its title stays unused. */
function lone(tokens: Token[]): Tokens.Image | null {
  const rest = tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  const [only] = rest;
  return rest.length === 1 && only?.type === 'image' && mediaKind((only as Tokens.Image).href) === null
    ? (only as Tokens.Image)
    : null;
}

/** As marked's link and image renderers clean an href: percent-encoded, an existing % kept. */
function cleanUrl(href: string): string | null {
  try {
    return encodeURI(href).replace(/%25/g, '%');
  } catch {
    return null;
  }
}

// Raw HTML as written: its tags are dropped from the text, and nothing of it becomes HTML.
const plain = markdownRenderer(() => null, 'trusted');

/** Plain text of Markdown (a slide title, an interaction description): its HTML read as text. */
export function markdownText(md: Pick<Markdown, 'tokens' | 'inline'>): string {
  return htmlToText(plain.html(md));
}

/** Plain text of inline tokens (a heading's). */
export function inlineText(tokens: Token[]): string {
  return markdownText({ tokens, inline: true });
}
