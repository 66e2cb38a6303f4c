// Raw HTML in the lesson's Markdown against the allowlist (markdown/html-allowlist.ts): every element
// or attribute the render stage leaves out is a warning at its place, every one that would run
// script, leave the package or send the learner elsewhere an error, as is CSS that could fetch a
// file. With `html: trusted` the author's HTML is kept as written; its CSS is still checked. Part of
// the check stage; html-policy.ts reads the HTML, the render stage writes what it kept.

import { diag } from '../diagnostics/diagnostics.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import type { Words } from '../words/words.js';
import { cssProblems } from '../markdown/css-check.js';
import { readHtml } from '../markdown/html-reader.js';
import { locate } from '../markdown/locate.js';
import { htmlPieces } from '../markdown/refs.js';
import type { HtmlRule, Markdown } from '../model.js';

export function htmlDiagnostics(texts: readonly Markdown[], rule: HtmlRule): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const md of texts) {
    for (const piece of htmlPieces(md)) {
      const findings = piece.css
        ? cssProblems(piece.html).map((p) => ({
            code: 'CSS_REFUSED' as const,
            offset: p.offset,
            message: (w: Words) => w.css[p.fetch],
            hint: undefined,
          }))
        : readHtml(piece.html, rule === 'trusted').findings;
      for (const f of findings) out.push(diag(f.code, locate(md, piece.offset + f.offset), f.message, f.hint));
    }
  }
  return out;
}
