// The player (bundled by esbuild into player.js, an IIFE loaded at the end of <body>, from the entry
// of the package's SCORM version: player-scorm12.ts, player-scorm2004.ts): reads the lesson data the
// compiler embedded, connects to the LMS (or standalone), restores the learner's state and wires
// deck, menu, timers and quiz to it.

import type { LessonData } from '../shared/model.js';
import { initialState, own, type PlayerState } from '../shared/tracking.js';
import { createDeck } from './deck.js';
import { all, one } from './dom.js';
import { connect } from './lms/connect.js';
import type { ScormTable } from './lms/scorm-table.js';
import { createMenu } from './menu.js';
import { initNotices } from './notice.js';
import { createQuiz } from './quiz/quiz.js';
import { loadPart } from './load-part.js';
import type { initTimers } from './timer.js';

/** The timers' package file (a part, src/runtime/parts/timer.ts), set by the compiler (esbuild `define`). */
declare const SCORMDOWN_TIMER_FILE: string;

/** The countdowns' code (player-timer.js) is loaded the first time a slide with a timer is shown: the
 *  start of the lesson does not wait for it. */
function timersOnDemand(data: LessonData, state: PlayerState, save: () => void): (index: number) => void {
  let loading = false;
  return (index) => {
    if (loading || !all(document, '[data-slide]')[index]?.querySelector('[data-timer]')) return;
    loading = true;
    loadPart<typeof initTimers>(window, SCORMDOWN_TIMER_FILE, 'timer').then(
      (init) => init(document, data.strings, state, save),
      (error: unknown) => console.error(error),
    );
  };
}

/** `ownTable`: the package's own SCORM version's table, the one whose API is looked for first. */
export async function startPlayer(ownTable: ScormTable): Promise<void> {
  const data = JSON.parse(one(document, '#lesson-data').textContent ?? '') as LessonData;
  // The LMS may need a moment to hand back the learner's progress (lms/scorm-tracker.ts): the lesson
  // starts once it has, where the learner left it.
  const tracker = await connect(data, window, ownTable);
  // The LMS's own pass mark, when it gives one, decides passed/failed and is the one the result slide shows.
  data.passingScore = tracker.passingScore ?? data.passingScore;
  const state: PlayerState = tracker.restore() ?? initialState();
  const save = (): void => tracker.save(state);
  // Answers the author's fixed answer key grades otherwise now: the LMS hears them again, with the new result.
  for (const id of state.regraded ?? []) {
    const question = data.questions.find((q) => q.id === id);
    const answer = own(state.answers, id);
    if (question && answer) tracker.recordAnswer(question, answer, state);
  }
  delete state.regraded;
  initNotices(document, data.strings, tracker);

  // The deck reports slide changes to the menu and the quiz, which are created after it.
  const hooks = { onSlide: (_index: number): void => {} };
  const deck = createDeck(document, data, state, (index, byLearner) => {
    hooks.onSlide(index);
    if (byLearner) save();
  });
  const goTo = (index: number): void => deck.goTo(index, true);
  const menu = createMenu(document, data, state, goTo);
  const quiz = createQuiz(document, data, state, tracker, goTo);
  const timers = SCORMDOWN_USES.timer ? timersOnDemand(data, state, save) : () => {};
  hooks.onSlide = (index) => {
    menu.update();
    quiz.onSlide(index);
    timers(index);
  };

  deck.goTo(state.slide, false);
  save();
  window.addEventListener('pagehide', () => tracker.end(state));
  document.documentElement.classList.add('sd-ready');
}
