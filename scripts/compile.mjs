// Compiles the CLI (build.ts and the compiler it imports) into one ESM file, lib/scormdown.js,
// the package's bin. Dependencies stay external: they are installed next to it. The browser
// runtime is NOT part of this bundle: the compiler bundles src/runtime at build time.

import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}lib/scormdown.js`;

await build({
  entryPoints: [`${root}build.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
