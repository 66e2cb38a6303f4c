// The property names esbuild shortens in the player (MANGLED_PROPS in bundle-runtime.ts) must never
// meet the outside world: a lesson data key, a UI string or a stored key with one of those names
// would be read under its short name and come back undefined. Checked against every key of the
// lesson data of a built package (lesson, questions, strings) and the player as shipped.

import { describe, expect, it } from 'vitest';
import { MANGLED_PROPS } from '../../src/compiler/package/bundle-runtime.js';
import { packageFiles } from '../helpers/package.js';

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) into.add(key), keysOf(inner, into);
  }
  return into;
}

describe('the player\'s shortened property names', () => {
  it.each(['1.2', '2004'] as const)('are no key of the SCORM %s lesson data, and are shortened in its player', async (version) => {
    const files = await packageFiles('lesson', version);
    const html = String(files.get('index.html'));
    const json = /<script type="application\/json" id="lesson-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null';
    const keys = keysOf(JSON.parse(json));
    expect(keys.size).toBeGreaterThan(20);
    expect(MANGLED_PROPS.filter((name) => keys.has(name))).toEqual([]);
    const player = String(files.get('player.js'));
    expect(MANGLED_PROPS.filter((name) => player.includes(name))).toEqual([]);
  });
});
