// YAML parsing with positions, shared by the front matter and the quiz files. The `yaml` package's
// LineCounter turns node offsets into line:col; `lineOffset` shifts them when the YAML is a slice
// of a larger file (the front matter starts on line 2 of lesson.md).

import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLError, YAMLMap } from 'yaml';
import { YAML_MISTAKES, diag } from '../diagnostics/diagnostics.js';
import { explain } from './yaml-mistakes.js';
import type { SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';

export interface YamlSource {
  doc: Document.Parsed;
  /** Position of a node (its first character), or of the document start when it has none. */
  pos(node: Node | null | undefined): SourcePos;
  /** Position of an offset in the text. */
  at(offset: number): SourcePos;
  diagnostics: Diagnostic[];
  /** The text's lines, for messages that show a line rewritten. */
  lines: string[];
}

/** `fields`: the keys the text may hold (a question's, the front matter's): `- text: a: b` has a field
 *  before its `: `, `- Stap 1: opkijken` is a text holding one. */
export function parseYaml(
  text: string,
  file: string,
  lineOffset = 0,
  fields: ReadonlySet<string> = new Set(),
): YamlSource {
  const lineCounter = new LineCounter();
  // uniqueKeys (the default) makes a repeated key, e.g. a match term given twice, a syntax error.
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const at = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  const pos = (node: Node | null | undefined): SourcePos => at(node?.range?.[0] ?? 0);
  const lines = text.split(/\r?\n/);
  if (doc.errors.length > 0) {
    // A tab before a key reads as content to YAML ("Unexpected scalar at node end", YAML 1.2 §6.1
    // forbids tabs in indentation): name the tab itself, not what the parser made of it.
    const tabs = tabIndents(text, file, lineOffset);
    if (tabs.length > 0) return { doc, pos, at, diagnostics: tabs, lines };
  }
  // `!belangrijk` is only a warning to the parser, which then drops the `!`: the text is not as written.
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  // After the first error on a line the parser's recovery produces follow-on errors for the same
  // mistake; one per line keeps the list about what the author wrote.
  const seen = new Set<number>();
  const diagnostics = problems.flatMap((e) => {
    const d = yamlDiagnostic(e, lines, fields, file, lineOffset) ?? parserWords(e, file, lineOffset, at);
    if (seen.has(d.pos.line)) return [];
    seen.add(d.pos.line);
    return [d];
  });
  return { doc, pos, at, diagnostics, lines };
}

/** A known mistake in plain words, at the place to fix. */
function yamlDiagnostic(
  e: YAMLError,
  lines: readonly string[],
  fields: ReadonlySet<string>,
  file: string,
  lineOffset: number,
): Diagnostic | null {
  const found = explain(e, lines, fields);
  if (found === null) return null;
  const { kind, detail } = found;
  return diag(
    YAML_MISTAKES[kind],
    { file, line: found.line + lineOffset, column: found.column },
    (w) => w.yaml[kind](detail).message,
    (w) => w.yaml[kind](detail).hint,
  );
}

/** Any other error, in the parser's words. */
function parserWords(e: YAMLError, file: string, lineOffset: number, at: (offset: number) => SourcePos): Diagnostic {
  const first = e.linePos?.[0];
  const where = first ? { file, line: first.line + lineOffset, column: first.col } : at(e.pos[0]);
  // prettyErrors appends "at line X, column Y:" and a code frame; the position is ours to print.
  const message = e.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
  return diag('YAML_SYNTAX', where, (w) => w.yamlParser(message));
}

/** Every line indented with a tab (before its first visible character), at that tab. */
function tabIndents(text: string, file: string, lineOffset: number): Diagnostic[] {
  return text.split('\n').flatMap((line, i) => {
    const indent = /^[ \t]*(?=\S)/.exec(line)?.[0] ?? '';
    const tab = indent.indexOf('\t');
    if (tab < 0) return [];
    return [diag('YAML_TAB', { file, line: i + 1 + lineOffset, column: tab + 1 }, (w) => w.yamlTab())];
  });
}

/** The pairs of a map node; [] for anything else. */
export function mapPairs(node: unknown): Array<Pair<Node, Node | null>> {
  return isMap(node) ? (node as YAMLMap<Node, Node | null>).items : [];
}

/** The key of a pair as text ('' when it is not a scalar). */
export function keyText(pair: Pair<Node, Node | null>): string {
  return isScalar(pair.key) ? scalarText(pair.key) : '';
}

/** A scalar's text as the author wrote it: `version: 1.0` stays "1.0", not the number 1. */
export function scalarText(node: unknown): string {
  if (!isScalar(node)) return '';
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

/** The value node stored under `key` in a map node. */
export function getNode(map: unknown, key: string): Node | null | undefined {
  return mapPairs(map).find((p) => keyText(p) === key)?.value;
}

export function isStringScalar(node: unknown): boolean {
  return isScalar(node) && typeof node.value === 'string';
}

export { isMap, isScalar, isSeq };
