// CSS that can fetch, in a style attribute or a <style> block. url() is left to the asset check
// (refs.ts collects it: a file of the package is fine, the internet is ASSET_REMOTE); everything
// else that loads a file is refused here. A backslash escape can spell any of these in a way no
// simple reading sees (`u\72l(`), so the honest rule is to refuse escapes outright: a teacher's CSS
// has no need of them. Part of the Markdown library (markdown/).

import type { CssFetch } from '../words/words-types.js';

export interface CssProblem {
  /** Offset in the CSS text. */
  offset: number;
  /** What it would fetch (its words: src/compiler/words/, `css`). */
  fetch: CssFetch;
}

const FETCHING: ReadonlyArray<[RegExp, CssFetch]> = [
  [/\\/, 'escape'],
  [/@import\b/i, 'import'],
  [/(?:^|[^\w-])(?:-webkit-)?image-set\s*\(/i, 'image-set'],
  [/(?:^|[^\w-])image\s*\(/i, 'image'],
  [/(?:^|[^\w-])(?:-webkit-)?cross-fade\s*\(/i, 'cross-fade'],
  [/(?:^|[^\w-])src\s*\(/i, 'src'],
  [/(?:^|[^\w-])expression\s*\(/i, 'expression'],
  [/-moz-binding\b|(?:^|[^\w-])behavior\s*:/i, 'binding'],
];

/** Everything in a CSS text that could fetch a file other than through url(), in order. */
export function cssProblems(css: string): CssProblem[] {
  const found: CssProblem[] = [];
  for (const [pattern, fetch] of FETCHING) {
    const at = pattern.exec(css);
    // The character before a function's name is matched too: skip it.
    if (at !== null) found.push({ offset: at.index + (/^[^\w@\\-]/.test(at[0]) ? 1 : 0), fetch });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
