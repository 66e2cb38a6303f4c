// `::timer MM:SS` countdowns. They keep running while the learner moves to other slides (a class
// assignment does not pause because someone looks back at the instructions). Remaining time lives in
// state.timers, so it survives a resume; a resumed timer comes back paused: the time the learner was
// away is unknown, and a countdown that silently ran out while the LMS was closed helps nobody.

import type { UiStrings } from '../shared/i18n.js';
import type { PlayerState, TimerState } from '../shared/tracking.js';
import { all, one } from './dom.js';

export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function initTimers(doc: Document, strings: UiStrings, state: PlayerState, save: () => void): void {
  for (const box of all(doc, '[data-timer]')) initTimer(box, strings, state, save);
}

function initTimer(box: HTMLElement, strings: UiStrings, state: PlayerState, save: () => void): void {
  const key = box.dataset.timer ?? '';
  const seconds = Number(box.dataset.seconds);
  const saved = state.timers[key];
  const timer: TimerState = { left: saved ? Math.min(saved.left, seconds) : seconds, running: false };
  state.timers[key] = timer;
  const time = one(box, '[role="timer"]');
  const up = one(box, '[data-time-up]');
  const button = (action: string): HTMLButtonElement => one(box, `[data-timer-action="${action}"]`);
  let endAt = 0;
  let tick: ReturnType<typeof setInterval> | undefined;

  const render = (): void => {
    time.textContent = clock(timer.left);
    const over = timer.left <= 0;
    box.classList.toggle('is-up', over);
    box.classList.toggle('is-running', timer.running);
    if (up.textContent !== (over ? strings.timeUp : '')) up.textContent = over ? strings.timeUp : '';
    button('start').disabled = timer.running || over;
    button('pause').disabled = !timer.running;
  };
  const stop = (): void => {
    clearInterval(tick);
    timer.running = false;
  };
  const step = (): void => {
    // Counted from a deadline, not by decrementing: background tabs throttle intervals.
    timer.left = Math.max(0, Math.ceil((endAt - Date.now()) / 1000));
    render();
    if (timer.left > 0 || !timer.running) return;
    stop();
    render();
    save();
  };

  button('start').addEventListener('click', () => {
    endAt = Date.now() + timer.left * 1000;
    timer.running = true;
    tick = setInterval(step, 250);
    render();
    button('pause').focus();
    save();
  });
  button('pause').addEventListener('click', () => {
    step();
    stop();
    render();
    button('start').focus();
    save();
  });
  button('reset').addEventListener('click', () => {
    stop();
    timer.left = seconds;
    render();
    save();
  });
  render();
}
