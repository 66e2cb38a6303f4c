// Every file the lesson's Markdown refers to goes into the package under the same relative path.
// Images and media must come from inside the package: Moodle serves it under
// pluginfile.php/<ctx>/mod_scorm/content/<rev>/, so root-absolute paths break, and nothing may be
// requested from outside (offline LMSes, privacy). Links to websites are fine. The one exception is
// `::video` (front/video-url.ts), a directive, so a YouTube or Vimeo address here gets that as its hint.
// Part of the check stage; the URLs themselves are found by markdown/refs.ts.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { folderFiles } from '../front/boundary.js';
import { fileProblem, hardLinkWarning, lessonReader, type LessonReader } from '../front/read-file.js';
import { diag } from '../diagnostics/diagnostics.js';
import { locate } from '../markdown/locate.js';
import { findRefs } from '../markdown/refs.js';
import { SCRIPT_SCHEMES, schemeOf } from '../markdown/html-allowlist.js';
import type { Ref } from '../markdown/refs.js';
import { captionsPath } from '../markdown/media-kind.js';
import type { Captions } from '../markdown/media-kind.js';
import type { Asset, Markdown, SourcePos } from '../model.js';
import type { Diagnostic, Say } from '../diagnostics/diagnostics.js';
import { closestPath } from '../diagnostics/suggest.js';
import { parseVideoUrl } from '../front/video-url.js';

type Verdict = { kind: 'skip' } | { kind: 'local'; target: string } | { kind: 'problem'; diagnostic: Diagnostic };

export async function collectAssets(
  lessonDir: string,
  sources: readonly Markdown[],
  read: LessonReader = lessonReader(lessonDir),
): Promise<{ assets: Asset[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  // Each file once, at its first reference; a video's captions at its first reference as a video.
  const wanted = new Map<string, { ref: Ref; pos: SourcePos }>();
  const videos = new Map<string, SourcePos>();
  for (const source of sources) {
    for (const ref of findRefs(source)) {
      const pos = locate(source, ref.offset);
      const verdict = classify(ref, pos);
      if (verdict.kind === 'problem') diagnostics.push(verdict.diagnostic);
      if (verdict.kind !== 'local') continue;
      if (!wanted.has(verdict.target)) wanted.set(verdict.target, { ref, pos });
      if (ref.kind === 'video' && !videos.has(verdict.target)) videos.set(verdict.target, pos);
    }
  }
  const folder = lessonFolder(lessonDir, read);
  // All at once: the reader keeps the number of open files bounded.
  const checked = await Promise.all([...wanted].map(([target, { ref, pos }]) => checkFile(folder, target, ref, pos)));
  const found = checked.filter((c) => c.asset !== null);
  // Captions are optional: a video without a .vtt beside it simply has none.
  const captions = [...videos]
    .filter(([video]) => found.some((c) => c.asset?.target === video))
    .map(([video, pos]) => [captionsPath(video), pos] as const)
    .filter(([target]) => !wanted.has(target));
  checked.push(...(await Promise.all(captions.map(([target, pos]) => checkCaptions(folder, target, pos)))));
  const assets = checked.flatMap((c) => (c.asset === null ? [] : [c.asset]));
  diagnostics.push(...checked.flatMap((c) => c.diagnostics));
  const sorted = assets.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  return { assets: sorted, diagnostics };
}

function classify(ref: Ref, pos: SourcePos): Verdict {
  const url = ref.url.trim();
  const embedded = ref.kind !== 'link';
  if (url === '' || url.startsWith('#')) return { kind: 'skip' };
  const scheme = schemeOf(url);
  // javascript: and vbscript: run script, a data: link opens a page made of the address itself.
  if (scheme !== null && SCRIPT_SCHEMES.has(scheme) && !(embedded && scheme === 'data')) {
    return {
      kind: 'problem',
      diagnostic: diag(
        'HTML_REFUSED',
        pos,
        (w) => w.addressRefused(!embedded, url, scheme),
        (w) => w.addressRefusedHint(),
      ),
    };
  }
  // A browser reads `https:/host/a.png`, `https:host` and `//host` (`\\host` too) as addresses on the internet.
  if (/^[\\/]{2}/.test(url) || (scheme !== null && scheme !== 'file' && scheme !== 'data')) {
    if (!embedded) return { kind: 'skip' };
    const hint: Say | undefined = parseVideoUrl(url) === null ? undefined : (w) => w.assetRemoteVideoHint(url);
    return { kind: 'problem', diagnostic: diag('ASSET_REMOTE', pos, (w) => w.assetRemote(url), hint) };
  }
  // data: pictures and media are inside the page itself; html-policy.ts refuses the other data: uses.
  if (scheme === 'data') return { kind: 'skip' };
  const target = relativeTarget(url);
  if (target === null) {
    return { kind: 'problem', diagnostic: diag('ASSET_OUTSIDE_LESSON', pos, (w) => w.assetOutside(url)) };
  }
  // Links between Markdown files are the author's notes, not part of the package.
  if (!embedded && /\.md$/i.test(target)) return { kind: 'skip' };
  return { kind: 'local', target };
}

/** The path inside the lesson folder (decoded, forward slashes), or null when it leaves the folder;
 *  also how `scormdown questions` finds the packaged file an address of the rendered HTML names. */
export function relativeTarget(url: string): string | null {
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
  read: LessonReader;
  /** Every file in it, listed once and only when a file is missing. */
  files(): Promise<string[]>;
  /** The names in a folder (path inside the lesson folder, "" for itself), listed once; null when
   *  it may not be listed. */
  names(rel: string): Promise<string[] | null>;
}

function lessonFolder(dir: string, read: LessonReader): LessonFolder {
  let listed: Promise<string[]> | null = null;
  const lists = new Map<string, Promise<string[] | null>>();
  const list = (rel: string): Promise<string[] | null> =>
    readdir(path.join(dir, ...rel.split('/'))).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      return code === 'EACCES' || code === 'EPERM' ? null : [];
    });
  return {
    dir,
    read,
    files: () => (listed ??= folderFiles(dir)),
    names: (rel) => lists.get(rel) ?? lists.set(rel, list(rel)).get(rel)!,
  };
}

