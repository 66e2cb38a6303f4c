// `scormdown preview`: the lesson in a stand-in LMS on loopback. The lesson folder is watched and
// every save builds the lesson again in memory (live-build.ts, nothing written); the page hears of it
// through Server-Sent Events and relaunches the course with what the stand-in LMS stored, or shows
// the diagnostics over it. The course's files are served from the latest build under a folder, as an
// LMS serves a package: /content/ for --scorm's version, /1.2/content/ and /2004/content/ for each.
// scorm-again (the LMS side) is served from node_modules and set up by the stand-in LMS
// (src/lms-stand-in/): neither ever goes into a package.

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormVersion } from '../../shared/model.js';
import type { CourseShare } from '../model.js';
import type { AuthorLanguage } from '../../shared/author-language.js';
import type { PreviewUpdate } from '../../shared/preview-state.js';
import { PortInUseError } from '../diagnostics/errors.js';
import { LAUNCH_FILE } from '../package/manifest.js';
import { loadStandIn } from './bundle-stand-in.js';
import { liveBuild, type LiveBuild } from './live-build.js';
import { previewBuild, VERSIONS, type PreviewBuild } from './preview-build.js';
import {
  CONTENT_PREFIX,
  EVENTS_PATH,
  EVERY_QUESTION,
  previewPage,
  previewUpdate,
  SCORM_AGAIN,
  SCORM_AGAIN_PATH,
  STAND_IN_PATH,
} from './preview-page.js';

export { previewBuild, type PreviewBuild };

export interface PreviewOptions {
  lessonDir: string;
  version: ScormVersion;
  /** 0: any free port. */
  port: number;
  cwd: string;
  /** What a course gives a lesson of it, its defaults and logo (course-preview.ts). */
  course?: CourseShare;
  /** The course folder, for a lesson of a course: its course.yaml is followed too (live-build.ts). */
  courseDir?: string;
  /** The author's language (chooseAuthorLanguage): the page's words and its diagnostics. */
  lang: AuthorLanguage;
}

export interface PreviewServer {
  /** "http://127.0.0.1:PORT/": the preview page. */
  url: string;
  /** The lesson's title in the latest build; null while the lesson has errors. */
  readonly title: string | null;
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

/** By the file's extension, an author's name: only the table's own entries (`x.constructor` is none). */
function contentType(name: string): string {
  const ext = name.split('.').pop() ?? '';
  return (Object.hasOwn(TYPES, ext) ? TYPES[ext] : undefined) ?? 'application/octet-stream';
}

const require = createRequire(import.meta.url);

/** scorm-again's minified browser build for the version: a classic script that sets a global
 *  (`this.Scorm12API = ...`): its copy beside the compiled CLI, else (from source) resolved through
 *  the package's exports. */
export function scormAgainScript(version: ScormVersion): string {
  const { module, global, lib } = SCORM_AGAIN[version];
  const here = dirname(fileURLToPath(import.meta.url));
  const file = basename(here) === 'lib' && existsSync(join(here, lib)) ? join(here, lib) : require.resolve(module);
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith(`this.${global}=`)) throw new Error(`preview: ${file} does not define ${global}`);
  // The source map is not served: without the comment the browser's tools never ask for it.
  return text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

export function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** Only this machine's own names: a web page cannot reach the preview through a rebound DNS name. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `${PREVIEW_HOST}:${port}` || host === `localhost:${port}`;
}

/** A page's event stream, for its version. */
interface Listener {
  res: ServerResponse;
  version: ScormVersion;
}

interface Routes {
  options: PreviewOptions;
  live: LiveBuild;
  /** The title of the last build without errors. */
  title: string;
  scormAgain: string;
  standIn: string;
  listeners: Set<Listener>;
}

function update(routes: Routes, version: ScormVersion): PreviewUpdate {
  const { live, options } = routes;
  const context = {
    number: live.number,
    title: routes.title,
    watching: live.watching,
    cwd: options.cwd,
    lang: options.lang,
  };
  return previewUpdate({ ...context, build: live.latest.versions[version] }, version);
}

