// Markdown through the compiler's two halves, lexing (markdown/lex.ts) and rendering
// (markdown/render-markdown.ts), as the pipeline runs them: for tests of what a piece of Markdown
// reads and renders as.

import { lex } from '../../src/compiler/markdown/lex.js';
import type { Markdown } from '../../src/compiler/model.js';
import { markdownRenderer } from '../../src/compiler/markdown/render-markdown.js';
import type { Captions } from '../../src/compiler/markdown/media-kind.js';
import { loadHtmlReader } from '../../src/compiler/markdown/html-reader.js';

// Raw HTML is read by the tokenizer the pipeline loads for a lesson that has some.
await loadHtmlReader();

const pos = { file: 'lesson/lesson.md', line: 1, column: 1 };

/** Slide Markdown (block) or a quiz text (inline), lexed. */
export function lexed(source: string, inline = false): Markdown {
  return lex(source, inline, pos);
}

/** HTML of slide Markdown; videos get the captions `captionsFor` names. */
export function renderBlock(source: string, captionsFor: (src: string) => Captions | null = () => null): string {
  return markdownRenderer(captionsFor).html(lexed(source));
}

export function renderInline(source: string): string {
  return markdownRenderer(() => null).html(lexed(source, true));
}
