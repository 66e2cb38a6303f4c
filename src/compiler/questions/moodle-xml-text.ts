// The pieces of a Moodle XML file: plain elements, text elements (`<tag format="html"><text>` with
// the files its HTML shows) and answers, written as Moodle's own export writes them
// (question/format/xml/format.php writetext, write_files): a text in CDATA when it holds a character
// XML would read as markup, a `]]>` in it split across two sections.

import type { EmbeddedFile } from './question-files.js';
import { pluginFiles } from './question-files.js';

/** The lesson's packaged files by their path in the lesson folder. */
export type Files = ReadonlyMap<string, Uint8Array>;

export const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text content as Moodle writes it: as it is, or in CDATA when it holds & < > " or '. */
function content(text: string): string {
  return /[&<>"']/.test(text) ? `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>` : text;
}

const pad = (depth: number): string => '  '.repeat(depth);

/** `<tag>value</tag>` on one line. */
export function plain(depth: number, tag: string, value: string | number): string {
  return `${pad(depth)}<${tag}>${xmlEscape(String(value))}</${tag}>`;
}

/** `<tag><text>value</text></tag>`: a name, a category, an answer's plain text. */
export function named(depth: number, tag: string, value: string): string {
  return [`${pad(depth)}<${tag}>`, `${pad(depth + 1)}<text>${content(value)}</text>`, `${pad(depth)}</${tag}>`].join(
    '\n',
  );
}

function fileLines(depth: number, files: readonly EmbeddedFile[]): string[] {
  return files.map(
    (f) =>
      `${pad(depth)}<file name="${xmlEscape(f.name)}" path="/" encoding="base64">${Buffer.from(f.bytes).toString('base64')}</file>`,
  );
}

/** The lines inside a text element: its HTML, with the packaged files it shows embedded. */
function htmlLines(depth: number, html: string, files: Files): string[] {
  const embedded = pluginFiles(html, files);
  return [`${pad(depth)}<text>${content(embedded.html)}</text>`, ...fileLines(depth, embedded.files)];
}

/** `<tag format="html"><text>HTML</text><file>...</tag>`: a question text, a feedback; `inner`: the
 *  elements after the text (a matching subquestion's answer). */
export function htmlText(depth: number, tag: string, html: string, files: Files, inner: string[] = []): string {
  return [
    `${pad(depth)}<${tag} format="html">`,
    ...htmlLines(depth + 1, html, files),
    ...inner,
    `${pad(depth)}</${tag}>`,
  ].join('\n');
}

/** An answer whose text is HTML (a choice, an item to order), with the feedback shown when chosen. */
export function htmlAnswer(fraction: string, html: string, feedback: string, files: Files): string {
  return [
    `    <answer fraction="${fraction}" format="html">`,
    ...htmlLines(3, html, files),
    htmlText(3, 'feedback', feedback, files),
    '    </answer>',
  ].join('\n');
}

/** An answer whose text Moodle reads as plain text (true or false, a short answer, a number), with
 *  the elements of its type after it (a numerical answer's <tolerance>). */
export function plainAnswer(
  fraction: string,
  text: string,
  feedback: string,
  files: Files,
  extra: string[] = [],
): string {
  return [
    `    <answer fraction="${fraction}" format="moodle_auto_format">`,
    `      <text>${content(text)}</text>`,
    ...extra,
    htmlText(3, 'feedback', feedback, files),
    '    </answer>',
  ].join('\n');
}