function event(listener: Listener, name: 'update' | 'building', data: unknown): void {
  listener.res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

function broadcast(routes: Routes, name: 'update' | 'building'): void {
  for (const listener of routes.listeners)
    event(listener, name, name === 'update' ? update(routes, listener.version) : {});
}

function listen(routes: Routes, version: ScormVersion, res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const listener = { res, version };
  routes.listeners.add(listener);
  res.on('close', () => routes.listeners.delete(listener));
  // The build as it is now: a page made from an older one relaunches at once.
  event(listener, 'update', update(routes, version));
}

/** "/1.2/content/a.png" is version 1.2 and "content/a.png"; a path without a version is --scorm's. */
function versionOf(path: string, fallback: ScormVersion): { version: ScormVersion; rest: string } {
  for (const version of VERSIONS) {
    if (path.startsWith(`/${version}/`)) return { version, rest: path.slice(version.length + 2) };
  }
  return { version: fallback, rest: path.slice(1) };
}

async function route(routes: Routes, url: URL, path: string, res: ServerResponse): Promise<void> {
  const { version, rest } = versionOf(path, routes.options.version);
  const every = url.searchParams.get(EVERY_QUESTION) === '1';
  if (VERSIONS.some((v) => path === `/${v}`)) {
    // The page's relative links need the folder.
    res.writeHead(308, { location: `${path}/${url.search}` }).end();
  } else if (rest === '' || rest === 'index.html') {
    // A reload always shows the latest lesson, also where the folder cannot be watched.
    await routes.live.rebuild();
    const { live, options } = routes;
    const page = {
      every,
      number: live.number,
      title: routes.title,
      watching: live.watching,
      lang: options.lang,
    };
    const html = previewPage(live.latest.versions[version], version, options.lessonDir, options.cwd, page);
    send(res, 200, TYPES.html as string, html);
  } else if (path === `/${EVENTS_PATH}`) {
    const asked = url.searchParams.get('scorm');
    listen(routes, VERSIONS.find((v) => v === asked) ?? routes.options.version, res);
  } else if (path === `/${SCORM_AGAIN_PATH}`) {
    send(res, 200, TYPES.js as string, routes.scormAgain);
  } else if (path === `/${STAND_IN_PATH}`) {
    send(res, 200, TYPES.js as string, routes.standIn);
  } else if (rest.startsWith(CONTENT_PREFIX)) {
    const name = rest.slice(CONTENT_PREFIX.length);
    const body =
      every && name === LAUNCH_FILE
        ? ((await routes.live.everyQuestionPage()) ?? undefined)
        : routes.live.latest.versions[version].files?.get(name);
    if (body === undefined) send(res, 404, 'text/plain; charset=utf-8', `not in the package: ${name}`);
    else send(res, 200, contentType(name), body);
  } else {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }
}

async function handle(routes: Routes, port: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!hostAllowed(req.headers.host, port)) return send(res, 421, 'text/plain', 'use the address scormdown printed');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
  let url: URL;
  let path: string;
  try {
    url = new URL(req.url ?? '/', 'http://x');
    path = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'text/plain', 'bad path');
  }
  try {
    await route(routes, url, path, res);
  } catch (error) {
    // A bug or a broken install, not a lesson error: say so in the page instead of hanging.
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `scormdown preview failed:\n${text}`);
  }
}

export function listenOn(server: Server, port: number): Promise<number> {
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
 *  serving); `onBuild` hears every build that changed something (the CLI prints new diagnostics). */
export async function startPreview(
  options: PreviewOptions,
  first?: PreviewBuild,
  onBuild: (build: PreviewBuild) => void = () => {},
): Promise<PreviewServer> {
  const start = first ?? (await previewBuild(options.lessonDir, options.cwd, options.course));
  const titleOf = (build: PreviewBuild): string | undefined => build.versions[options.version].data?.title;
  const routes: Routes = {
    options,
    title: titleOf(start) ?? options.lessonDir,
    scormAgain: VERSIONS.map(scormAgainScript).join(''),
    standIn: await loadStandIn(),
    listeners: new Set(),
    live: liveBuild(options, start, {
      changing: () => broadcast(routes, 'building'),
      built(build) {
        routes.title = titleOf(build) ?? routes.title;
        onBuild(build);
        broadcast(routes, 'update');
      },
    }),
  };
  let port = options.port;
  const server = createServer((req, res) => void handle(routes, port, req, res));
  try {
    port = await listenOn(server, options.port);
  } catch (error) {
    routes.live.close();
    throw error;
  }
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    get title() {
      return titleOf(routes.live.latest) ?? null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        routes.live.close();
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
