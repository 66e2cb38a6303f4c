// Loads templates/page.html.hbs and templates/partials/*.hbs once per process into a private
// Handlebars environment (no global registrations shared with other stages).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

export type PageTemplate = (context: object) => string;

let cached: PageTemplate | null = null;

/** The project's templates/ folder: the nearest ancestor of this module that has one, so the
 *  lookup works from src/ (tests, tsx) as well as from a compiled or bundled copy. */
export function templatesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'page.html.hbs'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`templates/page.html.hbs not found above ${from}`);
    dir = parent;
  }
}

export function pageTemplate(): PageTemplate {
  if (cached !== null) return cached;
  const dir = templatesDir();
  const hbs = Handlebars.create();
  const partials = join(dir, 'partials');
  for (const file of readdirSync(partials).sort()) {
    if (!file.endsWith('.hbs')) continue;
    hbs.registerPartial(file.slice(0, -'.hbs'.length), readFileSync(join(partials, file), 'utf8'));
  }
  // strict: a misspelt field in a template fails the build instead of rendering an empty string.
  const page = hbs.compile(readFileSync(join(dir, 'page.html.hbs'), 'utf8'), { strict: true });
  cached = (context) => page(context);
  return cached;
}
