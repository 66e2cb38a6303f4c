// The YAML mistakes teachers make, recognised from the `yaml` package's error (its `code`, and the
// line it points at) so that each is told in plain words, at the place to fix, with the fix:
// usually the line rewritten. The texts are in the words (src/compiler/words/, `yaml`). An error
// that is none of these keeps the parser's own words (YAML_SYNTAX).

import type { YAMLError } from 'yaml';
import type { YamlMistake } from '../diagnostics/diagnostics.js';

export interface Explained {
  kind: YamlMistake;
  /** 1-based, in the YAML text. */
  line: number;
  column: number;
  /** What the text needs: the line rewritten, a key, a character (see YAML_MISTAKES). */
  detail: string;
}

/** A line cut into its parts: `  - text: Tip: glimlach  # note`. */
interface Parts {
  /** Spaces and list dashes before the content (`  - `). */
  prefix: string;
  dashes: boolean;
  /** The plain key before the first `: `, or null. */
  key: string | null;
  /** 0-based index where the value (or, without a key, the content) starts. */
  at: number;
  /** The value without a trailing comment. */
  value: string;
}

const RESERVED = new Set(['*', '&', '!', '[', '{', '|', '>', '@', '`', '%', '?']);
const COLON = /:(\s|$)/;

function parts(line: string): Parts {
  const prefix = /^\s*(?:-\s+)*/.exec(line)?.[0] ?? '';
  const rest = line.slice(prefix.length);
  const keyed = /^[^\s"'[{#*&!|>@`%?-][^:#]*?:(?=\s|$)\s*/.exec(rest);
  const at = prefix.length + (keyed?.[0].length ?? 0);
  const value = line
    .slice(at)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  const key = keyed ? keyed[0].replace(/:\s*$/, '') : null;
  return { prefix, dashes: prefix.includes('-'), key, at, value };
}

/** `text` between quotes as YAML reads it back unchanged: double quotes, or single ones when it
 *  holds a double quote or a backslash (which double quotes would read as an escape). */
export function quote(text: string): string {
  return /["\\]/.test(text) ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
}

/** `line` with its text from `index` (0-based) to the end (a trailing comment stays) between quotes. */
export function quoteFrom(line: string, index: number): string {
  const tail = line.slice(index);
  const comment = /\s+#.*$/.exec(tail)?.[0] ?? '';
  const text = tail.slice(0, tail.length - comment.length).trimEnd();
  return `${line.slice(0, index)}${quote(text)}${comment}`;
}

/** Where a text with an unquoted `: ` starts: after a field's key (`text: `, `prompt: `), but at the
 *  entry itself in a list of texts (`- Stap 1: opkijken`), where the part before `: ` is no field. */
function textStart(p: Parts, fields: ReadonlySet<string>): number {
  return p.dashes && p.key !== null && !fields.has(p.key) ? p.prefix.length : p.at;
}

const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/** The mistake behind a parser error, or null when it is none of the known ones. */
export function explain(error: YAMLError, lines: readonly string[], fields: ReadonlySet<string>): Explained | null {
  const pos = error.linePos?.[0];
  if (pos === undefined) return null;
  const line = lines[pos.line - 1] ?? '';
  const p = parts(line);
  const here = (kind: YamlMistake, column: number, detail: string): Explained => ({
    kind,
    line: pos.line,
    column,
    detail,
  });
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return here('duplicate-key', pos.col, /^[^:]*/.exec(line.slice(pos.col - 1))?.[0].trim() ?? '');
    case 'BAD_DQ_ESCAPE':
      return escaped(line, p, pos.line);
    case 'MULTIPLE_DOCS':
      return here('extra-document', 1, '');
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'TAG_RESOLVE_FAILED':
      return reserved(line, p, pos.line);
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return implicitKey(lines, pos.line, fields);
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
      return missing(error, lines, pos.line);
    case 'UNEXPECTED_TOKEN':
      return unexpected(lines, pos.line, pos.col);
    default:
      return null;
  }
}

/** A text starting with a character YAML gives a meaning of its own (`*Let op*`, `[link](...)`). */
function reserved(line: string, p: Parts, at: number): Explained | null {
  const first = p.value[0];
  if (first === undefined || !RESERVED.has(first)) return null;
  return { kind: 'reserved-start', line: at, column: p.at + 1, detail: quoteFrom(line, p.at).trim() };
}

/** `"C:\map"`: a backslash in double quotes starts an escape; single quotes take it as written. */
function escaped(line: string, p: Parts, at: number): Explained | null {
  if (!p.value.startsWith('"') || !p.value.endsWith('"')) return null;
  const inner = p.value.slice(1, -1);
  const rewritten = `${line.slice(0, p.at)}'${inner.replace(/'/g, "''")}'`;
  return { kind: 'bad-escape', line: at, column: p.at + 1, detail: rewritten.trim() };
}

/** "Nested mappings are not allowed in compact mappings", "Implicit keys need to be on a single
 *  line": an unquoted `: ` in a text, a missing space after a key's colon, or a next line indented
 *  too far (which YAML reads as more of this line's text). */
function implicitKey(lines: readonly string[], at: number, fields: ReadonlySet<string>): Explained | null {
  const line = lines[at - 1] ?? '';
  const p = parts(line);
  if (p.key !== null && COLON.test(p.value)) {
    const start = textStart(p, fields);
    return { kind: 'colon', line: at, column: start + 1, detail: quoteFrom(line, start).trim() };
  }
  return keyWithoutSpace(line, at) ?? indentedMore(lines, at);
}

/** `type:single` or `prompt` alone: YAML reads a key only when `: ` follows it. */
function keyWithoutSpace(line: string, at: number): Explained | null {
  const glued = /^(\s*(?:-\s+)*)([A-Za-z][\w-]*):(\S.*)$/.exec(line);
  if (glued && !glued[3]!.startsWith('/')) {
    const rewritten = `${glued[1]}${glued[2]}: ${glued[3]}`;
    return {
      kind: 'no-space-after-colon',
      line: at,
      column: glued[1]!.length + glued[2]!.length + 1,
      detail: rewritten.trim(),
    };
  }
  const bare = /^(\s*(?:-\s+)*)([A-Za-z][\w-]*)\s*$/.exec(line);
  if (bare) return { kind: 'no-colon', line: at, column: bare[1]!.length + 1, detail: bare[2]! };
  return null;
}

function indentedMore(lines: readonly string[], at: number): Explained | null {
  const line = lines[at - 1] ?? '';
  const next = lines.findIndex((l, i) => i >= at && l.trim() !== '');
  const below = lines[next];
  if (below === undefined || indentOf(below) <= indentOf(line) || !COLON.test(below)) return null;
  return { kind: 'indented-more', line: next + 1, column: indentOf(below) + 1, detail: String(at) };
}

/** A quote, bracket or indentation the parser looked for and did not find. */
function missing(error: YAMLError, lines: readonly string[], at: number): Explained | null {
  const quoteChar = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quoteChar !== undefined) return opening(lines, at, quoteChar, 'unclosed-quote');
  if (/Implicit map keys need to be followed/.test(error.message)) return keyWithoutSpace(lines[at - 1] ?? '', at);
  if (/Flow (sequence|mapping)|Missing , /.test(error.message)) return opening(lines, at, '[{', 'unclosed-bracket');
  if (/must start at the same column|without - indicator|sufficiently indented/.test(error.message)) {
    const line = lines[at - 1] ?? '';
    return { kind: 'indented-less', line: at, column: indentOf(line) + 1, detail: '' };
  }
  return null;
}

