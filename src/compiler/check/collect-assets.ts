// Every file the lesson's Markdown refers to goes into the package under the same relative path.
// Images and media must come from inside the package: Moodle serves it under
// pluginfile.php/<ctx>/mod_scorm/content/<rev>/, so root-absolute paths break, and nothing may be
// requested from outside (offline LMSes, privacy). Links to websites are fine. The one exception is
// `::video` (front/video-url.ts), a directive, so a YouTube or Vimeo address here gets that as its hint.
// Part of the check stage; the URLs themselves are found by markdown/refs.ts.

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { assertNever } from '../../shared/model.js';
import { escapingLink, folderFiles } from '../front/boundary.js';
import { diag } from '../diagnostics/diagnostics.js';
import { locate } from '../markdown/locate.js';
import { findRefs, htmlPieces } from '../markdown/refs.js';
import { loadHtmlReader } from '../markdown/html-reader.js';
import { SCRIPT_SCHEMES, schemeOf } from '../markdown/html-allowlist.js';
import type { Ref } from '../markdown/refs.js';
import { captionsPath } from '../markdown/media-kind.js';
import type { Captions } from '../markdown/media-kind.js';
import type { Asset, Markdown, SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { closestPath } from '../diagnostics/suggest.js';
import { parseVideoUrl } from '../front/video-url.js';

type Verdict = { kind: 'skip' } | { kind: 'local'; target: string } | { kind: 'problem'; diagnostic: Diagnostic };

export async function collectAssets(
  lessonDir: string,
  sources: readonly Markdown[],
): Promise<{ assets: Asset[]; diagnostics: Diagnostic[] }> {
  // Raw HTML is read by a tokenizer loaded only for a lesson that has some (markdown/html-reader.ts).
  if (sources.some((md) => htmlPieces(md).length > 0)) await loadHtmlReader();
  const assets = new Map<string, Asset>();
  const diagnostics: Diagnostic[] = [];
  const add = (target: string, pos: SourcePos): void => {
    assets.set(target, { source: path.join(lessonDir, ...target.split('/')), target, pos });
  };
  let listed: Promise<string[]> | null = null;
  const folder: LessonFolder = { dir: lessonDir, files: () => (listed ??= folderFiles(lessonDir)) };
  for (const source of sources) {
    for (const ref of findRefs(source)) {
      const pos = locate(source, ref.offset);
      const verdict = classify(ref, pos);
      if (verdict.kind === 'problem') diagnostics.push(verdict.diagnostic);
      if (verdict.kind !== 'local' || assets.has(verdict.target)) continue;
      const missing = await checkFile(folder, verdict.target, ref, pos);
      if (missing) {
        diagnostics.push(missing);
        continue;
      }
      add(verdict.target, pos);
      // Captions are optional: a video without a .vtt beside it simply has none.
      const captions = captionsPath(verdict.target);
      if (ref.kind !== 'video' || assets.has(captions) || (await findFile(lessonDir, captions)) !== null) continue;
      const escape = await escapingLink(lessonDir, captions);
      if (escape) diagnostics.push(outsideLink(escape, `the captions "${captions}" of this video`, pos));
      else add(captions, pos);
    }
  }
  const sorted = [...assets.values()].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  return { assets: sorted, diagnostics };
}

function classify(ref: Ref, pos: SourcePos): Verdict {
  const url = ref.url.trim();
  const embedded = ref.kind !== 'link';
  if (url === '' || url.startsWith('#')) return { kind: 'skip' };
  const scheme = schemeOf(url);
  // javascript: and vbscript: run script, a data: link opens a page made of the address itself.
  if (scheme !== null && SCRIPT_SCHEMES.has(scheme) && !(embedded && scheme === 'data')) {
    const what = embedded ? 'file' : 'link';
    return {
      kind: 'problem',
      diagnostic: diag(
        'HTML_REFUSED',
        pos,
        `the ${what} "${url}" is a ${scheme}: address, which a lesson may not use`,
        'link to a web page (https://...) or to a file of the lesson: a link runs no script',
      ),
    };
  }
  // A browser reads `https:/host/a.png`, `https:host` and `//host` (`\\host` too) as addresses on the internet.
  if (/^[\\/]{2}/.test(url) || (scheme !== null && scheme !== 'file' && scheme !== 'data')) {
    if (!embedded) return { kind: 'skip' };
    const hint =
      parseVideoUrl(url) === null
        ? undefined
        : `write \`::video ${url}\` alone on a line: a YouTube or Vimeo video is embedded that way`;
    return { kind: 'problem', diagnostic: diag('ASSET_REMOTE', pos, `"${url}" is loaded from the internet`, hint) };
  }
  // data: pictures and media are inside the page itself; html-policy.ts refuses the other data: uses.
  if (scheme === 'data') return { kind: 'skip' };
  const target = relativeTarget(url);
  if (target === null) {
    return { kind: 'problem', diagnostic: diag('ASSET_OUTSIDE_LESSON', pos, `"${url}" is outside the lesson folder`) };
  }
  // Links between Markdown files are the author's notes, not part of the package.
  if (!embedded && /\.md$/i.test(target)) return { kind: 'skip' };
  return { kind: 'local', target };
}

/** The path inside the lesson folder (decoded, forward slashes), or null when it leaves the folder. */
function relativeTarget(url: string): string | null {
  if (/^file:/i.test(url) || url.startsWith('/') || url.startsWith('\\')) return null;
  const bare = url.replace(/[?#].*$/, '');
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // A stray % is taken literally, as a browser would fail to decode it too.
  }
  const normal = path.posix.normalize(decoded.replace(/\\/g, '/'));
  if (normal === '..' || normal.startsWith('../') || normal.startsWith('/')) return null;
  return normal.replace(/^\.\//, '');
}

interface LessonFolder {
  dir: string;
  /** Every file in it, listed once and only when a file is missing. */
  files(): Promise<string[]>;
}

type Found = { kind: 'folder' } | { kind: 'missing'; near: string | null };

/** LMS servers are case-sensitive even where the author's disk is not: compare each name exactly.
 *  Null when the file is there; otherwise how it is not (with the name in other capitals). */
async function findFile(lessonDir: string, target: string): Promise<Found | null> {
  let dir = lessonDir;
  const parts = target.split('/');
  for (const [i, part] of parts.entries()) {
    const names = await readdir(dir).catch(() => [] as string[]);
    if (!names.includes(part)) {
      const near = names.find((n) => n.toLowerCase() === part.toLowerCase());
      return { kind: 'missing', near: near === undefined ? null : [...parts.slice(0, i), near].join('/') };
    }
    dir = path.join(dir, part);
  }
  // A link to nothing is listed by readdir but cannot be read: it is missing too.
  const info = await stat(dir).catch(() => null);
  if (info === null) return { kind: 'missing', near: null };
  return info.isFile() ? null : { kind: 'folder' };
}

async function checkFile(folder: LessonFolder, target: string, ref: Ref, pos: SourcePos): Promise<Diagnostic | null> {
  const found = await findFile(folder.dir, target);
  if (found === null) {
    const escape = await escapingLink(folder.dir, target);
    return escape ? outsideLink(escape, `${describe(ref)} "${ref.url}"`, pos) : null;
  }
  if (found.kind === 'folder')
    return diag('ASSET_MISSING', pos, `"${ref.url}" is a folder, not a file`, 'refer to a file inside the folder');
  const missing = `${describe(ref)} "${ref.url}" does not exist in the lesson folder`;
  if (found.near !== null)
    return diag('ASSET_MISSING', pos, missing, `the file is called "${found.near}": capitals count on the LMS server`);
  const meant = closestPath(target, await folder.files());
  return diag('ASSET_MISSING', pos, meant === null ? missing : `${missing}; did you mean "${meant}"?`);
}

/** "assets/race.png" is a link to /etc/passwd: the author learns which link and where it leads. */
function outsideLink(escape: { link: string; target: string }, what: string, pos: SourcePos): Diagnostic {
  return diag(
    'LINK_OUTSIDE_LESSON',
    pos,
    `${what} leads outside the lesson folder: "${escape.link}" is a link to ${escape.target}`,
  );
}

function describe(ref: Ref): string {
  switch (ref.kind) {
    case 'image':
      return 'image';
    case 'audio':
      return 'audio file';
    case 'video':
      return 'video';
    case 'media':
      return 'media file';
    case 'link':
      return 'linked file';
    case 'style':
      return 'file in CSS';
    default:
      return assertNever(ref.kind);
  }
}

/** The captions of each video URL whose same-named .vtt file went into the package (a video
 *  without one simply has none): what the render stage gives every `![alt](clip.mp4)`. */
export function captionsFinder(assets: readonly Asset[], language: string): (videoSrc: string) => Captions | null {
  const packaged = new Set(assets.map((a) => a.target));
  return (src) => {
    const target = relativeTarget(src);
    return target !== null && packaged.has(captionsPath(target)) ? { src: captionsPath(src), language } : null;
  };
}
