// CSS that can fetch, in a style attribute or a <style> block. url() is left to the asset check
// (refs.ts collects it: a file of the package is fine, the internet is ASSET_REMOTE); everything
// else that loads a file is refused here. A backslash escape can spell any of these in a way no
// simple reading sees (`u\72l(`), so the honest rule is to refuse escapes outright: a teacher's CSS
// has no need of them. Part of the Markdown library (markdown/).

export interface CssProblem {
  /** Offset in the CSS text. */
  offset: number;
  message: string;
}

const FETCHING: ReadonlyArray<[RegExp, string]> = [
  [/\\/, 'a backslash escape in CSS can hide an address'],
  [/@import\b/i, '@import loads another style sheet'],
  [/(?:^|[^\w-])(?:-webkit-)?image-set\s*\(/i, 'image-set() loads pictures the package check cannot follow'],
  [/(?:^|[^\w-])image\s*\(/i, 'image() loads a picture the package check cannot follow'],
  [/(?:^|[^\w-])(?:-webkit-)?cross-fade\s*\(/i, 'cross-fade() loads pictures the package check cannot follow'],
  [/(?:^|[^\w-])src\s*\(/i, 'src() loads a file the package check cannot follow'],
  [/(?:^|[^\w-])expression\s*\(/i, 'expression() runs script in old browsers'],
  [/-moz-binding\b|(?:^|[^\w-])behavior\s*:/i, 'a binding or behavior loads script'],
];

/** Everything in a CSS text that could fetch a file other than through url(), in order. */
export function cssProblems(css: string): CssProblem[] {
  const found: CssProblem[] = [];
  for (const [pattern, message] of FETCHING) {
    const at = pattern.exec(css);
    // The character before a function's name is matched too: skip it.
    if (at !== null) found.push({ offset: at.index + (/^[^\w@\\-]/.test(at[0]) ? 1 : 0), message });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
