// Notices about where the learner's data goes: review mode, standalone, and the save status. The
// "not saved yet" line appears only when a save failed and disappears once one succeeds, so a
// learner on a flaky connection knows, and everyone else never sees it.

import type { UiStrings } from '../shared/i18n.js';
import type { Tracker } from './lms/tracker.js';
import { one } from './dom.js';

export function initNotices(doc: Document, strings: UiStrings, tracker: Tracker): void {
  const notice = one(doc, '[data-notice]');
  const status = one(doc, '[data-status]');
  const text = tracker.unread
    ? strings.notLoaded
    : !tracker.recording
      ? strings.reviewMode
      : tracker.kind === 'standalone'
        ? strings.standalone
        : '';
  one(notice, '[data-notice-text]').textContent = text;
  notice.hidden = text === '';
  // On a phone the notice costs three lines of every slide; once read, the learner may put it away.
  one(notice, '[data-notice-close]').addEventListener('click', () => (notice.hidden = true));
  tracker.onStatus((saveStatus) => {
    if (saveStatus === 'failed') status.textContent = strings.notSaved;
    else if (saveStatus === 'saved') status.textContent = '';
  });
}
