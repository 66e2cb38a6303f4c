// marked recurses once per level of nesting (block quotes, lists, emphasis runs), so Markdown nested
// a couple of thousand levels deep overflows the stack: a RangeError that would end the build with a
// stack trace. Such text is reported where it is written instead (found by test/fuzz/). The lexer
// may overflow itself; when it does not, the token tree is measured, so that the render stage and
// every walk over the tokens later cannot overflow either. Part of the Markdown library (markdown/):
// the front stage lexes every slide and quiz text through lexChecked.

import type { Token } from 'marked';
import { childTokens, lex } from './lex.js';
import type { Markdown, SourcePos } from '../model.js';

/** Nesting of tokens a lesson may use: a few hundred levels build, thousands are refused. */
export const MAX_DEPTH = 1000;

/** The lexed Markdown, or null when it nests too deeply to be read. */
export function lexChecked(source: string, inline: boolean, pos: SourcePos): Markdown | null {
  try {
    const md = lex(source, inline, pos);
    return depth(md.tokens) > MAX_DEPTH ? null : md;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Deepest nesting of child tokens, measured without recursion. */
function depth(tokens: Token[]): number {
  let deepest = 0;
  const stack: Array<[Token[], number]> = [[tokens, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [list, level] = next;
    deepest = Math.max(deepest, level);
    for (const token of list) {
      stack.push([childTokens(token), level + 1]);
    }
  }
  return deepest;
}
