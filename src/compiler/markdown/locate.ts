// From an offset in a piece of Markdown (a ref's, an indented paragraph's) to the place in the
// author's file that a diagnostic points at. Part of the Markdown library (markdown/).

import type { Markdown, SourcePos } from '../model.js';

/** Where an offset in Markdown is in its file. Quiz Markdown sits in YAML scalars (maybe quoted or
 *  folded): there it is the scalar itself. */
export function locate(md: Markdown, offset: number): SourcePos {
  if (md.inline) return md.pos;
  const before = md.source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { file: md.pos.file, line: md.pos.line + (before.match(/\n/g)?.length ?? 0), column: offset - lineStart + 1 };
}
