// `::timer MM:SS` countdowns. They keep running while the learner moves to other slides (a class
// assignment does not pause because someone looks back at the instructions). Remaining time lives in
// state.timers, so it survives a resume; a resumed timer comes back paused: the time the learner was
// away is unknown, and a countdown that silently ran out while the LMS was closed helps nobody.

import type { UiStrings } from '../shared/i18n.js';
import { clock } from '../shared/clock.js';
import type { PlayerState, TimerState } from '../shared/tracking.js';
import { all, one } from './dom.js';

export function initTimers(doc: Document, strings: UiStrings, state: PlayerState, save: () => void): void {
  for (const box of all(doc, '[data-timer]')) initTimer(box, strings, state, save);
}

interface TimerView {
  box: HTMLElement;
  time: HTMLElement;
  up: HTMLElement;
  start: HTMLButtonElement;
  pause: HTMLButtonElement;
  reset: HTMLButtonElement;
}

function viewOf(box: HTMLElement): TimerView {
  const button = (action: string): HTMLButtonElement => one(box, `[data-timer-action="${action}"]`);
  return {
    box,
    time: one(box, '[role="timer"]'),
    up: one(box, '[data-time-up]'),
    start: button('start'),
    pause: button('pause'),
    reset: button('reset'),
  };
}

function render(view: TimerView, timer: TimerState, timeUp: string): void {
  const over = timer.left <= 0;
  view.time.textContent = clock(timer.left);
  view.box.classList.toggle('is-up', over);
  view.box.classList.toggle('is-running', timer.running);
  // Only a change of text makes the role="alert" speak, so it is not rewritten on every tick.
  if (view.up.textContent !== (over ? timeUp : '')) view.up.textContent = over ? timeUp : '';
  view.start.disabled = timer.running || over;
  view.pause.disabled = !timer.running;
}

interface Countdown {
  start(): void;
  pause(): void;
  reset(): void;
}

/** The clock itself: counts `timer.left` down from a deadline (background tabs throttle intervals,
 *  so decrementing per tick would drift), calls `changed` on every tick and `ranOut` at zero. */
function countdown(timer: TimerState, seconds: number, changed: () => void, ranOut: () => void): Countdown {
  let endAt = 0;
  let tick: ReturnType<typeof setInterval> | undefined;
  const stop = (): void => {
    clearInterval(tick);
    timer.running = false;
  };
  const step = (): void => {
    timer.left = Math.max(0, Math.ceil((endAt - Date.now()) / 1000));
    if (timer.left === 0 && timer.running) {
      stop();
      ranOut();
    }
    changed();
  };
  return {
    start() {
      endAt = Date.now() + timer.left * 1000;
      timer.running = true;
      tick = setInterval(step, 250);
    },
    pause() {
      step();
      stop();
    },
    reset() {
      stop();
      timer.left = seconds;
    },
  };
}

function initTimer(box: HTMLElement, strings: UiStrings, state: PlayerState, save: () => void): void {
  const key = box.dataset.timer ?? '';
  const seconds = Number(box.dataset.seconds);
  const timer: TimerState = { left: Math.min(state.timers[key]?.left ?? seconds, seconds), running: false };
  state.timers[key] = timer;
  const view = viewOf(box);
  const show = (): void => render(view, timer, strings.timeUp);
  const clockwork = countdown(timer, seconds, show, save);
  const wire = (button: HTMLButtonElement, action: () => void, focus: HTMLButtonElement | null): void =>
    button.addEventListener('click', () => {
      action();
      show();
      focus?.focus(); // the pressed button may just have been disabled
      save();
    });
  wire(view.start, clockwork.start, view.pause);
  wire(view.pause, clockwork.pause, view.start);
  wire(view.reset, clockwork.reset, null);
  show();
}
