// Issue 12, class 2: arbitrary Unicode (controls, noncharacters, lone surrogates, astral
// characters) in every front-matter text that reaches imsmanifest.xml (title, description,
// version), through the real front-matter parser and manifest renderer: either the author gets an
// error diagnostic, or both versions' manifests are well-formed XML (xmllint), and a handful of them
// validate against the shipped schemas.

import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/compiler/diagnostics/diagnostics.js';
import { parseFrontMatter } from '../../src/compiler/front/parse-front-matter.js';
import { manifest } from '../../src/compiler/package/manifest.js';
import { schemaFiles } from '../../src/compiler/package/schemas.js';
import type { ScormVersion } from '../../src/shared/model.js';
import { makeLesson } from '../helpers/lessons.js';
import { manifestErrors } from '../xsd/validate.js';
import { SCALE, SEED } from './fuzz-lessons.js';

const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];
const FILES = ['index.html', 'player.js'];

/** Any UTF-16 code unit (lone surrogates included), any code point, and the usual suspects. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc
    .integer({ min: 0, max: 0x10ffff })
    .filter((n) => n < 0xd800 || n > 0xdfff)
    .map((n) => String.fromCodePoint(n)),
  fc.constantFrom(
    '\u000b',
    '\u0000',
    '\u0001',
    '\u001b',
    '\u000c',
    '\ufffe',
    '\uffff',
    '\u2028',
    '&',
    '<',
    ']]>',
    '"',
    "'",
    ' ',
  ),
);
/** Mostly printable text with a few hostile characters, or hostile text throughout. */
const text = fc.oneof(
  fc
    .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.string({ unit, maxLength: 2 }), fc.nat(20))
    .map(([t, odd, at]) => t.slice(0, at) + odd + t.slice(at)),
  fc.string({ unit, minLength: 1, maxLength: 12 }),
);

/** A text as YAML: as typed on the line, or as a JSON (= YAML double-quoted) string with escapes. */
const written = fc
  .tuple(text, fc.boolean())
  .map(([t, quoted]) => (quoted ? JSON.stringify(t) : t.replace(/[\r\n]/g, ' ')));

function wellFormed(xml: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '-'], {
      input: Buffer.from(xml, 'utf8'),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

function manifests(
  title: string,
  description: string,
  version: string,
): { errors: boolean; xml: Map<ScormVersion, string> } {
  const source = `---\ntitle: ${title}\nid: fuzz\ndescription: ${description}\nversion: ${version}\n---\n\n# A\n`;
  const front = parseFrontMatter(source, 'lesson/lesson.md');
  if (hasErrors(front.diagnostics)) return { errors: true, xml: new Map() };
  const lesson = makeLesson(front.meta);
  return { errors: false, xml: new Map(VERSIONS.map((v) => [v, manifest(lesson, v, FILES)])) };
}

describe('front-matter texts into imsmanifest.xml (property)', () => {
  it('give an error diagnostic or a well-formed manifest, never a broken one', () => {
    const outcome = { errors: 0, built: 0 };
    fc.assert(
      fc.property(written, written, written, (title, description, version) => {
        const { errors, xml } = manifests(title, description, version);
        outcome[errors ? 'errors' : 'built'] += 1;
        for (const [v, body] of xml)
          expect(wellFormed(body), `${v}: ${JSON.stringify([title, description, version])}`).toBe('');
      }),
      { numRuns: 150 * SCALE, seed: SEED + 10, endOnFailure: true },
    );
    // Both sides of the property were reached.
    expect(outcome.errors).toBeGreaterThan(10);
    expect(outcome.built).toBeGreaterThan(10);
  });

  it('validates a handful of generated manifests against the shipped schemas', async () => {
    const samples = fc.sample(fc.tuple(written, written, written), { numRuns: 60, seed: SEED + 11 });
    let validated = 0;
    for (const [title, description, version] of samples) {
      const { xml } = manifests(title, description, version);
      if (xml.size === 0) continue;
      for (const [v, body] of xml) {
        const files = new Map<string, Buffer | string>([['imsmanifest.xml', body]]);
        for (const [name, schema] of await schemaFiles(v)) files.set(name, schema);
        expect(await manifestErrors(files, v), JSON.stringify([title, description, version])).toEqual([]);
      }
      if (++validated === 6) break;
    }
    expect(validated).toBe(6);
  });
});
