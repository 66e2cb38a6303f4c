// The preview page's LMS (`scormdown preview`): the stand-in LMS, and a panel beside the course that
// shows what the LMS has stored, as a teacher finds it in Moodle's reports. What it stores is kept in
// this browser, so a reload (after editing the lesson) resumes the attempt as Moodle would; "Reset"
// starts a new attempt. The page (templates/preview.html.hbs) embeds the config as JSON.

import type { Cmi, PreviewConfig } from '../shared/lms-start.js';
import { SCORM } from '../shared/scorm.js';
import { renderPanel, type PanelState } from './panel.js';
import { relaunch } from './relaunch.js';
import { createStandIn } from './stand-in.js';

const config = JSON.parse(document.getElementById('stand-in-config')?.textContent ?? 'null') as PreviewConfig;

function load(): Cmi | null {
  try {
    return JSON.parse(localStorage.getItem(config.storageKey) ?? 'null') as Cmi | null;
  } catch {
    return null;
  }
}

const saved = load();
const launch = relaunch(config.version, saved, config.start);
const state: PanelState = { committed: saved, commits: 0, last: '', pending: 0, logs: [], ready: false };
let resetting = false;
const render = (): void => renderPanel(document, config, state);

const api = createStandIn(window, config.version, launch.cmi, {
  commit(cmi) {
    if (resetting) return true;
    state.committed = cmi;
    state.commits += 1;
    state.pending = 0;
    state.last = new Date().toLocaleTimeString();
    try {
      localStorage.setItem(config.storageKey, JSON.stringify(cmi));
    } catch {
      // Private mode: the attempt lasts as long as the page.
    }
    render();
    return true;
  },
  log(_level, message) {
    state.logs.push(message);
    render();
  },
  set() {
    state.pending += 1;
    render();
  },
});
(window as unknown as Record<string, unknown>)[SCORM[config.version].apiName] = api;

document.addEventListener('DOMContentLoaded', () => {
  state.ready = true;
  const note = document.getElementById(`attempt-${launch.how}`);
  if (note) note.hidden = false;
  document.getElementById('reset')?.addEventListener('click', () => {
    // The course's pagehide still commits while the page unloads: that must not bring the attempt back.
    resetting = true;
    try {
      localStorage.removeItem(config.storageKey);
    } catch {
      // Private mode: nothing stored.
    }
    location.reload();
  });
  render();
});
