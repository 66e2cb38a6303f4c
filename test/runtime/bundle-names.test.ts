// The property names esbuild shortens in the player (MANGLED_PROPS in bundle-runtime.ts) must never
// meet the outside world: a lesson data key, a UI string's {placeholder} (filled by key), a data-*
// attribute read through `dataset`, or a member of the DOM or of JavaScript's built-ins would be
// read under its short name and come back undefined. Checked against every key and placeholder of
// the lesson data of a built package, the page's data-* attributes, the members TypeScript's lib
// files declare, and the player as shipped.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANGLED_PROPS } from '../../src/compiler/package/bundle-runtime.js';
import { packageFiles } from '../helpers/package.js';

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

function placeholdersOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const [, name] of value.matchAll(/\{(\w+)\}/g)) into.add(name as string);
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((inner) => placeholdersOf(inner, into));
  return into;
}

/** Every member name (property, method, getter) of the DOM and the ECMAScript library. */
function builtInMembers(): Set<string> {
  const lib = dirname(createRequire(import.meta.url).resolve('typescript/lib/lib.dom.d.ts'));
  const names = new Set<string>();
  for (const file of readdirSync(lib).filter((f) => /^lib\.(dom|es\w*)[\w.]*\.d\.ts$/.test(f))) {
    const text = readFileSync(join(lib, file), 'utf8');
    for (const [, name] of text.matchAll(/^\s+(?:readonly\s+|get\s+|set\s+)?([A-Za-z_$][\w$]*)\??\s*[(:<]/gm))
      names.add(name as string);
  }
  return names;
}

/** `name` as a property in minified code: `.name`, `{name:`, `,name(`, `{name,` ...; not inside a
 *  string such as "unknown", "is-running" or "cmi.core.exit". */
const asProperty = (name: string) => new RegExp(`[.{,]${name}(?![\\w$"'\x60-])`);

describe("the player's shortened property names", () => {
  it.each(['1.2', '2004'] as const)(
    'are no key, placeholder or data attribute of the SCORM %s package, and are shortened in its player',
    async (version) => {
      const files = await packageFiles('lesson', version);
      const html = String(files.get('index.html'));
      const json = /<script type="application\/json" id="lesson-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null';
      const data: unknown = JSON.parse(json);
      const keys = keysOf(data);
      expect(keys.size).toBeGreaterThan(20);
      expect(MANGLED_PROPS.filter((name) => keys.has(name))).toEqual([]);
      const placeholders = placeholdersOf(data);
      expect(placeholders).toContain('total');
      expect(MANGLED_PROPS.filter((name) => placeholders.has(name))).toEqual([]);
      const dataset = new Set(
        [...html.matchAll(/\sdata-([a-z-]+)/g)].map(([, a]) =>
          (a as string).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
        ),
      );
      expect(dataset).toContain('timerAction');
      expect(MANGLED_PROPS.filter((name) => dataset.has(name))).toEqual([]);
      const player = String(files.get('player.js'));
      expect(player).toMatch(asProperty('textContent'));
      expect(MANGLED_PROPS.filter((name) => asProperty(name).test(player))).toEqual([]);
    },
  );

  it("are no member of the DOM or of JavaScript's built-ins", () => {
    const members = builtInMembers();
    expect(members).toContain('textContent');
    expect(members).toContain('classList');
    expect(members).toContain('flatMap');
    expect(MANGLED_PROPS.filter((name) => members.has(name))).toEqual([]);
  });
});
