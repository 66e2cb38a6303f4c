// The programs outside npm that the tests drive: Debian's Chromium (the browser tests) and xmllint
// (the manifests against the official schemas). Checked once before any test file runs, so a machine
// without them gets one line saying what to install instead of a launch stack trace half-way.

import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Tool {
  /** How the tests find it: an absolute path, or a command name looked up on PATH. */
  command: string;
  /** The Debian package that provides it. */
  apt: string;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// No browser download: playwright's own builds cannot be fetched on these machines. Without the
// background-networking flags Chromium keeps trying hosts this closed network refuses.
export const CHROMIUM_OPTIONS = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export const TOOLS: Tool[] = [
  { command: CHROMIUM_PATH, apt: 'chromium' },
  { command: 'xmllint', apt: 'libxml2-utils' },
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function found(command: string, path = process.env.PATH ?? ''): boolean {
  if (command.includes('/')) return executable(command);
  return path.split(delimiter).some((dir) => dir !== '' && executable(join(dir, command)));
}

export function missingTools(tools: Tool[] = TOOLS, path?: string): Tool[] {
  return tools.filter((t) => !found(t.command, path));
}

/** The one line a person without the tools reads. */
export function installHint(missing: Tool[]): string {
  const names = missing.map((t) => t.command).join(' and ');
  return `scormdown tests: ${names} not found; install with: apt-get install ${missing.map((t) => t.apt).join(' ')}`;
}

const canInstall = (): boolean => process.getuid?.() === 0 && found('apt-get');

/** Installs what is missing where it can (root with apt-get, as .ci/run does); else throws the one line. */
export function ensureTools(tools: Tool[] = TOOLS, mayInstall = canInstall()): void {
  const missing = missingTools(tools);
  if (missing.length === 0) return;
  if (!mayInstall) throw new Error(installHint(missing));
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`scormdown tests: installing ${missing.map((t) => t.apt).join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((t) => t.apt)], { stdio: 'inherit', env });
  const still = missingTools(tools);
  if (still.length > 0) throw new Error(installHint(still));
}
