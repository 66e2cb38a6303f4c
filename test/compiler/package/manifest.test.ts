import { describe, expect, it } from 'vitest';
import { clip, hrefOf, manifest, xsId } from '../../../src/compiler/package/manifest.js';
import { schemaFiles, schemaNames } from '../../../src/compiler/package/schemas.js';
import type { Lesson } from '../../../src/compiler/model.js';
import type { ScormVersion } from '../../../src/shared/model.js';
import { makeLesson, openQuestion, singleQuestion } from '../../helpers/lessons.js';
import { manifestErrors } from '../../xsd/validate.js';

const CONTENT = ['index.html', 'player.js', 'player.css', 'assets/soorten klachten.svg'];
/** The pass mark goes into the manifest only when a failed attempt is final. */
const ONE_ATTEMPT = { attempts: 1 };

/** The files of a package as the pipeline assembles them: content, schemas, then the manifest. */
async function packageWith(lesson: Lesson, version: ScormVersion): Promise<Map<string, Buffer | string>> {
  const files = new Map<string, Buffer | string>(CONTENT.map((n) => [n, 'x']));
  for (const [name, body] of await schemaFiles(version)) files.set(name, body);
  files.set('imsmanifest.xml', manifest(lesson, version, [...files.keys()]));
  return files;
}

function texts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1] as string);
}

function attrs(xml: string, tag: string, attr: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\s[^>]*?\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1] as string);
}

/** Every listed file exists in the package and every package file but the manifest is listed. */
function expectFilesListed(files: Map<string, Buffer | string>, xml: string): void {
  const listed = attrs(xml, 'file', 'href').map(decodeURIComponent);
  expect(listed.sort()).toEqual([...files.keys()].filter((n) => n !== 'imsmanifest.xml').sort());
  expect(attrs(xml, 'resource', 'href').every((href) => files.has(decodeURIComponent(href)))).toBe(true);
}

describe('SCORM 1.2 manifest', () => {
  it('validates against the shipped schemas and carries the mastery score', async () => {
    const files = await packageWith(makeLesson(ONE_ATTEMPT), '1.2');
    const xml = files.get('imsmanifest.xml') as string;
    expect(await manifestErrors(files, '1.2')).toEqual([]);
    expect(texts(xml, 'schema')).toEqual(['ADL SCORM']);
    expect(texts(xml, 'schemaversion')).toEqual(['1.2']);
    expect(attrs(xml, 'resource', 'adlcp:scormtype')).toEqual(['sco']);
    expect(xml).not.toContain('scormType');
    expect(texts(xml, 'adlcp:masteryscore')).toEqual(['70']);
    expect(texts(xml, 'imsmd:langstring')).toEqual(['Testles', 'Een les om te testen.']);
    expect(texts(xml, 'imsmd:language')).toEqual(['nl']);
    expectFilesListed(files, xml);
  });

  it('puts the adlcp elements after the title, as imscp_rootv1p1p2.xsd demands', async () => {
    const xml = manifest(makeLesson(ONE_ATTEMPT), '1.2', CONTENT);
    const item = /<item [^>]*>([\s\S]*?)<\/item>/.exec(xml)?.[1] ?? '';
    expect([...item.matchAll(/<([\w:]+)[ >]/g)].map((m) => m[1])).toEqual(['title', 'adlcp:masteryscore']);
  });

  it('is rejected by the validator when the item order is wrong (the check can fail)', async () => {
    const files = await packageWith(makeLesson(ONE_ATTEMPT), '1.2');
    const xml = files.get('imsmanifest.xml') as string;
    const swapped = xml.replace(
      /(<title>Testles<\/title>)(\s*)(<adlcp:masteryscore>70<\/adlcp:masteryscore>)/,
      '$3$2$1',
    );
    expect(swapped).not.toEqual(xml);
    files.set('imsmanifest.xml', swapped);
    const errors = await manifestErrors(files, '1.2');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain('title');
  });

  it('checks the LOM metadata against imsmd (the check can fail)', async () => {
    const files = await packageWith(makeLesson(ONE_ATTEMPT), '1.2');
    const xml = files.get('imsmanifest.xml') as string;
    files.set('imsmanifest.xml', xml.replace(/imsmd:language>/g, 'imsmd:lang>'));
    expect((await manifestErrors(files, '1.2')).join('\n')).toContain('lang');
  });

  it('has no mastery score when the lesson has no graded question', async () => {
    const files = await packageWith(makeLesson({}, [openQuestion('recall')]), '1.2');
    const xml = files.get('imsmanifest.xml') as string;
    expect(await manifestErrors(files, '1.2')).toEqual([]);
    expect(xml).not.toContain('masteryscore');
  });
});

