// `scormdown questions` as a teacher runs it: the lesson's questions as a file for Moodle's question
// bank, one line on stdout naming the file; never over a file that is there (exit 6), nothing at all
// for a lesson with errors (exit 1).

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, scormdown } from '../helpers/cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-questions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ALL_TYPES = join(ROOT, 'test/fixtures/player-all-types');

describe('scormdown questions', () => {
  it('never overwrites: a second run writes nothing, exits 6 and says how to go on', async () => {
    expect((await scormdown(['questions', ALL_TYPES, '--format', 'gift'], dir)).code).toBe(0);
    await writeFile(join(dir, 'player-all-types-questions.gift.txt'), 'mijn aantekeningen');
    const again = await scormdown(['questions', ALL_TYPES, '--format', 'gift'], dir);
    expect({ code: again.code, stdout: again.stdout }).toEqual({ code: 6, stdout: '' });
    expect(again.stderr).toContain(
      'scormdown: player-all-types-questions.gift.txt already exists; scormdown questions never overwrites a file: nothing written\n' +
        '  hint: give the file another name with --out (e.g. `--out player-all-types-questions-2.gift.txt`), or move the one there away first\n',
    );
    expect(await readFile(join(dir, 'player-all-types-questions.gift.txt'), 'utf8')).toBe('mijn aantekeningen');
  });

  it('a lesson with errors: reported as a build reports it, exit 1, nothing written', async () => {
    const { code, stdout, stderr } = await scormdown(['questions', join(ROOT, 'test/fixtures/invalid-quiz')], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/ error: /);
    expect(stderr).toMatch(/\n\d+ errors?: nothing written\. Fix the lines above and build again\.\n$/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a format it does not write: exit 2 with the usage', async () => {
    const { code, stderr } = await scormdown(['questions', ALL_TYPES, '--format', 'qti'], dir);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('scormdown: --format must be moodle-xml or gift, not "qti"');
    expect(await readdir(dir)).toEqual([]);
  });
});
