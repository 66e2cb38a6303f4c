// What a person without Chromium or xmllint reads before any test runs: one line naming what is
// missing and the apt-get command that installs it.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureTools, installHint, missingTools, type Tool } from './tools.js';
import { testFolder } from '../helpers/temp.js';

const NOWHERE = '/nonexistent/scormdown/chromium';

describe('the tools check before the tests', () => {
  it('a Chromium path that does not exist: one line saying what to install', () => {
    const tools: Tool[] = [{ command: NOWHERE, apt: 'chromium' }];
    const missing = missingTools(tools);
    expect(missing).toEqual(tools);
    expect(installHint(missing)).toBe(`scormdown tests: ${NOWHERE} not found; install with: apt-get install chromium`);
  });

  it('both missing: both named, in one line', () => {
    const hint = installHint(
      missingTools(
        [
          { command: NOWHERE, apt: 'chromium' },
          { command: 'xmllint', apt: 'libxml2-utils' },
        ],
        '/nonexistent',
      ),
    );
    expect(hint).toBe(
      `scormdown tests: ${NOWHERE} and xmllint not found; install with: apt-get install chromium libxml2-utils`,
    );
    expect(hint).not.toContain('\n');
  });

  it('nothing missing: nothing to say, nothing installed', () => {
    expect(() => ensureTools([{ command: process.execPath, apt: 'nodejs' }], false)).not.toThrow();
  });

  it('finds a command on PATH only where it is executable', async () => {
    const dir = testFolder('scormdown-tools-');
    await writeFile(join(dir, 'xmllint'), '#!/bin/sh\n', { mode: 0o755 });
    await writeFile(join(dir, 'chromium'), 'not a program', { mode: 0o644 });
    expect(
      missingTools(
        [
          { command: 'xmllint', apt: 'libxml2-utils' },
          { command: 'chromium', apt: 'chromium' },
        ],
        dir,
      ),
    ).toEqual([{ command: 'chromium', apt: 'chromium' }]);
  });

  it('where it may not install (not root, or no apt-get): stops with that line', () => {
    expect(() => ensureTools([{ command: NOWHERE, apt: 'chromium' }], false)).toThrow(
      installHint([{ command: NOWHERE, apt: 'chromium' }]),
    );
  });
});
