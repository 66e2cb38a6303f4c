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
  const time = one(box, '[role="timer"]');
  const up = one(box, '[data-time-up]');
  const button = (action: string): HTMLButtonElement => one(box, `[data-timer-action="${action}"]`);
  const start = button('start');
  const pause = button('pause');
  const show = (): void => {
    const over = timer.left <= 0;
    time.textContent = clock(timer.left);
    box.classList.toggle('is-up', over);
    box.classList.toggle('is-running', timer.running);
    // Only a change of text makes the role="alert" speak, so it is not rewritten on every tick.
    if (up.textContent !== (over ? strings.timeUp : '')) up.textContent = over ? strings.timeUp : '';
    start.disabled = timer.running || over;
    pause.disabled = !timer.running;
  };
  const clockwork = countdown(timer, seconds, show, save);
  const wire = (pressed: HTMLButtonElement, action: () => void, focus: HTMLButtonElement | null): void =>
    pressed.addEventListener('click', () => {
      action();
      show();
      focus?.focus(); // the pressed button may just have been disabled
      save();
    });
  wire(start, clockwork.start, pause);
  wire(pause, clockwork.pause, start);
  wire(button('reset'), clockwork.reset, null);
  show();
}
