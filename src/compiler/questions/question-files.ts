// The lesson's files a question shows (its pictures, media, linked files). Moodle XML embeds them:
// each text element carries its own files as base64 <file>s, named in its HTML as
// @@PLUGINFILE@@/name (question/format/xml/format.php import_text_with_files; Moodle serves them from
// the question's file areas). GIFT has no place for a file, so gift.ts says which questions show one.

import { relativeTarget } from '../check/collect-assets.js';
import { decodeEntities, escapeHtml } from '../markdown/html-text.js';
import { findRefs } from '../markdown/refs.js';
import type { Asset, Markdown, QuizQuestion } from '../model.js';

/** A file embedded in a text element: its name there and its bytes. */
export interface EmbeddedFile {
  name: string;
  bytes: Uint8Array;
}

/** Every Markdown text of a question: the prompt, the feedback, each option, item and side of a pair. */
export function questionTexts(q: QuizQuestion): Markdown[] {
  const own = ((): Markdown[] => {
    switch (q.type) {
      case 'single':
      case 'multiple':
        return q.choices.map((c) => c.html);
      case 'order':
        return q.items.map((i) => i.html);
      case 'match':
        return [...q.sources, ...q.targets].map((i) => i.html);
      default:
        return [];
    }
  })();
  return [q.promptHtml, q.feedback.correct, q.feedback.incorrect, ...own];
}

/** Whether a text refers to one of the lesson's packaged files. */
export function showsFile(md: Markdown, assets: readonly Asset[]): boolean {
  const targets = new Set(assets.map((a) => a.target));
  return findRefs(md).some((ref) => targets.has(relativeTarget(ref.url.trim()) ?? ''));
}

/** The rendered HTML of a text with every address of a packaged file (`src`, `href`, as the render
 *  stage wrote them) made Moodle's @@PLUGINFILE@@/name, and those files. A file in a subfolder is
 *  named with its folders joined by `-` when its plain name is taken by another file of the text. */
export function pluginFiles(
  html: string,
  assets: ReadonlyMap<string, Uint8Array>,
): { html: string; files: EmbeddedFile[] } {
  const files: EmbeddedFile[] = [];
  const named = new Map<string, string>();
  const out = html.replace(/\b(src|href)="([^"]*)"/g, (whole, attribute: string, value: string) => {
    const target = relativeTarget(decodeEntities(value));
    const bytes = target === null ? undefined : assets.get(target);
    if (target === null || bytes === undefined) return whole;
    let name = named.get(target);
    if (name === undefined) {
      const plain = target.slice(target.lastIndexOf('/') + 1);
      name = files.some((f) => f.name === plain) ? target.replace(/\//g, '-') : plain;
      named.set(target, name);
      files.push({ name, bytes });
    }
    return `${attribute}="@@PLUGINFILE@@/${escapeHtml(encodeURIComponent(name))}"`;
  });
  return { html: out, files };
}
