// Ordering questions: "move up"/"move down" buttons per item (keyboard, screen readers, phones) and,
// as a convenience for mouse and touch, dragging an item by its grip.

import { all } from '../dom.js';
import { updateMoveButtons } from './form.js';

export function initOrder(list: HTMLOListElement): void {
  updateMoveButtons(list);
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-move]');
    const item = button?.closest('[data-item]');
    if (!button || !item) return;
    const up = button.dataset.move === '-1';
    const sibling = up ? item.previousElementSibling : item.nextElementSibling;
    if (sibling === null) return;
    if (up) list.insertBefore(item, sibling);
    else list.insertBefore(sibling, item);
    updateMoveButtons(list);
    // Moving a node drops its focus; keep the learner on the same button, or its twin at the ends.
    const again = button.disabled ? item.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)') : button;
    again?.focus();
  });
  initDrag(list);
}

function initDrag(list: HTMLOListElement): void {
  let dragged: HTMLElement | null = null;
  list.addEventListener('pointerdown', (event) => {
    const grip = (event.target as Element).closest('.sd-grip');
    const item = grip?.closest<HTMLElement>('[data-item]');
    if (!item || list.closest('fieldset')?.disabled) return;
    dragged = item;
    item.classList.add('is-dragging');
    list.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  list.addEventListener('pointermove', (event) => {
    if (dragged === null) return;
    const over = all(list, '[data-item]').find((item) => {
      const box = item.getBoundingClientRect();
      return item !== dragged && event.clientY >= box.top && event.clientY <= box.bottom;
    });
    if (over === undefined) return;
    const box = over.getBoundingClientRect();
    list.insertBefore(dragged, event.clientY < box.top + box.height / 2 ? over : over.nextElementSibling);
    updateMoveButtons(list);
  });
  const drop = (): void => {
    dragged?.classList.remove('is-dragging');
    dragged = null;
  };
  list.addEventListener('pointerup', drop);
  list.addEventListener('pointercancel', drop);
}
