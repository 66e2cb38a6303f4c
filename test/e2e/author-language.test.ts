// A Dutch author reads Dutch: the command line, its diagnostics and hints, `new`'s output and the
// starter lesson speak the author's language, chosen by --lang, else the lesson's `language:`, else
// the system locale. The codes (QUIZ_NO_CORRECT) are the same in every language.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scormdown } from '../helpers/cli.js';

const DUTCH = { LANG: 'nl_NL.UTF-8' };

const lessonMd = (language: string | null): string =>
  `---\ntitle: Klachten\nid: les6\n${language === null ? '' : `language: ${language}\n`}completion: quiz\n---\n\n` +
  '# Welkom\n\n---\n\n::quiz draw 7\n\n---\n\n::gate\n\n# Na de toets\n';
const question = (n: number): string => `- id: q${n}\n  type: true-false\n  prompt: Waar ${n}?\n  answer: true\n`;
const NINE = Array.from({ length: 9 }, (_, i) => question(i + 1)).join('');

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-lang-'));
  await mkdir(join(dir, 'les'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function lesson(md: string, quiz: string): Promise<void> {
  await writeFile(join(dir, 'les', 'lesson.md'), md);
  await writeFile(join(dir, 'les', 'quiz.yaml'), quiz);
}

describe("a lesson's diagnostics in the author's language", () => {
  it('a Dutch lesson with a tab in quiz.yaml: one error, in Dutch, with its Dutch fix', async () => {
    await lesson(lessonMd('nl'), NINE.replace('  answer: true', '\tanswer: true'));
    const { code, stdout, stderr } = await scormdown(['build', 'les'], dir, { lang: null });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      [
        'les/quiz.yaml:4:1 YAML_TAB fout: deze regel springt in met een tab; YAML staat daar alleen spaties toe',
        ' 4 |  answer: true',
        '   | ^',
        '  tip: spring in met spaties, niet met tabs (laat je editor spaties invoegen voor de Tab-toets)',
        '',
        '1 fout: niets geschreven. Verbeter de regels hierboven en bouw opnieuw.',
        '',
      ].join('\n'),
    );
  });

  it('--lang en makes the same Dutch lesson speak English; the code stays', async () => {
    await lesson(lessonMd('nl'), NINE.replace('  answer: true', '\tanswer: true'));
    const { stderr } = await scormdown(['build', 'les', '--lang', 'en'], dir, { lang: null, env: DUTCH });
    expect(stderr).toContain('YAML_TAB error: this line is indented with a tab');
    expect(stderr).toContain('\n1 error: nothing written. Fix the lines above and build again.');
  });

  it("the lesson's language goes before the locale: an English lesson on a Dutch machine speaks English", async () => {
    await lesson(lessonMd('en'), NINE.replace('answer: true', 'answer: yes'));
    const { stderr } = await scormdown(['build', 'les'], dir, { lang: null, env: DUTCH });
    expect(stderr).toContain('QUIZ_INVALID_VALUE error: answer of question "q1" must be true or false, not "yes"');
    expect(stderr).toContain('hint: write `true` for yes: only `true` and `false` are read as yes and no');
  });

  it('a lesson without `language:` speaks as the locale does', async () => {
    await lesson(lessonMd(null), NINE.replace('answer: true', 'answer: yes'));
    const dutch = await scormdown(['build', 'les'], dir, { lang: null, env: DUTCH });
    expect(dutch.stderr).toContain(
      'QUIZ_INVALID_VALUE fout: answer van vraag "q1" moet true of false zijn, niet "yes"',
    );
    expect(dutch.stderr).toContain('tip: schrijf `true` voor yes');
    const english = await scormdown(['build', 'les'], dir, { lang: null, env: { LANG: 'C.UTF-8' } });
    expect(english.stderr).toContain('QUIZ_INVALID_VALUE error: answer of question "q1"');
  });

  it('an unreadable front matter: the locale decides, as the lesson cannot say', async () => {
    await lesson('---\ntitle: Klachten\n\tid: les6\nlanguage: nl\n---\n\n# Welkom\n', '');
    const english = await scormdown(['build', 'les'], dir, { lang: null });
    expect(english.stderr).toContain('YAML_TAB error: this line is indented with a tab');
    const dutch = await scormdown(['build', 'les'], dir, { lang: null, env: { LC_ALL: 'nl_BE.UTF-8' } });
    expect(dutch.stderr).toContain('YAML_TAB fout: deze regel springt in met een tab');
  });
});

describe("the command line in the author's language", () => {
  it('a Dutch machine: `new` without --language writes a Dutch lesson and says so in Dutch', async () => {
    const { code, stdout } = await scormdown(['new', 'les-1'], dir, { lang: null, env: DUTCH });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Een beginles geschreven:\n {2}les-1\/lesson\.md\n/);
    expect(stdout).toContain('Bewerk lesson.md en quiz.yaml, en bekijk de les zoals een leerling hem ziet:');
    expect(await readFile(join(dir, 'les-1', 'lesson.md'), 'utf8')).toMatch(/^language: nl\s/m);
    const built = await scormdown(['build', 'les-1'], dir, { lang: null, env: DUTCH });
    expect(built.code).toBe(0);
  });

  it('new --language nl on an English machine speaks Dutch; --lang en keeps English', async () => {
    const dutch = await scormdown(['new', 'les-2', '--language', 'nl'], dir, { lang: null });
    expect(dutch.stdout).toMatch(/^Een beginles geschreven:/);
    const english = await scormdown(['new', 'les-3', '--language', 'nl', '--lang', 'en'], dir, { lang: null });
    expect(english.stdout).toMatch(/^Wrote a starter lesson:/);
    expect(await readFile(join(dir, 'les-3', 'lesson.md'), 'utf8')).toMatch(/^language: nl\s/m);
  });

  it('a wrong command line and --help, in Dutch on a Dutch machine', async () => {
    const wrong = await scormdown(['bouw', 'les'], dir, { lang: null, env: DUTCH });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^scormdown: onbekende opdracht "bouw"\n\nGebruik: scormdown build /);
    const help = await scormdown(['--help'], dir, { lang: null, env: DUTCH });
    expect(help.stdout).toContain(
      'build: bouwt de les in lessonDir (standaard: de huidige map) tot SCORM-zipbestanden; een map met een',
    );
    expect(help.stdout).toContain('--lang en|nl');
  });

  it('a failure outside the lesson, with its hint, in Dutch', async () => {
    await lesson(lessonMd('nl'), NINE);
    await writeFile(join(dir, 'dist'), 'a file where the output folder goes');
    const { code, stderr } = await scormdown(['build', 'les'], dir, { lang: null });
    expect(code).toBe(4);
    expect(stderr).toMatch(
      /^scormdown: kon dist niet schrijven \((EEXIST|ENOTDIR)\)\n {2}tip: controleer of de map bij --out/,
    );
  });
});

