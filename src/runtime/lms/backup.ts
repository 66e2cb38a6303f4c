// What the LMS did not take, kept in this browser: when a commit fails (the LMS's session expired, the
// popup's opener is gone), the values set or queued since the last commit that went through are kept
// in localStorage, per lesson and learner, with the suspend_data the LMS held then (the "base"). On the
// next launch, when the LMS still holds exactly that base (nothing newer came from elsewhere), they are
// sent again (scorm-start.ts); when it holds something else, it is newer and the backup is dropped. A
// commit that goes through clears it. localStorage may be missing or throw (private mode, a sandboxed
// frame, a full quota): then there is no backup, and nothing else changes.

export type Values = Array<[string, string]>;

/** The storage key: the lesson's id and the learner's LMS id. */
export const backupKey = (lessonId: string, learner: string): string => `scormdown:unsaved:${lessonId}:${learner}`;

/** Keeps `values` (none: clears the backup) with the LMS's last committed suspend_data. */
export function keepUnsaved(win: Window, key: string, base: string, values: Values): void {
  try {
    if (values.length > 0) win.localStorage.setItem(key, JSON.stringify({ base, values }));
    else win.localStorage.removeItem(key);
  } catch {
    // no storage, or a full quota: no backup
  }
}

/** The values kept for `key` when the LMS still holds `base`, else none (and a backup that does not
 *  match is dropped: the LMS has newer data). */
export function unsavedFor(win: Window, key: string, base: string): Values {
  try {
    const kept = JSON.parse(win.localStorage.getItem(key) ?? 'null') as { base?: unknown; values?: unknown } | null;
    if (kept?.base === base && Array.isArray(kept.values)) return kept.values as Values;
    win.localStorage.removeItem(key);
  } catch {
    // no storage, or unreadable: as if there were none
  }
  return [];
}
