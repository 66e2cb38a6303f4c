// A test's own folder under the system's temp folder, removed when the test ends (passed or not): the
// machines the suite runs on are shared, and a run must leave nothing behind.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A new folder `<tmp>/<prefix>XXXXXX`, for the test that calls it (inside `it`, not in a hook). */
export function testFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
