// A diagnostic as data, without its `say` functions (which compare by identity): what a test
// compares. The English message and hint stay; test/compiler/words/ tests the other languages.

import type { Diagnostic } from '../../../src/compiler/diagnostics/diagnostics.js';

export type PlainDiagnostic = Omit<Diagnostic, 'say'>;

export function plain(ds: readonly Diagnostic[]): PlainDiagnostic[] {
  return ds.map(({ say: _say, ...rest }) => rest);
}
