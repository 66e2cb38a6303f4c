// The browser's backup of what the LMS did not take (src/runtime/lms/backup.ts), on its own: kept per
// lesson and learner, handed back only while the LMS holds what it held then, never in the way when
// localStorage is missing or full.

import { describe, expect, it } from 'vitest';
import { backupKey, keepUnsaved, unsavedFor, type Values } from '../../src/runtime/lms/backup.js';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

const windowWith = (storage: () => Storage): Window =>
  ({
    get localStorage() {
      return storage();
    },
  }) as unknown as Window;

const VALUES: Values = [
  ['cmi.interactions.1.id', 'kanalen'],
  ['cmi.suspend_data', 's3|abc'],
];

describe('the backup of what the LMS did not take', () => {
  it('is handed back while the LMS holds the same base, per lesson and learner', () => {
    const win = windowWith(
      (
        (s) => () =>
          s
      )(memoryStorage()),
    );
    const eva = backupKey('les-6', '7');
    keepUnsaved(win, eva, 's3|before', VALUES);
    expect(unsavedFor(win, backupKey('les-6', '8'), 's3|before')).toEqual([]);
    expect(unsavedFor(win, backupKey('les-7', '7'), 's3|before')).toEqual([]);
    expect(unsavedFor(win, eva, 's3|before')).toEqual(VALUES);
  });

  it('is cleared by a commit that went through', () => {
    const win = windowWith(
      (
        (s) => () =>
          s
      )(memoryStorage()),
    );
    const key = backupKey('les-6', '7');
    keepUnsaved(win, key, 's3|before', VALUES);
    keepUnsaved(win, key, 's3|before', []);
    expect(unsavedFor(win, key, 's3|before')).toEqual([]);
  });

  it('is dropped when the LMS holds something else (newer data from elsewhere), for good', () => {
    const win = windowWith(
      (
        (s) => () =>
          s
      )(memoryStorage()),
    );
    const key = backupKey('les-6', '7');
    keepUnsaved(win, key, 's3|before', VALUES);
    expect(unsavedFor(win, key, 's3|elsewhere')).toEqual([]);
    expect(unsavedFor(win, key, 's3|before')).toEqual([]);
  });

  it('never throws: no localStorage, a full quota, unreadable data', () => {
    const missing = windowWith(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => keepUnsaved(missing, 'k', '', VALUES)).not.toThrow();
    expect(unsavedFor(missing, 'k', '')).toEqual([]);
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() =>
      keepUnsaved(
        windowWith(() => full),
        'k',
        '',
        VALUES,
      ),
    ).not.toThrow();
    const broken = memoryStorage();
    broken.setItem('k', '{not json');
    expect(
      unsavedFor(
        windowWith(() => broken),
        'k',
        '',
      ),
    ).toEqual([]);
    broken.setItem('k', JSON.stringify({ base: '', values: 'not a list' }));
    expect(
      unsavedFor(
        windowWith(() => broken),
        'k',
        '',
      ),
    ).toEqual([]);
  });
});