describe.each(['1.2', '2004'] as const)(
  'SCORM %s manifest of a lesson with attempts left after a failed one',
  (version) => {
    it.each([0, 2, 3])(
      'carries no pass mark with attempts: %i (an LMS would judge the score and lock the lesson)',
      (attempts) => {
        const xml = manifest(makeLesson({ attempts }), version, CONTENT);
        expect(xml).not.toMatch(/masteryscore|minNormalizedMeasure/);
        expect(manifest(makeLesson({ attempts: 1 }), version, CONTENT)).toMatch(/masteryscore|minNormalizedMeasure/);
      },
    );
  },
);

describe('SCORM 2004 4th Edition manifest', () => {
  it('validates against the shipped schemas with a primary objective satisfied by measure', async () => {
    const files = await packageWith(makeLesson({ ...ONE_ATTEMPT, passingScore: 72.5 }), '2004');
    const xml = files.get('imsmanifest.xml') as string;
    expect(await manifestErrors(files, '2004')).toEqual([]);
    // Moodle runs the package as SCORM 1.2 on any other text, whitespace included.
    expect(texts(xml, 'schemaversion')).toEqual(['2004 4th Edition']);
    // The schema accepts any attribute spelling (lax wildcard): camelCase is checked here.
    expect(attrs(xml, 'resource', 'adlcp:scormType')).toEqual(['sco']);
    expect(xml).not.toContain('scormtype');
    expect(attrs(xml, 'imsss:primaryObjective', 'satisfiedByMeasure')).toEqual(['true']);
    expect(texts(xml, 'imsss:minNormalizedMeasure')).toEqual(['0.725']);
    expect(texts(xml, 'string')).toEqual(['Testles', 'Een les om te testen.']);
    // The player navigates itself: the LMS's own Previous/Continue buttons are hidden.
    expect(texts(xml, 'adlnav:hideLMSUI')).toEqual(['previous', 'continue']);
    expect(xml.indexOf('<adlnav:presentation>')).toBeGreaterThan(xml.indexOf('</imsss:sequencing>'));
    expectFilesListed(files, xml);
  });

  it('is checked against imsss and adlcp too (the check can fail)', async () => {
    const files = await packageWith(makeLesson(ONE_ATTEMPT), '2004');
    const xml = files.get('imsmanifest.xml') as string;
    files.set('imsmanifest.xml', xml.replace('>0.7</imsss:minNormalizedMeasure>', '>70</imsss:minNormalizedMeasure>'));
    expect((await manifestErrors(files, '2004')).join('\n')).toContain('minNormalizedMeasure');
    files.set('imsmanifest.xml', xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"'));
    expect((await manifestErrors(files, '2004')).join('\n')).toContain('scormType');
    files.set('imsmanifest.xml', xml.replace('>continue</adlnav:hideLMSUI>', '>next</adlnav:hideLMSUI>'));
    expect((await manifestErrors(files, '2004')).join('\n')).toContain('hideLMSUI');
  });

  it('has no sequencing when the lesson has no graded question', async () => {
    const files = await packageWith(makeLesson({}, [openQuestion('recall')]), '2004');
    expect(await manifestErrors(files, '2004')).toEqual([]);
    expect(files.get('imsmanifest.xml')).not.toContain('imsss:sequencing');
    expect(texts(files.get('imsmanifest.xml') as string, 'adlnav:hideLMSUI')).toEqual(['previous', 'continue']);
  });

  it('lists the 2004 schema set, 17 files, and not the manifest itself', () => {
    const xml = manifest(makeLesson(ONE_ATTEMPT), '2004', ['imsmanifest.xml', ...CONTENT, ...schemaNames('2004')]);
    expect(attrs(xml, 'file', 'href')).toHaveLength(CONTENT.length + 17);
    expect(attrs(xml, 'file', 'href')).not.toContain('imsmanifest.xml');
  });
});

describe.each(['1.2', '2004'] as const)('SCORM %s manifest text and identifiers', (version) => {
  it("escapes the author's text and still validates", async () => {
    const lesson = makeLesson({ title: "Q&A: <tags> \"quoted\" 'it's'", description: '' }, [
      singleQuestion('q1'),
      openQuestion('o'),
    ]);
    const files = await packageWith(lesson, version);
    const xml = files.get('imsmanifest.xml') as string;
    expect(await manifestErrors(files, version)).toEqual([]);
    const unescape = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&#x60;/g, '`')
        .replace(/&#x3D;/g, '=')
        .replace(/&amp;/g, '&');
    expect(texts(xml, 'title').map(unescape)).toEqual([lesson.meta.title, lesson.meta.title]);
    expect(xml).not.toContain('description');
  });

  it('uses valid xs:IDs and every identifierref resolves', () => {
    const xml = manifest(makeLesson({ id: 'les6.klachten_a-b' }), version, CONTENT);
    const ids = attrs(xml, '[\\w:]+', 'identifier');
    expect(ids).toEqual([
      'les6.klachten_a-b',
      'les6.klachten_a-b.org',
      'les6.klachten_a-b.item',
      'les6.klachten_a-b.sco',
    ]);
    expect(ids.every((id) => /^[A-Za-z_][\w.-]*$/.test(id))).toBe(true);
    for (const ref of attrs(xml, 'item', 'identifierref')) expect(ids).toContain(ref);
    expect(attrs(xml, 'organizations', 'default')).toEqual(['les6.klachten_a-b.org']);
  });
});

describe('SCORM 1.2 length limits', () => {
  it('shortens a title over 200 and a version over 20 characters so the manifest stays valid', async () => {
    const title = `Een heel lange titel ${'é'.repeat(250)}`;
    const lesson = makeLesson({ title, version: '2024.11.27-concept-versie-3' });
    const files = await packageWith(lesson, '1.2');
    const xml = files.get('imsmanifest.xml') as string;
    expect(await manifestErrors(files, '1.2')).toEqual([]);
    expect(texts(xml, 'title')).toEqual([clip(title, 200), clip(title, 200)]);
    expect([...clip(title, 200)]).toHaveLength(200);
    expect(texts(xml, 'imsmd:langstring')[0]).toBe(title);
    expect(attrs(xml, 'manifest', 'version')).toEqual(['2024.11.27-concept-…']);
    const full = await packageWith(lesson, '2004');
    expect(texts(full.get('imsmanifest.xml') as string, 'title')).toEqual([title, title]);
    expect(await manifestErrors(full, '2004')).toEqual([]);
  });
});

describe('xsId and hrefOf', () => {
  it('turns any text into an xs:ID', () => {
    expect([xsId('les6'), xsId('6les'), xsId('a b/c'), xsId('-x')]).toEqual(['les6', '_6les', 'a_b_c', '_-x']);
  });

  it('percent-encodes each path segment, keeping the slashes', () => {
    expect(hrefOf('assets/soorten klachten.svg')).toBe('assets/soorten%20klachten.svg');
    expect(hrefOf('assets/ë&x.png')).toBe('assets/%C3%AB%26x.png');
  });
});
