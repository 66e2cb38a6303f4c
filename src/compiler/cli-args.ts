// The command line's words: the usage text and the parsing of `scormdown build | preview | new` with
// their options into one Command. Wrong words throw UsageError (exit 2); nothing here prints.

import type { ScormVersion } from '../shared/model.js';
import type { NewLessonOptions } from './new-lesson.js';
import { LANGUAGE } from './parse-front-matter.js';
import type { BuildOptions } from './pipeline.js';
import type { PreviewOptions } from './preview.js';

export const USAGE = `Usage: scormdown build [lessonDir] [--out dist] [--scorm 1.2|2004|both]
       scormdown preview [lessonDir] [--scorm 1.2|2004] [--port N]
       scormdown new [folder] [--language nl|en|...] [--title "..."]

build: builds the lesson in lessonDir (default: the current folder) into SCORM zip files.
preview: shows the lesson in a stand-in LMS at http://127.0.0.1:PORT/, with what the LMS records
beside it; reload the page after editing the lesson. Ctrl-C stops it.
new: writes a starter lesson to edit into folder (default: the current folder; created if missing):
lesson.md, quiz.yaml and an image. It never overwrites a file.

Options:
  --out DIR        folder for the zip files (default: dist)
  --scorm VERSION  1.2, 2004 or both (default: both; preview: 1.2 or 2004, default 2004)
  --port N         preview only: the port on 127.0.0.1 (default: 0, any free port)
  --language CODE  new only: the lesson's language, e.g. nl or en (default: en; Dutch texts for nl,
                   English texts for any other language)
  --title TEXT     new only: the lesson's title (default: "My first lesson" / "Mijn eerste les")
  --help           show this help
  --version        show the version of scormdown`;

const SCORM_VALUES: Record<string, ScormVersion[]> = { '1.2': ['1.2'], '2004': ['2004'], both: ['1.2', '2004'] };

export class UsageError extends Error {}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'build'; options: BuildOptions }
  | { kind: 'preview'; options: PreviewOptions }
  | { kind: 'new'; options: NewLessonOptions };

function optionValue(args: string[], i: number, name: string): string {
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

/** "--out=dist" -> "--out", "dist". */
function splitEquals(arg: string): string[] {
  const at = arg.indexOf('=');
  return arg.startsWith('--') && at > 0 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg];
}

/** Reads the arguments into a command whose options are all resolved (defaults filled in). */
export function parseArgs(args: readonly string[], cwd: string): Command {
  const list = args.flatMap(splitEquals);
  if (list.includes('--help') || list.includes('-h')) return { kind: 'help' };
  if (list.includes('--version') || list.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = list;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'build') return { kind: 'build', options: buildOptions(rest, cwd) };
  if (command === 'preview') return { kind: 'preview', options: previewOptions(rest, cwd) };
  if (command === 'new') return { kind: 'new', options: newOptions(rest, cwd) };
  throw new UsageError(`unknown command "${command}"`);
}

function buildOptions(rest: string[], cwd: string): BuildOptions {
  const options: BuildOptions = { lessonDir: '.', outDir: 'dist', versions: ['1.2', '2004'], cwd };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--out') options.outDir = optionValue(rest, i++, arg);
    else if (arg === '--scorm') options.versions = scormValue(optionValue(rest, i++, arg));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  options.lessonDir = lessonFolder(positional);
  return options;
}

function previewOptions(rest: string[], cwd: string): PreviewOptions {
  const options: PreviewOptions = { lessonDir: '.', version: '2004', port: 0, cwd };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--scorm') options.version = previewVersion(optionValue(rest, i++, arg));
    else if (arg === '--port') options.port = portValue(optionValue(rest, i++, arg));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  options.lessonDir = lessonFolder(positional);
  return options;
}

function newOptions(rest: string[], cwd: string): NewLessonOptions {
  const options: NewLessonOptions = { folder: '.', language: 'en', title: null, cwd };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--language') options.language = languageValue(optionValue(rest, i++, arg));
    else if (arg === '--title') options.title = titleValue(optionValue(rest, i++, arg));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  options.folder = lessonFolder(positional);
  return options;
}

function languageValue(value: string): string {
  if (!LANGUAGE.test(value)) throw new UsageError(`--language must be a language code such as nl, en or nl-BE, not "${value}"`);
  return value;
}

/** One line of text: the title heads every slide and names the activity in the LMS. */
function titleValue(value: string): string {
  const title = value.replace(/\s+/g, ' ').trim();
  if (title === '') throw new UsageError('--title needs a text, e.g. --title "Les 7: Verkoopgesprekken"');
  return title;
}

function lessonFolder(positional: string[]): string {
  if (positional.length > 1) throw new UsageError(`one lesson folder at a time, got: ${positional.join(' ')}`);
  return positional[0] ?? '.';
}

function previewVersion(value: string): ScormVersion {
  const versions = SCORM_VALUES[value];
  if (!versions || versions.length !== 1) throw new UsageError(`--scorm must be 1.2 or 2004 for a preview, not "${value}"`);
  return versions[0] as ScormVersion;
}

function portValue(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port <= 65535)) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
  return port;
}

function scormValue(value: string): ScormVersion[] {
  const versions = SCORM_VALUES[value];
  if (!versions) throw new UsageError(`--scorm must be 1.2, 2004 or both, not "${value}"`);
  return [...versions];
}
