// Compiles the CLI (build.ts and the compiler it imports) into one ESM file, lib/scormdown.js,
// the package's bin, and prebuilds the player beside it (lib/player-scorm12.js, lib/player-scorm2004.js, lib/player.css) with the
// compiler's own bundleRuntime(), so a build run by the CLI does not start esbuild. Dependencies
// stay external: they are installed next to it.

import { build } from 'esbuild';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = `${root}lib/`;

await build({
  entryPoints: {
    scormdown: `${root}build.ts`,
    'bundle-runtime': `${root}src/compiler/bundle-runtime.ts`,
  },
  outdir: lib,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
await chmod(`${lib}scormdown.js`, 0o755);

const bundler = `${lib}bundle-runtime.js`;
const { bundleRuntime, PREBUILT } = await import(pathToFileURL(bundler).href);
const { js, css } = await bundleRuntime();
await Promise.all([
  ...Object.entries(PREBUILT.js).map(([version, name]) => writeFile(`${lib}${name}`, js[version])),
  writeFile(`${lib}${PREBUILT.css}`, css),
]);
await rm(bundler);
