// No LMS found: the learner's progress is kept in this browser's localStorage, keyed by lesson id only:
// suspend-codec.ts names slides and questions by keys that survive a new build, so a new version keeps
// what still fits (as an LMS does) instead of starting afresh. Data stored before under
// "<id>:<version>" (the s1 format) is read when nothing is stored under the id yet. Private mode and
// full quotas throw on access: they must never stop the player, so every storage call is guarded.
// Only a launch without an LMS needs this: it is a package file of its own (player-standalone.js,
// parts/standalone.ts), loaded then (connect.ts), and it gets the player's own codec rather than a copy.

import type { LessonData, Question } from '../../shared/model.js';
import type { AnswerState, PlayerState, SaveStatus } from '../../shared/tracking.js';
import type { olderDecoderFor } from './older-formats.js';
import type { decodeState, encodeState } from './suspend-codec.js';
import type { Tracker } from './tracker.js';

/** The player's saved-progress codec, handed to the part. */
export interface StandaloneCodec {
  decodeState: typeof decodeState;
  encodeState: typeof encodeState;
  olderDecoderFor: typeof olderDecoderFor;
}

export function storageKey(lesson: LessonData): string {
  return `scormdown:${lesson.id}`;
}

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null; // sandboxed frames and some private modes throw on the getter itself
  }
}

function storedText(storage: Storage | null, key: string, lesson: LessonData): string | null {
  try {
    return storage?.getItem(key) ?? storage?.getItem(`${key}:${lesson.version}`) ?? null;
  } catch {
    return null;
  }
}

/** What this browser holds for the lesson; an older format loads its decoder first (older-formats.ts).
 *  Data that cannot be read starts the lesson afresh, as without storage. */
async function readStored(
  storage: Storage | null,
  key: string,
  lesson: LessonData,
  win: Window,
  { decodeState, olderDecoderFor }: StandaloneCodec,
): Promise<PlayerState | null> {
  const stored = storedText(storage, key, lesson);
  try {
    return stored === null
      ? null
      : decodeState(stored, lesson, '', lesson.passingScore, await olderDecoderFor(stored, win));
  } catch {
    return null;
  }
}

export async function createStandaloneTracker(
  lesson: LessonData,
  win: Window,
  codec: StandaloneCodec,
): Promise<Tracker> {
  const storage = storageOf(win);
  const key = storageKey(lesson);
  const saved = await readStored(storage, key, lesson, win, codec);
  const listeners: Array<(status: SaveStatus) => void> = [];
  const emit = (status: SaveStatus): void => listeners.forEach((listener) => listener(status));

  const write = (state: PlayerState): void => {
    if (storage === null) return;
    try {
      storage.setItem(key, codec.encodeState(state, lesson));
      emit('saved');
    } catch {
      emit('failed'); // quota exceeded: shown as "not saved yet"; the next save tries again
    }
  };

  return {
    kind: 'standalone',
    recording: true,
    learner: '',
    passingScore: null,
    restore: () => (saved === null ? null : structuredClone(saved)),
    save: write,
    recordAnswer(_question: Question, _answer: AnswerState, state: PlayerState): void {
      write(state);
    },
    finishQuiz: write,
    onStatus(listener): void {
      listeners.push(listener);
    },
    end: write,
  };
}
