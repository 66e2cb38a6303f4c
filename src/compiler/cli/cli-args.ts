// The command line's machinery: a command is declared once (name, operand, options with their help,
// defaults, action; see cli.ts) and from those declarations come both the parsing and the usage
// text (vite's cac commands). Wrong words throw UsageError (exit 2); nothing here prints, and
// nothing here loads what a command needs to run: each action imports that itself.

import type { ScormVersion } from '../../shared/model.js';
import type { Say } from '../diagnostics/diagnostics.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Words } from '../words/words.js';
import { LANGUAGE } from '../front/parse-front-matter.js';
import { ALL_TARGETS, targetByLabel } from '../package/targets.js';
import { invisibleChars } from '../../shared/xml-text.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether the report is coloured (see useColor); plain when left out. */
  color?: boolean;
  /** The environment the author's language is read from (LC_ALL, LANG); none when left out (English). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface OptionSpec<O> {
  flag: `--${string}`;
  /** What the option's value is called in the synopsis (`--out dist`) and in the option list (`--out DIR`). */
  synopsis: string;
  label: string;
  help: Say;
  /** Checks the value (throwing UsageError) and records it. */
  apply(options: O, value: string): void;
}

export interface CommandSpec<O> {
  name: string;
  /** The one optional positional argument, e.g. "lessonDir"; its default is the current folder. */
  operand: string;
  summary: Say;
  options: readonly OptionSpec<O>[];
  /** Every option at its default, the operand given. */
  defaults(operand: string, cwd: string): O;
  run(options: O, io: Io): Promise<number>;
}

/** A declared command with its option type sealed in: what the parser and the usage need. */
export interface Command {
  name: string;
  synopsis: string;
  help(words: Words): string;
  /** Parses the command's own arguments into the action to run. */
  parse(rest: readonly string[], cwd: string): (io: Io) => Promise<number>;
}

export type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; run: (io: Io) => Promise<number> };

export function command<O>(spec: CommandSpec<O>): Command {
  const options = spec.options.map((o) => `[${o.flag} ${o.synopsis}]`).join(' ');
  const width = Math.max(...spec.options.map((o) => o.flag.length + o.label.length));
  return {
    name: spec.name,
    synopsis: `scormdown ${spec.name} [${spec.operand}] ${options}`,
    help: (words) =>
      [
        `${spec.name}: ${spec.summary(words)}`,
        ...spec.options.map((o) => `  ${`${o.flag} ${o.label}`.padEnd(width + 3)}${o.help(words)}`),
      ].join('\n'),
    parse(rest, cwd) {
      const given: Array<[OptionSpec<O>, string]> = [];
      const positional: string[] = [];
      for (let i = 0; i < rest.length; i += 1) {
        const arg = rest[i] as string;
        const option = spec.options.find((o) => o.flag === arg);
        if (option !== undefined) {
          // Which of two would count is a guess: said, not guessed.
          if (given.some(([o]) => o === option)) throw new UsageError((w) => w.optionTwice(arg));
          given.push([option, optionValue(rest, i++, arg)]);
        } else if (arg.startsWith('-')) throw new UsageError((w) => w.unknownOption(arg));
        else positional.push(arg);
      }
      const resolved = spec.defaults(operand(positional), cwd);
      for (const [option, value] of given) option.apply(resolved, value);
      return (io) => spec.run(resolved, io);
    },
  };
}

export function usage(commands: readonly Command[], words: Words): string {
  const [first, ...others] = commands.map((c) => c.synopsis);
  const label = words.usage();
  return [
    `${label} ${first}`,
    ...others.map((s) => `${' '.repeat(label.length)} ${s}`),
    '',
    ...commands.map((c) => `${c.help(words)}\n`),
    `  --lang en|nl|de|fr|es  ${words.langOption()}`,
    `  --help            ${words.helpOption()}`,
    `  --version         ${words.versionOption()}`,
  ].join('\n');
}

/** `--lang X` (or `--lang=X`) anywhere on the line: the value (checked) and the other arguments. The
 *  language is known before anything else is read, so even a usage error is said in it. */
export function takeLang(
  args: readonly string[],
  spoken: readonly string[],
): { lang: string | undefined; rest: string[] } {
  const list = args.flatMap(splitEquals);
  const at = list.indexOf('--lang');
  if (at < 0) return { lang: undefined, rest: list };
  const value = optionValue(list, at, '--lang');
  if (!spoken.includes(value.toLowerCase())) throw new UsageError((w) => w.langInvalid(value, spoken));
  if (list.indexOf('--lang', at + 2) >= 0) throw new UsageError((w) => w.optionTwice('--lang'));
  return { lang: value.toLowerCase(), rest: [...list.slice(0, at), ...list.slice(at + 2)] };
}

/** Reads the arguments into what to do; the command's options are all resolved (defaults filled in). */
export function parseArgs(commands: readonly Command[], args: readonly string[], cwd: string): Parsed {
  const list = args.flatMap(splitEquals);
  if (list.includes('--help') || list.includes('-h')) return { kind: 'help' };
  if (list.includes('--version') || list.includes('-v')) return { kind: 'version' };
  const [name, ...rest] = list;
  if (name === undefined) throw new UsageError((w) => w.noCommand());
  // A command of two words (`translate export`) is found by both.
  const pair = commands.find((c) => c.name === `${name} ${rest[0]}`);
  if (pair !== undefined) return { kind: 'run', run: pair.parse(rest.slice(1), cwd) };
  const found = commands.find((c) => c.name === name);
  if (found === undefined) throw new UsageError((w) => w.unknownCommand(name));
  return { kind: 'run', run: found.parse(rest, cwd) };
}

function optionValue(args: readonly string[], i: number, name: string): string {
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError((w) => w.needsValue(name));
  return value;
}

/** "--out=dist" -> "--out", "dist". */
function splitEquals(arg: string): string[] {
  const at = arg.indexOf('=');
  return arg.startsWith('--') && at > 0 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg];
}

function operand(positional: string[]): string {
  if (positional.length > 1) throw new UsageError((w) => w.oneFolder(positional));
  return positional[0] ?? '.';
}

// The values options take, each checked as it is read.

// --scorm takes a target's label (targets.ts), or `both` for a build.
const LABELS = ALL_TARGETS.map((t) => t.label);

export function languageValue(value: string): string {
  if (!LANGUAGE.test(value)) throw new UsageError((w) => w.languageInvalid(value));
  return value;
}

/** One line of text: the title heads every slide and names the activity in the LMS. */
export function titleValue(value: string): string {
  // \s takes in the invisible line breaks (vertical tab, U+2028): they become a space too.
  const title = value.replace(/\s+/g, ' ').trim();
  const invisible = invisibleChars(title)[0];
  if (invisible !== undefined) throw new UsageError((w) => w.titleInvisible(invisible.name));
  if (title === '') throw new UsageError((w) => w.titleEmpty());
  return title;
}

export function previewVersion(value: string): ScormVersion {
  const target = targetByLabel(value);
  if (target === undefined) throw new UsageError((w) => w.previewScormInvalid(LABELS, value));
  return target.version;
}

export function portValue(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port <= 65535)) throw new UsageError((w) => w.portInvalid(value));
  return port;
}

export function scormValue(value: string): ScormVersion[] {
  if (value === 'both') return ALL_TARGETS.map((t) => t.version);
  const target = targetByLabel(value);
  if (target === undefined) throw new UsageError((w) => w.scormInvalid(LABELS, value));
  return [target.version];
}