describe('German, French and Spanish authors', () => {
  const TAB = NINE.replace('  answer: true', '\tanswer: true');
  it.each([
    ['de', 'YAML_TAB Fehler: diese Zeile ist mit einem Tab eingerückt', '1 Fehler: nichts geschrieben.'],
    ['fr', 'YAML_TAB erreur\u00a0: cette ligne est indentée par une tabulation', '1 erreur\u00a0: rien n’a été écrit.'],
    ['es', 'YAML_TAB error: esta línea está sangrada con un tabulador', '1 error: no se ha escrito nada.'],
  ])('a lesson in %s is reported in its language, with its fix', async (language, message, outcome) => {
    await lesson(lessonMd(language), TAB);
    const { code, stderr } = await scormdown(['build', 'les'], dir, { lang: null });
    expect(code).toBe(1);
    expect(stderr).toContain(`les/quiz.yaml:4:1 ${message}`);
    expect(stderr).toContain(`\n${outcome}`);
  });

  it('a French machine speaks French to a lesson without `language:`', async () => {
    await lesson(lessonMd(null), TAB);
    const { stderr } = await scormdown(['build', 'les'], dir, { lang: null, env: { LANG: 'fr_FR.UTF-8' } });
    expect(stderr).toContain('YAML_TAB erreur\u00a0: cette ligne est indentée par une tabulation');
  });

  it.each([
    ['es', 'Lección inicial escrita:', 'Mi primera lección'],
    ['de', 'Eine Startlektion geschrieben:', 'Meine erste Lektion'],
    ['fr', 'Leçon de départ écrite\u00a0:', 'Ma première leçon'],
  ])(
    '`new --language %s` writes a starter in that language, said in it, that builds clean',
    async (language, said, title) => {
      const made = await scormdown(['new', 'start', '--language', language], dir, { lang: null });
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout.split('\n')[0]).toBe(said);
      expect(await readFile(join(dir, 'start', 'lesson.md'), 'utf8')).toContain(`title: "${title}"`);
      const built = await scormdown(['build', 'start', '--out', 'dist'], dir, { lang: null });
      expect({ code: built.code, stderr: built.stderr }).toEqual({ code: 0, stderr: '' });
    },
  );
});
