// The names a package's files get must unpack on the LMS's and the teacher's systems: a file or
// folder name of more than MAX_NAME_BYTES bytes (UTF-8) fails on some of them (eCryptfs takes 143).
// The author's own system held the file, so this is a warning, at the first reference to it.

import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import { MAX_NAME_BYTES } from '../front/parse-front-matter.js';
import type { Asset } from '../model.js';

export function packageNameProblems(assets: readonly Asset[]): Diagnostic[] {
  return assets.flatMap((asset) => {
    const long = asset.target.split('/').find((part) => Buffer.byteLength(part, 'utf8') > MAX_NAME_BYTES);
    if (long === undefined) return [];
    return [
      diag('ASSET_NAME_TOO_LONG', asset.pos, (w) =>
        w.nameTooLong(long, asset.target, Buffer.byteLength(long, 'utf8'), MAX_NAME_BYTES),
      ),
    ];
  });
}
