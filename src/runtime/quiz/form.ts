// Reading and writing a question's form controls as a Response (shared/tracking.ts), and locking it.

import { assertNever, type Question } from '../../shared/model.js';
import type { Response } from '../../shared/tracking.js';
import { all } from '../dom.js';

export function readResponse(form: HTMLFormElement, q: Question): Response {
  switch (q.type) {
    case 'single':
      return checkedValues(form)[0] ?? '';
    case 'multiple':
      return checkedValues(form).sort();
    case 'true-false': {
      const value = checkedValues(form)[0];
      return value === undefined ? '' : value === 'true';
    }
    case 'order':
      return all(form, '[data-item]').map((li) => li.dataset.item ?? '');
    case 'match':
      return all<HTMLSelectElement>(form, 'select[data-source]')
        .filter((select) => select.value !== '')
        .map((select): [string, string] => [select.dataset.source ?? '', select.value]);
    case 'fill-in':
    case 'numeric':
    case 'open':
      return textField(form)?.value ?? '';
    default:
      return assertNever(q);
  }
}

export function writeResponse(form: HTMLFormElement, q: Question, r: Response): void {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      const chosen = (Array.isArray(r) ? r : [r]).map(String);
      for (const input of all<HTMLInputElement>(form, 'input')) input.checked = chosen.includes(input.value);
      return;
    }
    case 'order':
      if (Array.isArray(r)) placeItems(form, r.map(String));
      return;
    case 'match': {
      const pairs = new Map(Array.isArray(r) ? r.filter((p): p is [string, string] => Array.isArray(p)) : []);
      for (const select of all<HTMLSelectElement>(form, 'select[data-source]')) {
        select.value = pairs.get(select.dataset.source ?? '') ?? '';
      }
      return;
    }
    case 'fill-in':
    case 'numeric':
    case 'open': {
      const field = textField(form);
      if (field !== null) field.value = typeof r === 'string' ? r : '';
      return;
    }
    default:
      assertNever(q);
  }
}

/** Back to the state the page was built with (a new attempt). */
export function clearResponse(form: HTMLFormElement, q: Question): void {
  if (q.type === 'order') placeItems(form, q.shown);
  else writeResponse(form, q, q.type === 'multiple' || q.type === 'match' ? [] : '');
}

/** A disabled fieldset disables every control in it: one switch for "answer locked". */
export function setLocked(form: HTMLFormElement, locked: boolean): void {
  for (const fieldset of all<HTMLFieldSetElement>(form, 'fieldset')) fieldset.disabled = locked;
  for (const button of all<HTMLButtonElement>(form, '.sd-check')) button.hidden = locked;
  form.classList.toggle('is-locked', locked);
}

function checkedValues(form: HTMLFormElement): string[] {
  return all<HTMLInputElement>(form, 'input:checked').map((input) => input.value);
}

function textField(form: HTMLFormElement): HTMLInputElement | HTMLTextAreaElement | null {
  return form.querySelector<HTMLInputElement | HTMLTextAreaElement>('.sd-text');
}

/** Puts the order items in `ids` order (unknown ids ignored, missing ones stay at the end). */
export function placeItems(form: HTMLFormElement, ids: string[]): void {
  const list = form.querySelector('ol');
  if (list === null) return;
  for (const id of ids) {
    const item = list.querySelector(`[data-item="${CSS.escape(id)}"]`);
    if (item !== null) list.append(item);
  }
  updateMoveButtons(list);
}

/** The first item cannot go up, the last cannot go down. */
export function updateMoveButtons(list: Element): void {
  const items = all(list, '[data-item]');
  items.forEach((item, i) => {
    for (const button of all<HTMLButtonElement>(item, '[data-move]')) {
      button.disabled = button.dataset.move === '-1' ? i === 0 : i === items.length - 1;
    }
  });
}
