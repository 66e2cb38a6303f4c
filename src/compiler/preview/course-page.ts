// The page of `scormdown preview <courseDir>`: the course's lessons in order as a menu beside the chosen
// lesson's own preview. The menu is drawn by the page's script from the state the server sends, once
// with the page and again on each change (a lesson added, taken out or retitled, course.yaml's problems).

import { escapeHtml } from '../markdown/html-text.js';
import type { AuthorLanguage } from '../../shared/author-language.js';
import { WORDS } from '../words/words.js';

/** A lesson as the course page lists it. */
export interface CourseEntry {
  /** As course.yaml writes it. */
  path: string;
  /** The lesson's title as last built; its path while it has none. */
  title: string;
  /** Its preview's address; null when the folder is not there (course.yaml's problem says so). */
  url: string | null;
}

/** What the course page shows: sent whole on each change. */
export interface CourseState {
  title: string;
  lessons: CourseEntry[];
  /** course.yaml's problems as a build prints them. */
  report: Array<{ text: string; error: boolean }>;
}

/** Where the course page hears of changes (Server-Sent Events). */
export const COURSE_EVENTS = 'course-events';

/** The course page: the lessons in order as a menu, the chosen one's preview beside it; the menu is
 *  drawn by the page's script from the state, at first and on each change. */
export function coursePage(state: CourseState, lang: AuthorLanguage): string {
  const words = WORDS[lang];
  const first = state.lessons.find((l) => l.url !== null)?.url ?? 'about:blank';
  // In a script element: no "</script>" or "<!--" can close it.
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(state.title)} · scormdown preview</title>
<link rel="icon" href="data:,">
<style>
body{margin:0;font:16px/1.4 system-ui,sans-serif;display:grid;grid-template-columns:16rem 1fr;height:100vh}
nav{padding:1rem;border-right:1px solid #ccc;overflow:auto}h1{font-size:1.1rem;margin:0 0 .75rem}
ol{padding-left:1.25rem}li{margin:.4rem 0}a[aria-current]{font-weight:bold}p{font-size:.9rem;color:#444}
.missing{color:#555;text-decoration:line-through}
pre{white-space:pre-wrap;font-size:.8rem;margin:.5rem 0;padding:.5rem;border-left:4px solid #b00;background:#fff4f4}
pre.warning{border-color:#8a5a00;background:#fffbea}
iframe{width:100%;height:100%;border:0}
</style>
</head>
<body>
<nav aria-label="${escapeHtml(words.coursePreviewLessons())}">
<h1></h1>
<ol></ol>
<div id="problems" role="alert"></div>
<p>${escapeHtml(words.coursePreviewNote())}</p>
</nav>
<iframe name="lesson" title="${escapeHtml(words.coursePreviewLessons())}" src="${escapeHtml(first)}"></iframe>
<script type="application/json" id="state">${json}</script>
<script>
const frame = document.querySelector('iframe');
let state = JSON.parse(document.getElementById('state').textContent);
let chosen = ${JSON.stringify(first === 'about:blank' ? null : first)};
function mark() {
  for (const a of document.querySelectorAll('nav a'))
    if (a.getAttribute('href') === chosen) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
}
function draw() {
  document.querySelector('h1').textContent = state.title;
  document.title = state.title + ' · scormdown preview';
  const list = document.querySelector('nav ol');
  list.replaceChildren(...state.lessons.map((l) => {
    const item = document.createElement('li');
    if (l.url === null) {
      item.className = 'missing';
      item.textContent = l.path;
    } else {
      const a = document.createElement('a');
      a.href = l.url;
      a.target = 'lesson';
      a.textContent = l.title;
      a.addEventListener('click', () => { chosen = l.url; mark(); });
      item.append(a);
    }
    return item;
  }));
  document.getElementById('problems').replaceChildren(...state.report.map((r) => {
    const pre = document.createElement('pre');
    pre.className = r.error ? 'error' : 'warning';
    pre.textContent = r.text;
    return pre;
  }));
  // The lesson shown was taken out of the course: the first one instead.
  if (!state.lessons.some((l) => l.url === chosen)) {
    chosen = state.lessons.find((l) => l.url !== null)?.url ?? null;
    frame.src = chosen ?? 'about:blank';
  }
  mark();
}
draw();
new EventSource('${COURSE_EVENTS}').addEventListener('course', (e) => { state = JSON.parse(e.data); draw(); });
</script>
</body>
</html>
`;
}
