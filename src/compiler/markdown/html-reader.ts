// The door to html-policy.ts, which brings the HTML tokenizer (htmlparser2, with the entity tables
// every HTML parser needs: about 75 KB and a few ms to load). Most lessons have no raw HTML, and a build
// should start about as fast as Node itself (BENCHMARKS.md), so the tokenizer is loaded only when the
// lesson has raw HTML: load-lesson.ts awaits loadHtmlReader() before the checks, and the checks and the
// render stage read HTML through readHtml(). Part of the Markdown library (markdown/).

import type { HtmlReading } from './html-policy.js';

let reader: ((raw: string, trusted: boolean) => HtmlReading) | null = null;

/** Loads the HTML tokenizer, once. */
export async function loadHtmlReader(): Promise<void> {
  reader ??= (await import('./html-policy.js')).readHtml;
}

/** html-policy.ts's readHtml. Throws when the reader was not loaded: raw HTML is never let through unread. */
export function readHtml(raw: string, trusted = false): HtmlReading {
  if (reader === null) throw new Error('raw HTML read before loadHtmlReader()');
  return reader(raw, trusted);
}
