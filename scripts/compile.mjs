// Compiles the CLI (build.ts and the compiler it imports) into one ESM file, lib/scormdown.js,
// the package's bin, and prebuilds the player beside it (lib/player-scorm12.js, lib/player-scorm2004.js,
// their parts such as lib/player-scorm12-s1.js, lib/player.css) with the
// compiler's own bundleRuntime(), so a build run by the CLI does not start esbuild. The templates go
// in precompiled (src/compiler/render/precompiled.ts), so it does not load the Handlebars compiler either.
// The compiler's dependencies (marked, yaml, the Handlebars runtime) are bundled in: resolving bare
// imports and loading yaml's many CommonJS files was a fifth of a build's start-up. Only esbuild
// (a native binary, loaded when bundling from source), scorm-again (files the preview serves as they
// are) and the Handlebars compiler (used only when run from source) stay installed beside it.

import { build } from 'esbuild';
import { chmod, copyFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = `${root}lib/`;

// splitting: each command's `import()` (src/compiler/cli/cli.ts) becomes its own chunk beside
// scormdown.js, evaluated only when that command runs (`build` never loads the preview server).
// Chunk names end in a content hash (`pipeline-AXKV67J3.js`, `chunk-E6HLYEIO.js`): remove those of an
// earlier compile first.
const oldChunks = (await readdir(lib).catch(() => [])).filter((name) => /^[\w-]+-[A-Z0-9]{8}\.js$/.test(name));
await Promise.all(oldChunks.map((name) => rm(`${lib}${name}`)));

// Every template under templates/, precompiled by the compiler's own render-templates.ts.
const precompiler = `${lib}precompile-templates.js`;
await build({
  entryPoints: [`${root}src/compiler/render/render-templates.ts`],
  outfile: precompiler,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const templates = (await import(pathToFileURL(precompiler).href)).precompiledModule();
await rm(precompiler);
const precompiled = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]compiler[\\/]render[\\/]precompiled\.ts$/ }, () => ({
      contents: templates,
      loader: 'js',
    }));
  },
};

await build({
  plugins: [precompiled],
  entryPoints: {
    scormdown: `${root}build.ts`,
    'bundle-runtime': `${root}src/compiler/package/bundle-runtime.ts`,
    'bundle-stand-in': `${root}src/compiler/preview/bundle-stand-in.ts`,
  },
  outdir: lib,
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  target: 'node20',
  external: ['esbuild', 'scorm-again'],
  // yaml's CommonJS files call require('process'): an ES module has no require of its own.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __scormdownRequire } from 'node:module';\nconst require = __scormdownRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await chmod(`${lib}scormdown.js`, 0o755);

const bundler = `${lib}bundle-runtime.js`;
const { bundleRuntime, PREBUILT } = await import(pathToFileURL(bundler).href);
const { js, parts, css } = await bundleRuntime();
await Promise.all([
  ...Object.entries(PREBUILT.js).map(([version, name]) => writeFile(`${lib}${name}`, js[version])),
  ...Object.entries(PREBUILT.parts).flatMap(([version, files]) =>
    Object.entries(files).map(([file, name]) => writeFile(`${lib}${name}`, parts[version][file])),
  ),
  writeFile(`${lib}${PREBUILT.css}`, css),
]);

// The preview's stand-in LMS (src/lms-stand-in/), bundled once here: an installed scormdown serves it
// without esbuild (an optional dependency, absent from an offline install).
const standIn = await import(pathToFileURL(`${lib}bundle-stand-in.js`).href);
await writeFile(`${lib}${standIn.STAND_IN_FILE}`, await standIn.bundleStandIn('preview'));

// scorm-again's two browser builds (MIT, its licence beside them), served by the preview
// (src/compiler/preview/preview-page.ts, SCORM_AGAIN: same names): an installed scormdown then needs
// none of its dependencies but esbuild, and that one only to make a lesson's own player.
const require = createRequire(import.meta.url);
await Promise.all([
  copyFile(require.resolve('scorm-again/scorm12/min'), `${lib}scorm-again-scorm12.min.js`),
  copyFile(require.resolve('scorm-again/scorm2004/min'), `${lib}scorm-again-scorm2004.min.js`),
  copyFile(`${root}node_modules/scorm-again/LICENSE`, `${lib}scorm-again.LICENSE`),
]);
