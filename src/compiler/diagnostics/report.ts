// Diagnostics as the CLI prints them and the preview shows them: each with the line of the author's
// file it points at, so a teacher sees the very text to fix. Each file is read once, only when there
// is something to report.

import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLAIN, formatDiagnostic } from './diagnostics.js';
import type { Code, Diagnostic, Paint } from './diagnostics.js';
import { WORDS, type Words } from '../words/words.js';

/** Diagnostics of one code shown before the rest are counted: a lesson with 100,000 list entries gave
 *  400,000 lines, and the first few of a kind say what to fix. The library still returns them all. */
export const PER_CODE = 20;

export interface CappedReport {
  /** At most `max` of each code, in the order given. */
  shown: Diagnostic[];
  /** One line per code that had more: "... and 129,979 more SLIDE_ID_DUPLICATE error(s) not shown". */
  more: Array<{ text: string; error: boolean }>;
}

export function capPerCode(diagnostics: readonly Diagnostic[], max = PER_CODE, words: Words = WORDS.en): CappedReport {
  const count = new Map<Code, number>();
  const shown = diagnostics.filter((d) => {
    const n = (count.get(d.code) ?? 0) + 1;
    count.set(d.code, n);
    return n <= max;
  });
  const more = [...count]
    .filter(([, n]) => n > max)
    .map(([code, n]) => {
      const error = diagnostics.find((d) => d.code === code)?.severity === 'error';
      return { text: words.moreNotShown(n - max, code, error), error };
    });
  return { shown, more };
}

/** What the CLI prints: the capped report, each kept diagnostic with its line, then the counts of the rest;
 *  the diagnostics as said already (inLanguage), the frame's words in `words`. */
export function reportLines(
  diagnostics: readonly Diagnostic[],
  cwd: string,
  max = PER_CODE,
  paint: Paint = PLAIN,
  words: Words = WORDS.en,
): string[] {
  const { shown, more } = capPerCode(diagnostics, max, words);
  return [
    ...formatReport(shown, cwd, paint, words),
    ...more.map((m) => paint.severity(m.error ? 'error' : 'warning', m.text)),
  ];
}

/** One printable block per diagnostic; `cwd` is the folder the positions' paths are relative to. */
export function formatReport(
  diagnostics: readonly Diagnostic[],
  cwd: string,
  paint: Paint = PLAIN,
  words: Words = WORDS.en,
): string[] {
  const files = new Map<string, string[] | null>();
  const lineOf = (d: Diagnostic): string | undefined => {
    if (d.pos.line < 1) return undefined; // the file as a whole: no line to show
    if (!files.has(d.pos.file)) files.set(d.pos.file, readLines(resolve(cwd, d.pos.file)));
    return files.get(d.pos.file)?.[d.pos.line - 1];
  };
  return diagnostics.map((d) => formatDiagnostic(d, lineOf(d), paint, words));
}

// The frame is a courtesy: a file is shown only when it is an ordinary file reached without a link.
// So a FIFO never blocks the report (O_NONBLOCK), and a lesson.md that is a link to a file of the
// machine (itself the diagnostic) never has that file's first line printed (O_NOFOLLOW).
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function readLines(path: string): string[] | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, FLAGS);
    if (!fstatSync(fd).isFile()) return null;
    return readFileSync(fd, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
  } catch {
    return null; // a missing file is itself the diagnostic: print it without a frame
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
