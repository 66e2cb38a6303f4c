// Every file the lesson's Markdown refers to goes into the package under the same relative path.
// Images and media must come from inside the package: Moodle serves it under
// pluginfile.php/<ctx>/mod_scorm/content/<rev>/, so root-absolute paths break, and nothing may be
// requested from outside (offline LMSes, privacy). Links to websites are fine.

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { assertNever } from '../shared/model.js';
import type { Question } from '../shared/model.js';
import { diag } from './diagnostics.js';
import { findRefs } from './markdown.js';
import type { Ref } from './markdown.js';
import { captionsPath, withCaptions } from './media.js';
import type { Asset, Diagnostic, Slide, SourcePos } from './model.js';

/** Markdown and how to turn an offset in it into a position in its file. */
export interface MarkdownSource {
  markdown: string;
  inline: boolean;
  locate(offset: number): SourcePos;
}

type Verdict =
  | { kind: 'skip' }
  | { kind: 'local'; target: string }
  | { kind: 'problem'; diagnostic: Diagnostic };

export async function collectAssets(lessonDir: string, sources: MarkdownSource[]): Promise<{ assets: Asset[]; diagnostics: Diagnostic[] }> {
  const assets = new Map<string, Asset>();
  const diagnostics: Diagnostic[] = [];
  const add = (target: string, pos: SourcePos): void => {
    assets.set(target, { source: path.join(lessonDir, ...target.split('/')), target, pos });
  };
  for (const source of sources) {
    for (const ref of findRefs(source.markdown, source.inline)) {
      const pos = source.locate(ref.offset);
      const verdict = classify(ref, pos);
      if (verdict.kind === 'problem') diagnostics.push(verdict.diagnostic);
      if (verdict.kind !== 'local' || assets.has(verdict.target)) continue;
      const missing = await checkFile(lessonDir, verdict.target, ref, pos);
      if (missing) {
        diagnostics.push(missing);
        continue;
      }
      add(verdict.target, pos);
      // Captions are optional: a video without a .vtt beside it simply has none.
      const captions = captionsPath(verdict.target);
      if (ref.kind === 'video' && !assets.has(captions) && (await checkFile(lessonDir, captions, ref, pos)) === null) add(captions, pos);
    }
  }
  const sorted = [...assets.values()].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  return { assets: sorted, diagnostics };
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function classify(ref: Ref, pos: SourcePos): Verdict {
  const url = ref.url.trim();
  const embedded = ref.kind !== 'link';
  if (url === '' || url.startsWith('#')) return { kind: 'skip' };
  if (/^(https?:)?\/\//i.test(url)) {
    return embedded
      ? { kind: 'problem', diagnostic: diag('ASSET_REMOTE', pos, `"${url}" is loaded from the internet`) }
      : { kind: 'skip' };
  }
  if (SCHEME.test(url) && !/^file:/i.test(url)) return { kind: 'skip' };
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

/** LMS servers are case-sensitive even where the author's disk is not: compare each name exactly. */
async function checkFile(lessonDir: string, target: string, ref: Ref, pos: SourcePos): Promise<Diagnostic | null> {
  let dir = lessonDir;
  const parts = target.split('/');
  for (const [i, part] of parts.entries()) {
    const names = await readdir(dir).catch(() => [] as string[]);
    if (!names.includes(part)) {
      const near = names.find((n) => n.toLowerCase() === part.toLowerCase());
      const hint = near ? `the file is called "${[...parts.slice(0, i), near].join('/')}": capitals count on the LMS server` : undefined;
      return diag('ASSET_MISSING', pos, `${describe(ref)} "${ref.url}" does not exist in the lesson folder`, hint);
    }
    dir = path.join(dir, part);
  }
  const info = await stat(dir);
  return info.isFile() ? null : diag('ASSET_MISSING', pos, `"${ref.url}" is a folder, not a file`, 'refer to a file inside the folder');
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
    default:
      return assertNever(ref.kind);
  }
}

/** The slides and question prompts with a captions track added to every video (written as
 *  `![alt](clip.mp4)`) whose same-named .vtt file went into the package. Runs after collectAssets,
 *  which is what knows the .vtt exists; the Markdown was rendered before, without the lesson folder. */
export function addCaptions(
  parts: { slides: Slide[]; questions: Question[] },
  assets: Asset[],
  language: string,
): { slides: Slide[]; questions: Question[] } {
  const packaged = new Set(assets.map((a) => a.target));
  const captionsFor = (src: string): string | null => {
    const target = relativeTarget(src);
    return target !== null && packaged.has(captionsPath(target)) ? captionsPath(src) : null;
  };
  const caption = (html: string): string => withCaptions(html, language, captionsFor);
  const slides = parts.slides.map((slide) => ({
    ...slide,
    blocks: slide.blocks.map((block) => (block.type === 'markdown' ? { ...block, html: caption(block.html) } : block)),
  }));
  const questions = parts.questions.map((q) => ({ ...q, promptHtml: caption(q.promptHtml) }));
  return { slides, questions };
}