type Found = { kind: 'missing'; near: string | null } | { kind: 'unlisted'; folder: string };

/** LMS servers are case-sensitive even where the author's disk is not: compare each name exactly.
 *  Null when every name is there; otherwise how it is not (with the name in other capitals). */
async function findFile(folder: LessonFolder, target: string): Promise<Found | null> {
  const parts = target.split('/');
  for (const [i, part] of parts.entries()) {
    const names = await folder.names(parts.slice(0, i).join('/'));
    if (names === null) return { kind: 'unlisted', folder: parts.slice(0, i).join('/') || '.' };
    if (!names.includes(part)) {
      const near = names.find((n) => n.toLowerCase() === part.toLowerCase());
      return { kind: 'missing', near: near === undefined ? null : [...parts.slice(0, i), near].join('/') };
    }
  }
  return null;
}

interface Checked {
  asset: Asset | null;
  diagnostics: Diagnostic[];
}

/** The file read once, through the lesson reader (inside the folder, an ordinary file), or why not. */
async function checkFile(folder: LessonFolder, target: string, ref: Ref, pos: SourcePos): Promise<Checked> {
  const what: Say = (w) => w.theAsset(ref.kind, ref.url);
  const found = await findFile(folder, target);
  if (found?.kind === 'unlisted')
    return failed(diag('FILE_UNREADABLE', pos, (w) => w.unreadableFolder(what(w), found.folder)));
  if (found === null) {
    const file = await folder.read(target);
    if (file.kind === 'file')
      return { asset: { target, pos, bytes: file.bytes }, diagnostics: hardLinkWarning(file, what, pos) };
    if (file.kind === 'not-a-file' && file.folder)
      return failed(
        diag(
          'ASSET_MISSING',
          pos,
          (w) => w.assetIsFolder(ref.url),
          (w) => w.assetIsFolderHint(),
        ),
      );
    if (file.kind !== 'missing') return failed(fileProblem(file, what, pos));
  }
  // A link to nothing is listed by readdir but cannot be read: it is missing too.
  const near = found?.kind === 'missing' ? found.near : null;
  if (near !== null)
    return failed(
      diag(
        'ASSET_MISSING',
        pos,
        (w) => w.assetMissing(what(w), null),
        (w) => w.assetCapitalsHint(near),
      ),
    );
  const meant = closestPath(target, await folder.files());
  return failed(diag('ASSET_MISSING', pos, (w) => w.assetMissing(what(w), meant)));
}

/** A video's same-named .vtt, when there is one. */
async function checkCaptions(folder: LessonFolder, target: string, pos: SourcePos): Promise<Checked> {
  if ((await findFile(folder, target)) !== null) return { asset: null, diagnostics: [] };
  const file = await folder.read(target);
  const what: Say = (w) => w.theCaptions(target);
  if (file.kind === 'file')
    return { asset: { target, pos, bytes: file.bytes }, diagnostics: hardLinkWarning(file, what, pos) };
  return file.kind === 'missing' ? { asset: null, diagnostics: [] } : failed(fileProblem(file, what, pos));
}

function failed(diagnostic: Diagnostic): Checked {
  return { asset: null, diagnostics: [diagnostic] };
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
