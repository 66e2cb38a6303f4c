// Loads templates/page.html.hbs and templates/partials/*.hbs once per process into a private
// Handlebars environment (no global registrations shared with other stages).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { readSync } from './errors.js';
import { projectPath } from './paths.js';

export type PageTemplate = (context: object) => string;

let cached: PageTemplate | null = null;

export function pageTemplate(): PageTemplate {
  if (cached !== null) return cached;
  const hbs = Handlebars.create();
  const partials = projectPath('templates', 'partials');
  for (const file of readSync(partials, (p) => readdirSync(p)).sort()) {
    if (!file.endsWith('.hbs')) continue;
    hbs.registerPartial(file.slice(0, -'.hbs'.length), readSync(join(partials, file), (p) => readFileSync(p, 'utf8')));
  }
  // strict: a field misspelt in a template fails the build instead of rendering as nothing.
  const page = hbs.compile(readSync(projectPath('templates', 'page.html.hbs'), (p) => readFileSync(p, 'utf8')), { strict: true });
  cached = (context) => page(context);
  return cached;
}
