// What the LMS could not commit is kept in this browser until a commit succeeds, so a learner whose
// LMS went away mid-session (its page navigated away, its server unreachable, the tab closed while
// saves failed) loses nothing that this browser saw: on the next launch of the same lesson by the
// same learner, the player resumes from it and sends the LMS what it is missing, interactions
// included, renumbered after the ones the LMS holds (1.2 gives 201 on a gap, RTE 3.4.4).
// It applies only while the LMS still holds the suspend data the backup was made on top of: a learner
// who went on elsewhere since (another device) keeps what the LMS has.

import type { LessonData } from '../../shared/model.js';
import type { ScormApi } from './scorm-api.js';
import { isReview } from './scorm-start.js';
import type { ScormTable } from './scorm-table.js';
import type { Writer, WriterOptions } from './scorm-writer.js';

interface Stored {
  /** The suspend data the LMS's server held when these values were not saved. */
  base: string;
  values: Array<[string, string]>;
}

export interface LocalBackup {
  /** The API as the start reading should see it: with the backup's values over the LMS's. */
  api: ScormApi;
  /** After the start reading: the backup's values are queued for this session's first commit. */
  resume(writer: Writer): void;
  keep: NonNullable<WriterOptions['keep']>;
}

const INTERACTION = /^cmi\.interactions\.(\d+)\./;

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Every learner's backup of this lesson in this browser (a shared school computer), by name. */
type Backups = Record<string, Stored>;

function read(storage: Storage | null, key: string): Backups | null {
  try {
    const all = JSON.parse(storage?.getItem(key) ?? 'null') as Backups | null;
    return all !== null && typeof all === 'object' ? all : null;
  } catch {
    return null; // unreadable or tampered: the LMS's own data stands
  }
}

function valid(stored: Stored | undefined): stored is Stored {
  return stored !== undefined && typeof stored.base === 'string' && Array.isArray(stored.values);
}

/** The backup's values for this session: interactions renumbered from `count` on, this session's
 *  own exit and session time left to it (an old session time sent again would count twice). */
function forSession(values: Array<[string, string]>, table: ScormTable, count: number): Array<[string, string]> {
  const first = Math.min(...values.map(([el]) => Number(INTERACTION.exec(el)?.[1] ?? Infinity)));
  return values
    .filter(([el]) => el !== table.el.exit && el !== table.el.sessionTime)
    .map(([el, value]) => [el.replace(INTERACTION, (_, n: string) => `cmi.interactions.${Number(n) - first + count}.`), value]);
}

export function openBackup(api: ScormApi, table: ScormTable, lesson: LessonData, win: Window): LocalBackup {
  const storage = storageOf(win);
  const key = `scormdown:${lesson.id}:unsaved`;
  const { suspendData, location, interactionCount, entry, learnerName } = table.el;
  // Read up front only when this browser holds a backup of the lesson; else taken from the start reading.
  let learner = read(storage, key) === null ? null : api.get(learnerName);
  const stored = learner === null ? undefined : read(storage, key)?.[learner];
  // A 2004 LMS answers 403 for suspend data never set (RTE 3.1.7): read only with a backup at hand.
  const base = valid(stored) ? api.get(suspendData) : '';
  const applies = valid(stored) && stored.base === base && !isReview(api.get(table.el.mode), api.get(table.el.credit));
  const count = applies ? Math.max(0, Number(api.get(interactionCount)) || 0) : 0;
  const values = applies ? forSession(stored.values, table, count) : [];
  const over = new Map(values);
  const added = new Set(values.map(([el]) => INTERACTION.exec(el)?.[1]).filter((n) => n !== undefined)).size;
  if (values.length > 0) {
    over.set(interactionCount, String(count + added));
    if (over.has(suspendData)) over.set(entry, 'resume'); // the session the backup kept was left mid-way
  }
  let written = stored !== undefined;
  const store = (next: Stored | null): void => {
    const all = read(storage, key) ?? {};
    if (next === null) delete all[learner ?? ''];
    else all[learner ?? ''] = next;
    if (Object.keys(all).length > 0) storage?.setItem(key, JSON.stringify(all));
    else storage?.removeItem(key);
  };
  return {
    api: {
      ...api,
      get(element) {
        const value = over.get(element) ?? api.get(element);
        if (element === learnerName) learner = value;
        return value;
      },
    },
    resume(writer) {
      // What the LMS really holds, so the backup's values are sent, not taken as already there.
      if (over.has(suspendData)) writer.known(suspendData, base);
      if (over.has(location)) writer.known(location, api.get(location));
      for (const [element, value] of values) writer.want(element, value);
    },
    keep(unsaved, committed) {
      try {
        if (unsaved.length > 0) store({ base: committed.get(suspendData) ?? '', values: unsaved });
        else if (written) store(null);
        written = unsaved.length > 0;
      } catch {
        // full or forbidden storage: the learner still sees "not saved yet"
      }
    },
  };
}
