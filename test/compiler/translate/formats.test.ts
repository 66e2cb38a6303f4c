// The translation files as a translator's tools read them: PO that GNU msgfmt accepts, XLIFF 1.2
// that validates against OASIS's strict schema, and both read back to exactly what was written,
// whatever the text holds (quotes, backslashes, new lines, <, &, ]]>).

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPo, writePo } from '../../../src/compiler/translate/po.js';
import { readXliff, writeXliff } from '../../../src/compiler/translate/xliff.js';
import type { Entry, TranslationFile } from '../../../src/compiler/translate/translation-file.js';
import { xliffErrors } from '../../xsd/validate.js';

const run = promisify(execFile);

/** What GNU msgfmt --check says of a PO text, line by line ([] when nothing). */
async function msgfmt(text: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'scormdown-po-'));
  try {
    await writeFile(join(dir, 'de.po'), text);
    const { stderr } = await run('msgfmt', ['--check', '-o', '/dev/null', 'de.po'], { cwd: dir });
    return stderr.split('\n').filter((l) => l !== '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const entries: Entry[] = [
  {
    id: 'lesson.title',
    source: 'Les 6: "Klachten" & <conflicten>',
    target: '',
    state: 'new',
    note: "the lesson's title",
    ref: 'lesson.md:2',
  },
  {
    id: 'slide.2.2',
    source: 'Eén\nregel ]]> met \\ en\ttab',
    target: 'Eine\nZeile ]]> mit \\',
    state: 'translated',
    note: 'slide 2: list item',
    ref: 'lesson.md:20',
  },
  {
    id: 'question.q.option.1',
    source: 'Nieuw',
    target: 'Alt',
    state: 'review',
    note: 'question q: option 1',
    ref: 'quiz.yaml:14',
    previous: 'Oud "zo"\nen',
  },
  {
    id: 'question.q.answer.1',
    source: '5',
    target: '5',
    state: 'translated',
    note: 'accepted answer 1',
    ref: 'quiz.yaml',
  },
];
const file: TranslationFile = {
  sourceLanguage: 'nl',
  targetLanguage: 'de',
  lesson: '../les 6',
  lessonId: 'les6',
  entries,
};

describe('PO', () => {
  it('reads back what it wrote: ids, texts, states, notes, places and the earlier source', () => {
    expect(readPo(writePo(file))).toEqual(file);
  });

  it('is a PO file GNU msgfmt --check accepts; a changed text is fuzzy with its earlier source', async () => {
    const text = writePo(file);
    expect(text).toContain('#, fuzzy\n#| msgid "Oud \\"zo\\"\\nen"\nmsgctxt "question.q.option.1"');
    // Until a translator's tool fills in the translator's headers, msgfmt says they are gettext's placeholders.
    expect(await msgfmt(text)).toEqual([
      "de.po:2: warning: header field 'PO-Revision-Date' still has the initial default value",
      "de.po:2: warning: header field 'Last-Translator' still has the initial default value",
      "de.po:2: warning: header field 'Language-Team' still has the initial default value",
    ]);
    const translated = {
      ...file,
      poHeaders: {
        'PO-Revision-Date': '2026-12-05 10:00+0100',
        'Last-Translator': 'Anna <a@school.de>',
        'Language-Team': 'German',
      },
    };
    expect(await msgfmt(writePo(translated))).toEqual([]);
    expect(readPo(writePo(translated)).poHeaders).toEqual(translated.poHeaders);
  });

  it('a file that is no PO says why', () => {
    expect(() => readPo('msgid "x\nmsgstr')).toThrow();
  });
});

describe('XLIFF 1.2', () => {
  it('reads back what it wrote', () => {
    expect(readXliff(writeXliff(file))).toEqual(file);
  });

  it("validates against OASIS's xliff-core-1.2-strict.xsd", async () => {
    expect(await xliffErrors(writeXliff(file))).toEqual([]);
  });

  it('states are those of XLIFF 1.2: needs-translation, translated, needs-review-translation', () => {
    const states = [...writeXliff(file).matchAll(/<target state="([^"]+)"/g)].map((m) => m[1]);
    expect(states).toEqual(['needs-translation', 'translated', 'needs-review-translation', 'translated']);
  });

  it('reads what a CAT tool sends back: units in groups, CDATA, final and signed-off states', () => {
    const text = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="les" source-language="nl" target-language="fr" datatype="plaintext"><body>
<group id="g"><trans-unit id="a"><source>Ja &amp; nee</source><target state="final"><![CDATA[Oui & <non>]]></target></trans-unit></group>
<trans-unit id="b"><source>Twee</source><target state="signed-off">Deux</target></trans-unit>
<trans-unit id="c"><source>Drie</source></trans-unit>
</body></file></xliff>`;
    const read = readXliff(text);
    expect(read.targetLanguage).toBe('fr');
    expect(read.entries.map((e) => [e.id, e.source, e.target, e.state]).sort()).toEqual([
      ['a', 'Ja & nee', 'Oui & <non>', 'translated'],
      ['b', 'Twee', 'Deux', 'translated'],
      ['c', 'Drie', '', 'new'],
    ]);
  });

  it('a file that is no XLIFF says why', () => {
    expect(() => readXliff('<quiz/>')).toThrow(/xliff/);
  });
});

describe('any text', () => {
  it('goes through PO and XLIFF unchanged', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '\t', '<', '&', ']]>', ' ', '#', '|', '🙂'),
    });
    fc.assert(
      fc.property(text, text, (source, target) => {
        fc.pre(source.trim() !== '');
        const one: TranslationFile = {
          ...file,
          entries: [
            { id: 'x.1', source, target, state: target === '' ? 'new' : 'translated', note: 'n', ref: 'lesson.md:1' },
          ],
        };
        expect(readPo(writePo(one)).entries).toEqual(one.entries);
        expect(readXliff(writeXliff(one)).entries).toEqual(one.entries);
      }),
      { numRuns: 300 },
    );
  });
});
