// `scormdown translate` as a school that teaches in two languages uses it: the shipped lesson goes
// out as PO or XLIFF, comes back translated, and becomes a lesson folder that builds, in the other
// language, with the same question ids (the LMS reports compare). An update of the source marks
// what changed; whatever is not translated stays in Dutch and is said; wrong files are refused.

import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { po } from 'gettext-parser';
import { buildPackages } from '../../src/compiler/pipeline.js';
import { ROOT, scormdown } from '../helpers/cli.js';
import { lessonDataOf } from '../helpers/package.js';
import { xliffErrors } from '../xsd/validate.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-translate-'));
  await cp(join(ROOT, 'lesson'), join(dir, 'les6'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in translation: the Dutch articles as German's "die", everything else as it was. */
const german = (text: string): string => text.replace(/\b(de|het|een)\b/g, 'die');

/** Fills every entry of a PO file (`skip`: ids left empty). */
async function translatePo(file: string, skip: readonly string[] = []): Promise<number> {
  const data = po.parse(await readFile(file));
  let count = 0;
  for (const [context, entries] of Object.entries(data.translations))
    for (const entry of Object.values(entries)) {
      if (context === '' || skip.includes(context)) continue;
      entry.msgstr = [german(entry.msgid)];
      count += 1;
    }
  await writeFile(file, po.compile(data, { foldLength: 0 }));
  return count;
}

/** What the LMS and a returning learner see of a lesson: its question ids and keys, its slides' kinds. */
async function ids(lessonDir: string) {
  const { packages, diagnostics } = await buildPackages(lessonDir, ['2004']);
  if (packages === null) throw new Error(diagnostics.map((d) => d.code).join());
  const data = lessonDataOf(packages[0]!.files);
  return {
    questions: data.questions.map((q) => [q.id, q.k]),
    slides: data.slides.map((s) => s.kind),
    language: data.language,
    next: data.strings.next,
  };
}

describe('a lesson out to a translator and back', () => {
  it('as PO: every text out, all translated back, a German lesson with the same question ids', async () => {
    const out = await scormdown(['translate', 'export', 'les6', '--to', 'de'], dir);
    expect(out.code, out.stderr).toBe(0);
    const file = join(dir, 'les6-klachtenafhandeling-de.po');
    const texts = await translatePo(file);
    expect(texts).toBeGreaterThan(140);
    expect(out.stdout).toBe(`Wrote les6-klachtenafhandeling-de.po: ${texts} texts to translate into German.\n`);

    const back = await scormdown(['translate', 'import', 'les6-klachtenafhandeling-de.po'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toBe('');
    expect(back.stdout.split('\n')[0]).toBe(
      `Wrote les6-de: the lesson in German, ${texts} of ${texts} texts translated.`,
    );

    const [source, translated] = [await ids(join(dir, 'les6')), await ids(join(dir, 'les6-de'))];
    expect(translated.questions).toEqual(source.questions);
    expect(translated.slides).toEqual(source.slides);
    expect([translated.language, translated.next]).toEqual(['de', 'Weiter']);
    const md = await readFile(join(dir, 'les6-de', 'lesson.md'), 'utf8');
    expect(md).toMatch(/^---\ntitle: .*\nid: les6-klachtenafhandeling-de\nlanguage: de\n/);
    expect(md).toContain('Wat is die doel van deze les?');
    expect((await stat(join(dir, 'les6-de', 'assets', 'soorten-klachten.svg'))).isFile()).toBe(true);
    const built = await scormdown(['build', 'les6-de', '--out', 'dist'], dir);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('les6-klachtenafhandeling-de-scorm2004.zip');
  });

  it('as XLIFF 1.2: valid against the OASIS schema, and back as the same lesson in French', async () => {
    const out = await scormdown(['translate', 'export', 'les6', '--to', 'fr', '--format', 'xliff'], dir);
    expect(out.code, out.stderr).toBe(0);
    const file = join(dir, 'les6-klachtenafhandeling-fr.xlf');
    const xml = await readFile(file, 'utf8');
    expect(await xliffErrors(xml)).toEqual([]);
    // A CAT tool's work: each target filled, its state translated.
    const done = xml.replace(
      /<source>([\s\S]*?)<\/source>\s*<target state="needs-translation"><\/target>/g,
      (_, source: string) => `<source>${source}</source><target state="translated">${german(source)} (fr)</target>`,
    );
    await writeFile(file, done);
    expect(await xliffErrors(done)).toEqual([]);

    const back = await scormdown(['translate', 'import', file, '--out', 'les6-fr'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toBe('');
    const [source, translated] = [await ids(join(dir, 'les6')), await ids(join(dir, 'les6-fr'))];
    expect(translated.questions).toEqual(source.questions);
    expect([translated.language, translated.next]).toEqual(['fr', 'Suivant']);
    expect(await readFile(join(dir, 'les6-fr', 'quiz.yaml'), 'utf8')).toContain(
      'prompt: Welke twee soorten klachten noemt die les? (fr)',
    );
  });

  it('after the lesson changed: the file is updated, a changed text marked fuzzy, the others kept', async () => {
    await scormdown(['translate', 'export', 'les6', '--to', 'de'], dir);
    const file = join(dir, 'les6-klachtenafhandeling-de.po');
    const texts = await translatePo(file);
    const lessonMd = join(dir, 'les6', 'lesson.md');
    const md = await readFile(lessonMd, 'utf8');
    await writeFile(
      lessonMd,
      md.replace('## Wat is het doel van deze les?', '## Wat is het doel van deze les vandaag?\n\nEen nieuwe zin.'),
    );

    const again = await scormdown(['translate', 'export', 'les6', '--to', 'de'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(
      `Wrote les6-klachtenafhandeling-de.po: ${texts + 1} texts to translate into German (${texts - 1} translated, 1 to review, 1 new).\n`,
    );
    const updated = await readFile(file, 'utf8');
    expect(updated).toContain(
      '#, fuzzy\n#| msgid "Wat is het doel van deze les?"\nmsgctxt "slide.2.1"\nmsgid "Wat is het doel van deze les vandaag?"\nmsgstr "Wat is die doel van deze les?"',
    );

    // Imported as it is: the fuzzy text and the new one stay in Dutch, each said at its line.
    const back = await scormdown(['translate', 'import', 'les6-klachtenafhandeling-de.po'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect([...back.stderr.matchAll(/^(\S+) TRANSLATION_KEPT warning: (.*)$/gm)].map((m) => [m[1], m[2]])).toEqual([
      ['les6/lesson.md:18:1', '"slide.2.1" is marked to review (fuzzy): kept in Dutch'],
      ['les6/lesson.md:20:1', '"slide.2.2" has no translation yet: kept in Dutch'],
    ]);
    expect(back.stdout.split('\n')[0]).toBe(
      `Wrote les6-de: the lesson in German, ${texts - 1} of ${texts + 1} texts translated.`,
    );
    expect(await readFile(join(dir, 'les6-de', 'lesson.md'), 'utf8')).toContain(
      '## Wat is het doel van deze les vandaag?\n\nEen nieuwe zin.',
    );
  });
});

describe('a course out to a translator and back', () => {
  it('one file for the course and all its lessons; back as a German course that builds with the same ids', async () => {
    await cp(join(ROOT, 'test/fixtures/course-three'), join(dir, 'cursus'), { recursive: true });
    const out = await scormdown(['translate', 'export', 'cursus', '--to', 'de'], dir);
    expect(out.code, out.stderr).toBe(0);
    const file = join(dir, 'klachten-cursus-de.po');
    const po = await readFile(file, 'utf8');
    expect(po).toContain('msgctxt "course.title"\nmsgid "Klachten: de cursus"');
    expect(po).toMatch(/#: les-2\/quiz\.yaml:\d+\n#\. les-2: question /);
    await translatePo(file);

    const back = await scormdown(['translate', 'import', 'klachten-cursus-de.po'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toBe('');
    expect(await readFile(join(dir, 'cursus-de', 'course.yaml'), 'utf8')).toMatch(
      /id: klachten-cursus-de\n[\s\S]*language: de\n/,
    );
    const built = await scormdown(['build', 'cursus-de', '--out', 'dist'], dir);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('klachten-cursus-de-scorm2004.zip');
    for (const lesson of ['les-1', 'les-2', 'les-3']) {
      const [source, translated] = [await ids(join(dir, 'cursus', lesson)), await ids(join(dir, 'cursus-de', lesson))];
      expect(translated.questions, lesson).toEqual(source.questions);
      expect(translated.next).toBe('Weiter');
    }
  });
});

describe('what goes wrong', () => {
  it("no --to is a usage error; the lesson's own language is refused", async () => {
    const none = await scormdown(['translate', 'export', 'les6'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--to is required');
    const same = await scormdown(['translate', 'export', 'les6', '--to', 'nl'], dir);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('TRANSLATION_SAME_LANGUAGE');
  });

  it('a file that is no translation, or a lesson that moved, is said with the fix; nothing is written', async () => {
    await writeFile(join(dir, 'les.po'), 'dit is geen po\n"');
    const bad = await scormdown(['translate', 'import', 'les.po'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^les\.po:1:1 TRANSLATION_UNREADABLE error: this is not a translation file/m);

    await scormdown(['translate', 'export', 'les6', '--to', 'de', '--out', 'vertaling/de.po'], dir);
    await translatePo(join(dir, 'vertaling', 'de.po'));
    await cp(join(dir, 'vertaling', 'de.po'), join(dir, 'de.po'));
    const moved = await scormdown(['translate', 'import', 'de.po'], dir);
    expect(moved.code).toBe(1);
    expect(moved.stderr).toContain('TRANSLATION_LESSON_MISSING');
    expect(moved.stderr).toContain('--lesson');
    const given = await scormdown(['translate', 'import', 'de.po', '--lesson', 'les6'], dir);
    expect(given.code, given.stderr).toBe(0);
    // Never over a folder that is there.
    const twice = await scormdown(['translate', 'import', 'de.po', '--lesson', 'les6'], dir);
    expect(twice.code).toBe(6);
  });

  it('a translation that breaks the lesson (a picture renamed) is reported in the translated folder, and nothing is written', async () => {
    await scormdown(['translate', 'export', 'les6', '--to', 'de'], dir);
    const file = join(dir, 'les6-klachtenafhandeling-de.po');
    await translatePo(file);
    const text = await readFile(file, 'utf8');
    const broken = text.replace(/msgstr "(.*)assets\/soorten-klachten\.svg/, 'msgstr "$1assets/beschwerden.svg');
    expect(broken).not.toBe(text);
    await writeFile(file, broken);
    const back = await scormdown(['translate', 'import', 'les6-klachtenafhandeling-de.po'], dir);
    expect(back.code).toBe(1);
    expect(back.stderr).toMatch(/^les6-de\/lesson\.md:\d+:\d+ ASSET_MISSING error/m);
    await expect(stat(join(dir, 'les6-de'))).rejects.toThrow();
  });

  it("a translator's slide break or directive is not taken; a line break in a heading becomes a space", async () => {
    await scormdown(['translate', 'export', 'les6', '--to', 'de'], dir);
    const file = join(dir, 'les6-klachtenafhandeling-de.po');
    await translatePo(file);
    const data = po.parse(await readFile(file));
    const entry = (id: string) => Object.values(data.translations[id]!)[0]!;
    entry('slide.2.1').msgstr = ['Was ist das Ziel\ndieser Lektion?'];
    entry('slide.2.2').msgstr = ['Dass du weißt,\n\n---\n\nwelche Arten es gibt;'];
    entry('slide.2.3').msgstr = ['Wie du sie behandelst;\n\n::quiz'];
    await writeFile(file, po.compile(data, { foldLength: 0 }));
    const back = await scormdown(['translate', 'import', 'les6-klachtenafhandeling-de.po'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect([...back.stderr.matchAll(/ TRANSLATION_KEPT warning: [^"]*"([^"]+)"/gm)].map((m) => m[1])).toEqual([
      'slide.2.2',
      'slide.2.3',
    ]);
    expect(back.stderr).toContain('adds a line `---` or a `::` directive');
    const md = await readFile(join(dir, 'les6-de', 'lesson.md'), 'utf8');
    expect(md).toContain('## Was ist das Ziel dieser Lektion?\n');
    expect(md).toContain('- Dat je weet welke soorten klachten er zijn;');
    const [source, translated] = [await ids(join(dir, 'les6')), await ids(join(dir, 'les6-de'))];
    expect(translated.slides).toEqual(source.slides);
  });

  it('speaks Dutch to a Dutch author', async () => {
    const out = await scormdown(['translate', 'export', 'les6', '--to', 'de'], dir, { lang: 'nl' });
    expect(out.stdout).toMatch(
      /^les6-klachtenafhandeling-de\.po geschreven: \d+ teksten om te vertalen in het Duits\.\n$/,
    );
  });
});
