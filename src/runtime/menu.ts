// The slide menu: jump to any slide, or (navigation: visited) only to slides already seen. Slides behind
// a closed `::gate` are marked closed but stay clickable: the deck then says why they are.

import type { LessonData } from '../shared/model.js';
import type { PlayerState } from '../shared/tracking.js';
import { lastOpen } from './deck.js';
import { all, one } from './dom.js';
import { undrawn } from './quiz/score.js';

export interface Menu {
  update(): void;
}

export function createMenu(doc: Document, data: LessonData, state: PlayerState, goTo: (i: number) => void): Menu {
  const toggle = one<HTMLButtonElement>(doc, '[data-menu-toggle]');
  const panel = one(doc, '#sd-menu');
  const items = all<HTMLButtonElement>(panel, '[data-goto]');

  const setOpen = (open: boolean): void => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      update();
      (items[state.slide] ?? items[0])?.focus();
    }
  };
  const close = (): void => {
    setOpen(false);
    toggle.focus();
  };

  toggle.addEventListener('click', () => setOpen(panel.hidden));
  one(panel, '[data-menu-close]').addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  });
  panel.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLButtonElement>('[data-goto]');
    if (item === null || item.disabled) return;
    setOpen(false);
    goTo(Number(item.dataset.goto));
  });

  const update = (): void => {
    const end = lastOpen(data, state);
    const out = undrawn(data, state);
    let shown = 0;
    items.forEach((item, i) => {
      // An undrawn question's slide is not in the menu, nor counted: the numbers agree with the counter.
      item.parentElement!.hidden = out.has(i);
      if (SCORMDOWN_USES.pools && !out.has(i)) item.firstElementChild!.textContent = String(++shown);
      const seen = state.visited.includes(i);
      item.setAttribute('aria-disabled', String(i > end));
      item.disabled = data.navigation === 'visited' && !seen && i !== state.slide;
      item.classList.toggle('is-seen', seen);
      if (i === state.slide) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    });
  };
  return { update };
}
