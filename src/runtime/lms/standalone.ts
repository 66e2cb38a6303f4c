// No LMS found: the learner's progress is kept in this browser's localStorage, keyed by lesson id only:
// suspend-codec.ts names slides and questions by keys that survive a new build, so a new version keeps
// what still fits (as an LMS does) instead of starting afresh. Data stored before under
// "<id>:<version>" (the s1 format) is read when nothing is stored under the id yet. Private mode and
// full quotas throw on access: they must never stop the player, so every storage call is guarded.

import type { LessonData, Question } from '../../shared/model.js';
import type { AnswerState, PlayerState, SaveStatus } from '../../shared/tracking.js';
import { decodeState, encodeState } from './suspend-codec.js';
import { decodeS1 } from './suspend-s1.js';
import type { Tracker } from './tracker.js';

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

function readStored(storage: Storage | null, key: string, lesson: LessonData): PlayerState | null {
  if (storage === null) return null;
  try {
    const stored = storage.getItem(key) ?? storage.getItem(`${key}:${lesson.version}`);
    return stored === null ? null : decodeState(stored, lesson, '', lesson.passingScore, decodeS1);
  } catch {
    return null;
  }
}

export function createStandaloneTracker(lesson: LessonData, win: Window): Tracker {
  const storage = storageOf(win);
  const key = storageKey(lesson);
  const listeners: Array<(status: SaveStatus) => void> = [];
  const emit = (status: SaveStatus): void => listeners.forEach((listener) => listener(status));

  const write = (state: PlayerState): void => {
    if (storage === null) return;
    try {
      storage.setItem(key, encodeState(state, lesson));
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
    restore: () => readStored(storage, key, lesson),
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
