// Reading Markdown, once: one private marked instance (GFM: tables, strikethrough, autolinks) lexes
// every text into tokens, so other code configuring the global `marked` cannot change what a lesson
// reads as. Part of the Markdown library (markdown/), which every stage may import. The checks read
// these tokens: the first heading of a slide, paragraphs that became code, and every file a text
// refers to (refs.ts). render-markdown.ts turns the same tokens into HTML.

import { Marked } from 'marked';
import type { Token, Tokens } from 'marked';
import type { Markdown, SourcePos } from '../model.js';
import { append } from '../../shared/append.js';

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

/** A token's children: inline tokens, list items, table cells' contents. */
export function childTokens(token: Token): Token[] {
  const out: Token[] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) append(out, token.tokens as Token[]);
  if (token.type === 'list') for (const item of (token as Tokens.List).items) out.push(item);
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    for (const cell of [...table.header, ...table.rows.flat()]) append(out, cell.tokens);
  }
  return out;
}
