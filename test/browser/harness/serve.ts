// A static file server on loopback that serves files from memory, so a package can be tested
// without writing it to disk. Paths are the package's own ("index.html", "assets/x.svg"), served
// under a prefix (default "/course/") to prove the package works from any URL prefix. POST bodies
// are kept in `posts`: what an LMS's server would have received (commits sent by the harness's LMS).
// GET /slow?ms=N is a slow server: it answers after N ms.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Files = Map<string, string | Uint8Array>;

/** GET /slow?ms=N answers after N ms: what the test LMS's slow calls wait for. */
export const SLOW_PATH = 'slow';

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
  mp4: 'video/mp4',
  pdf: 'application/pdf',
  xml: 'application/xml',
  xsd: 'application/xml',
};

export interface Served {
  /** Origin, e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** Every request path the browser made, in order: proves nothing left the package. */
  requests: string[];
  /** Every POST body the server received, in order of arrival, with its path. */
  posts: Array<{ path: string; body: string }>;
  /** Replace or add files while serving (e.g. a harness page). */
  files: Files;
  close(): Promise<void>;
}

export async function serveFiles(files: Files): Promise<Served> {
  const requests: string[] = [];
  const posts: Served['posts'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname).replace(/^\//, '');
    requests.push(path);
    if (path === SLOW_PATH) {
      // A slow LMS server: the answer comes after ?ms= milliseconds (the test LMS's slow calls).
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('ok'),
        Number(url.searchParams.get('ms')),
      );
      return;
    }
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        posts.push({ path, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
      return;
    }
    const body = files.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = path.split('.').pop() ?? '';
    res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    posts,
    files,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The package's files under a folder prefix, as an LMS serves them (Moodle: pluginfile.php/.../content/1/). */
export function underPrefix(pkg: Files, prefix: string): Files {
  const out: Files = new Map();
  for (const [path, body] of pkg) out.set(`${prefix}${path}`, body);
  return out;
}
