// Diagnostics as the CLI prints them and the preview shows them: each with the line of the author's
// file it points at, so a teacher sees the very text to fix. Each file is read once, only when there
// is something to report.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic } from './diagnostics.js';
import type { Diagnostic } from './diagnostics.js';

/** One printable block per diagnostic; `cwd` is the folder the positions' paths are relative to. */
export function formatReport(diagnostics: readonly Diagnostic[], cwd: string): string[] {
  const files = new Map<string, string[] | null>();
  const lineOf = (d: Diagnostic): string | undefined => {
    if (!files.has(d.pos.file)) files.set(d.pos.file, readLines(resolve(cwd, d.pos.file)));
    return files.get(d.pos.file)?.[d.pos.line - 1];
  };
  return diagnostics.map((d) => formatDiagnostic(d, lineOf(d)));
}

function readLines(path: string): string[] | null {
  try {
    return readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
  } catch {
    return null; // a missing file is itself the diagnostic: print it without a frame
  }
}
