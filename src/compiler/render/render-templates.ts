// The one Handlebars loader: every template under templates/ (the page and its partials, the
// manifests, the preview page, the starter lesson) is made here, once per process, each in a private
// Handlebars environment (no global registrations shared between stages). A template is always
// turned into a function the same way, from its precompiled spec: the compiled CLI (lib/) carries
// the specs (scripts/compile.mjs, see precompiled.ts) and needs only the small Handlebars runtime;
// run from source, the full Handlebars precompiles the template first.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { HelperDelegate, TemplateDelegate } from 'handlebars';
import type * as HandlebarsModule from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { readSync } from '../diagnostics/errors.js';
import { projectPath } from '../paths.js';
import { PRECOMPILED } from './precompiled.js';

type Handlebars = typeof HandlebarsModule;

export type Template<T = object> = (context: T) => string;

export interface TemplateSetup {
  /** A folder under templates/ whose *.hbs are registered as partials, by file name without .hbs. */
  partials?: string;
  helpers?: Readonly<Record<string, HelperDelegate>>;
}

/** strict everywhere: a field misspelt in a template fails instead of rendering as nothing.
 *  Escaped for HTML and XML; the starter's Markdown and YAML are written as they are. */
function compileOptions(file: string): { strict: boolean; noEscape: boolean } {
  return { strict: true, noEscape: /\.(md|yaml)\.hbs$/.test(file) };
}

const cache = new Map<string, Template<never>>();

/** The template `file` (a path under templates/, forward slashes), made on first use. */
export function loadTemplate<T = object>(file: string, setup: TemplateSetup = {}): Template<T> {
  const hit = cache.get(file);
  if (hit !== undefined) return hit as Template<T>;
  const env = (runtime as Handlebars).create();
  for (const [name, helper] of Object.entries(setup.helpers ?? {})) env.registerHelper(name, helper);
  const { partials } = setup;
  if (partials !== undefined) {
    for (const name of hbsFiles(partials))
      env.registerPartial(name.slice(0, -'.hbs'.length), made(env, `${partials}/${name}`));
  }
  const template = made(env, file);
  const render: Template<T> = (context) => template(context);
  cache.set(file, render);
  return render;
}

function hbsFiles(folder: string): string[] {
  const names = readSync(projectPath('templates', ...folder.split('/')), (dir) => readdirSync(dir));
  return names.filter((name) => name.endsWith('.hbs')).sort();
}

function made(env: Handlebars, file: string): TemplateDelegate {
  const spec = PRECOMPILED?.[file] ?? evaluate(precompile(file));
  return env.template(spec);
}

/** Handlebars.precompile's output for one template: JavaScript source of an object literal. */
function precompile(file: string): string {
  const compiler = createRequire(import.meta.url)('handlebars') as Handlebars;
  const source = readSync(projectPath('templates', ...file.split('/')), (path) => readFileSync(path, 'utf8'));
  return String(compiler.precompile(source, compileOptions(file)));
}

// Handlebars.compile itself turns the code it generates into functions this way; the code comes
// from the project's own templates, never from a lesson.
function evaluate(spec: string): object {
  return new Function(`return ${spec};`)() as object;
}

/** Every template under templates/ (recursively), precompiled: the module text that replaces
 *  precompiled.ts in lib/ (scripts/compile.mjs). */
export function precompiledModule(folder = ''): string {
  const entries = allTemplates(folder).map((file) => `${JSON.stringify(file)}: ${precompile(file)}`);
  return `export const PRECOMPILED = {\n${entries.join(',\n')}\n};\n`;
}

function allTemplates(folder: string): string[] {
  const dir = projectPath('templates', ...folder.split('/').filter(Boolean));
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) return allTemplates(path);
      return entry.name.endsWith('.hbs') ? [path] : [];
    });
}

/** The page: templates/page.html.hbs with templates/partials/*.hbs. */
export function pageTemplate(): Template {
  return loadTemplate('page.html.hbs', { partials: 'partials' });
}
