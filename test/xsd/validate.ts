// Validates an imsmanifest.xml against the schema files shipped IN THE SAME PACKAGE, with xmllint from
// Debian's libxml2-utils (.ci/run installs it), through a test-only wrapper schema per version that
// imports the shipped schemas (2004 as shipped; 1.2 with the W3C xml.xsd as ims_xml.xsd).
// Not xmllint-wasm: its newer libxml2 refuses to compile imsmd_rootv1p2p1.xsd ("content model is not
// determinist"), so it could not check the 1.2 LOM metadata at all.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { schemaDir } from '../../src/compiler/package/schemas.js';
import type { ScormVersion } from '../../src/shared/model.js';

type Files = Map<string, Buffer | string>;

const run = promisify(execFile);

/** The files xmllint needs on disk, and the schema it validates against. */
async function setup(version: ScormVersion): Promise<{ extra: Files; schema: string }> {
  if (version === '2004') {
    const wrapper = await readFile(new URL('./scorm2004-wrapper.xsd', import.meta.url));
    return { schema: 'scorm2004-wrapper.xsd', extra: new Map([['scorm2004-wrapper.xsd', wrapper]]) };
  }
  return {
    schema: 'scorm12-wrapper.xsd',
    extra: new Map<string, Buffer | string>([
      ['scorm12-wrapper.xsd', await readFile(new URL('./scorm12-wrapper.xsd', import.meta.url))],
      // The W3C xml.xsd (shipped with 2004) under the name the 1.2 schemas import.
      ['ims_xml.xsd', await readFile(join(schemaDir('2004'), 'xml.xsd'))],
    ]),
  };
}

/** The schema errors of the package's manifest ([] when it validates). */
export async function manifestErrors(files: Files, version: ScormVersion): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'scormdown-xsd-'));
  try {
    const { extra, schema } = await setup(version);
    const all = new Map([...files].filter(([n]) => /\.(xml|xsd|dtd)$/.test(n) && !n.includes('/')));
    for (const [name, body] of extra) all.set(name, body);
    await Promise.all([...all].map(([name, body]) => writeFile(join(dir, name), body)));
    await run('xmllint', ['--noout', '--nonet', '--schema', schema, 'imsmanifest.xml'], { cwd: dir });
    return [];
  } catch (error) {
    const e = error as { code?: unknown; stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error('xmllint not found: apt-get install libxml2-utils (see .ci/run)', { cause: error });
    if (typeof e.stderr !== 'string') throw error;
    return e.stderr.split('\n').filter((line) => line !== '' && !line.endsWith('fails to validate'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The schema errors of an XLIFF 1.2 file against OASIS's xliff-core-1.2-strict.xsd (as published,
 *  beside this file), its import of the W3C xml.xsd pointed at the copy shipped with SCORM 2004. */
export async function xliffErrors(text: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'scormdown-xliff-'));
  try {
    const strict = await readFile(new URL('./xliff-core-1.2-strict.xsd', import.meta.url), 'utf8');
    await writeFile(join(dir, 'xliff.xsd'), strict.replace('http://www.w3.org/2001/xml.xsd', 'xml.xsd'));
    await writeFile(join(dir, 'xml.xsd'), await readFile(join(schemaDir('2004'), 'xml.xsd')));
    await writeFile(join(dir, 'file.xlf'), text);
    await run('xmllint', ['--noout', '--nonet', '--schema', 'xliff.xsd', 'file.xlf'], { cwd: dir });
    return [];
  } catch (error) {
    const e = error as { stderr?: string };
    if (typeof e.stderr !== 'string') throw error;
    return e.stderr.split('\n').filter((line) => line !== '' && !line.endsWith('fails to validate'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
