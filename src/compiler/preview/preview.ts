// `scormdown preview`: the lesson in a stand-in LMS on loopback. Every request of the preview page
// builds the lesson again (in memory, nothing written), so a teacher edits, saves and reloads; the
// course's files are served from that latest build under a folder, as an LMS serves a package.
// scorm-again (the LMS side) is served from node_modules and set up by the stand-in LMS
// (src/lms-stand-in/): neither ever goes into a package.

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { ScormVersion } from '../../shared/model.js';
import { PortInUseError } from '../diagnostics/errors.js';
import { buildPackages } from '../pipeline.js';
import { loadStandIn } from './bundle-stand-in.js';
import {
  CONTENT_PREFIX,
  previewPage,
  SCORM_AGAIN,
  SCORM_AGAIN_PATH,
  STAND_IN_PATH,
  type PreviewBuild,
} from './preview-page.js';

export interface PreviewOptions {
  lessonDir: string;
  version: ScormVersion;
  /** 0: any free port. */
  port: number;
  cwd: string;
}

export interface PreviewServer {
  /** "http://127.0.0.1:PORT/": the preview page. */
  url: string;
  close(): Promise<void>;
}

export const PREVIEW_HOST = '127.0.0.1';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
  pdf: 'application/pdf',
  xml: 'application/xml',
  xsd: 'application/xml',
  dtd: 'application/xml-dtd',
  txt: 'text/plain; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
};

/** The lesson built for one SCORM version, in memory. */
export async function previewBuild(options: PreviewOptions): Promise<PreviewBuild> {
  const { diagnostics, packages } = await buildPackages(options.lessonDir, [options.version], options.cwd);
  const pkg = packages?.[0];
  return { diagnostics, files: pkg?.files ?? null, data: pkg?.data ?? null };
}

const require = createRequire(import.meta.url);

/** scorm-again's minified browser build for the version: a classic script that sets a global
 *  (`this.Scorm12API = ...`), resolved through the package's exports so it works from lib/ too. */
export function scormAgainScript(version: ScormVersion): string {
  const { module, global } = SCORM_AGAIN[version];
  const file = require.resolve(module);
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith(`this.${global}=`)) throw new Error(`preview: ${file} does not define ${global}`);
  // The source map is not served: without the comment the browser's tools never ask for it.
  return text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** Only this machine's own names: a web page cannot reach the preview through a rebound DNS name. */
function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `${PREVIEW_HOST}:${port}` || host === `localhost:${port}`;
}

interface Routes {
  options: PreviewOptions;
  latest: PreviewBuild;
  scormAgain: string;
  standIn: string;
  onBuild(build: PreviewBuild): void;
}

async function route(routes: Routes, path: string, res: ServerResponse): Promise<void> {
  if (path === '/' || path === '/index.html') {
    routes.latest = await previewBuild(routes.options);
    routes.onBuild(routes.latest);
    send(
      res,
      200,
      TYPES.html as string,
      previewPage(routes.latest, routes.options.version, routes.options.lessonDir, routes.options.cwd),
    );
  } else if (path === `/${SCORM_AGAIN_PATH}`) {
    send(res, 200, TYPES.js as string, routes.scormAgain);
  } else if (path === `/${STAND_IN_PATH}`) {
    send(res, 200, TYPES.js as string, routes.standIn);
  } else if (path.startsWith(`/${CONTENT_PREFIX}`)) {
    const name = path.slice(CONTENT_PREFIX.length + 1);
    const body = routes.latest.files?.get(name);
    if (body === undefined) send(res, 404, 'text/plain; charset=utf-8', `not in the package: ${name}`);
    else send(res, 200, TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', body);
  } else {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }
}

async function handle(routes: Routes, port: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!hostAllowed(req.headers.host, port)) return send(res, 421, 'text/plain', 'use the address scormdown printed');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return send(res, 400, 'text/plain', 'bad path');
  }
  try {
    await route(routes, path, res);
  } catch (error) {
    // A bug or a broken install, not a lesson error: say so in the page instead of hanging.
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `scormdown preview failed:\n${text}`);
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // Taken (EADDRINUSE) or not allowed (EACCES, below 1024): the teacher picks another --port.
    const fail = (error: NodeJS.ErrnoException): void => {
      const taken = error.code === 'EADDRINUSE' || error.code === 'EACCES';
      reject(taken ? new PortInUseError(port, String(error.code)) : error);
    };
    server.once('error', fail);
    server.listen(port, PREVIEW_HOST, () => {
      server.off('error', fail);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Serves the preview until close(). `first` is the build already made (the CLI checks it before
 *  serving); `onBuild` hears every rebuild (the CLI prints new diagnostics). */
export async function startPreview(
  options: PreviewOptions,
  first?: PreviewBuild,
  onBuild: (build: PreviewBuild) => void = () => {},
): Promise<PreviewServer> {
  const routes: Routes = {
    options,
    latest: first ?? (await previewBuild(options)),
    scormAgain: scormAgainScript(options.version),
    standIn: await loadStandIn(),
    onBuild,
  };
  let port = options.port;
  const server = createServer((req, res) => void handle(routes, port, req, res));
  port = await listen(server, options.port);
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM, with the signal's name. */
export function untilInterrupted(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