/** The line, at or above `at`, whose value opens with one of `chars` and does not close it. */
function opening(lines: readonly string[], at: number, chars: string, kind: YamlMistake): Explained | null {
  for (let i = Math.min(at, lines.length) - 1; i >= 0; i--) {
    const p = parts(lines[i] ?? '');
    const first = p.value[0];
    if (first !== undefined && chars.includes(first)) {
      const close = first === '[' ? ']' : first === '{' ? '}' : first;
      const closed = p.value.length > 1 && p.value.endsWith(close);
      if (!closed) return { kind, line: i + 1, column: p.at + 1, detail: first };
    }
  }
  return null;
}

/** "Unexpected scalar at node end" and the like: text after a closing quote, a text starting with a
 *  character YAML reserves, a text going on on a line that is not indented, `-` without a space. */
function unexpected(lines: readonly string[], at: number, column: number): Explained | null {
  const line = lines[at - 1] ?? '';
  const p = parts(line);
  const first = p.value[0];
  if ((first === '"' || first === "'") && column > p.at + 1) {
    // `"Wat" is het?` meant as written; `'It's'` meant as It's.
    const whole = p.value.length > 1 && p.value.endsWith(first) ? p.value.slice(1, -1) : p.value;
    const rewritten = `${line.slice(0, p.at)}${quote(whole)}`;
    return { kind: 'text-after-quote', line: at, column: p.at + 1, detail: rewritten.trim() };
  }
  if (first !== undefined && RESERVED.has(first) && p.key !== null) return reserved(line, p, at);
  const dash = /^(\s*)-(\S.*)$/.exec(line);
  if (dash && !line.trimStart().startsWith('--')) {
    return {
      kind: 'dash-without-space',
      line: at,
      column: dash[1]!.length + 1,
      detail: `${dash[1]}- ${dash[2]}`.trim(),
    };
  }
  if (column === 1 && indentOf(line) === 0 && at > 1 && p.key === null && !p.dashes) {
    return { kind: 'unindented-text', line: at, column: 1, detail: String(at - 1) };
  }
  return null;
}
