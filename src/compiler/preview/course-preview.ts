// `scormdown preview <courseDir>`: the course's lessons, each in a preview of its own (its own stand-in
// LMS and stored data, as each SCO has in an LMS; following its saves), with the course's defaults,
// and a page that lists them in order beside the lesson chosen. Every server listens on the loopback
// address only, each checking the Host it is reached by, as the lesson preview does.

import { createServer, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../markdown/html-text.js';
import type { LoadedCourse } from '../load-course.js';
import type { Words } from '../words/words.js';
import { PREVIEW_HOST, startPreview, type PreviewOptions, type PreviewServer } from './preview.js';
import { PortInUseError } from '../diagnostics/errors.js';

export interface CoursePreview {
  url: string;
  /** Each lesson's own preview, in the course's order. */
  lessons: Array<{ title: string; url: string }>;
  close(): Promise<void>;
}

export async function startCoursePreview(
  options: PreviewOptions,
  course: LoadedCourse,
  words: Words,
  language: string,
): Promise<CoursePreview> {
  const servers: PreviewServer[] = [];
  const lessons: CoursePreview['lessons'] = [];
  try {
    for (const { lesson } of course.lessons) {
      const server = await startPreview({
        ...options,
        lessonDir: lesson.dir,
        port: 0,
        defaults: course.defaults,
        courseDir: resolve(options.cwd, options.lessonDir),
      });
      servers.push(server);
      lessons.push({ title: lesson.meta.title, url: server.url });
    }
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
  const page = coursePage(course.meta.title, lessons, words, language);
  let port = options.port;
  const server = createServer((req, res) => {
    const send = (status: number, type: string, body: string): ServerResponse =>
      res
        .writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
        .end(body);
    if (req.headers.host !== `${PREVIEW_HOST}:${port}` && req.headers.host !== `localhost:${port}`)
      return void send(421, 'text/plain', 'use the address scormdown printed');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void send(405, 'text/plain', 'GET only');
    if (req.url !== '/' && req.url !== '/index.html') return void send(404, 'text/plain', 'not found');
    send(200, 'text/html; charset=utf-8', page);
  });
  try {
    port = await new Promise<number>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(port, String(error.code)) : error,
        ),
      );
      server.listen(port, PREVIEW_HOST, () => resolve((server.address() as AddressInfo).port));
    });
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    lessons,
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** The course page: the lessons in order as a menu, the chosen one's preview beside it. */
function coursePage(title: string, lessons: CoursePreview['lessons'], words: Words, language: string): string {
  const items = lessons
    .map(
      (l, i) =>
        `<li><a href="${escapeHtml(l.url)}" target="lesson"${i === 0 ? ' aria-current="page"' : ''}>${escapeHtml(l.title)}</a></li>`,
    )
    .join('');
  const first = lessons[0]?.url ?? 'about:blank';
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · scormdown preview</title>
<link rel="icon" href="data:,">
<style>
body{margin:0;font:16px/1.4 system-ui,sans-serif;display:grid;grid-template-columns:16rem 1fr;height:100vh}
nav{padding:1rem;border-right:1px solid #ccc;overflow:auto}h1{font-size:1.1rem;margin:0 0 .75rem}
ol{padding-left:1.25rem}li{margin:.4rem 0}a[aria-current]{font-weight:bold}p{font-size:.9rem;color:#444}
iframe{width:100%;height:100%;border:0}
</style>
</head>
<body>
<nav aria-label="${escapeHtml(words.coursePreviewLessons())}">
<h1>${escapeHtml(title)}</h1>
<ol>${items}</ol>
<p>${escapeHtml(words.coursePreviewNote())}</p>
</nav>
<iframe name="lesson" title="${escapeHtml(words.coursePreviewLessons())}" src="${escapeHtml(first)}"></iframe>
<script>
for (const a of document.querySelectorAll('nav a')) a.addEventListener('click', () => {
  for (const b of document.querySelectorAll('nav a')) b.removeAttribute('aria-current');
  a.setAttribute('aria-current', 'page');
});
</script>
</body>
</html>
`;
}
