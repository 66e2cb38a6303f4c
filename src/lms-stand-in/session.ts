// The preview's learner sessions: the stand-in LMS (stand-in.ts) launched with what it stored last,
// as Moodle relaunches a SCO (relaunch.ts), and the course's frame. A relaunch unloads the course
// first, so it ends its session as a learner leaving it does (the player's pagehide: exit, commit,
// Terminate), then opens it again on a fresh API with the data that session stored: "leave and come
// back", a rebuild after a save (the slide kept through the bookmark), or a new attempt (Reset).

import type { Cmi } from '../shared/lms-start.js';
import type { PreviewConfig } from '../shared/preview-state.js';
import { SCORM } from '../shared/scorm.js';
import { AUTHOR_LANGUAGES, authorLanguageOf } from '../shared/author-language.js';
import { recordedCalls, type CallRecord } from './call-log.js';
import type { PanelState } from './panel.js';
import { relaunch, type Launch } from './relaunch.js';
import { createStandIn } from './stand-in.js';

export interface SessionHooks {
  /** The panel changed. */
  changed(): void;
  /** A new session was launched, as Moodle would launch it. */
  launched(how: Launch): void;
}

/** What the stand-in LMS stored, kept in this browser per lesson and version, so a reload of the
 *  page (or switching versions and back) resumes as Moodle would. */
function load(key: string): Cmi | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as Cmi | null;
  } catch {
    return null;
  }
}

function store(key: string, cmi: Cmi | null): void {
  try {
    if (cmi === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(cmi));
  } catch {
    // Private mode: the attempt lasts as long as the page.
  }
}

/** The page's language, the author's (`<html lang>`, set by the preview). */
const pageLanguage = () => authorLanguageOf(document.documentElement.lang) ?? AUTHOR_LANGUAGES[0];

/** The frame shows nothing: the course in it has had its pagehide, so it has ended its session. */
function unload(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(late);
      resolve();
    };
    // about:blank loads at once; should it not, the session is relaunched anyway.
    const late = setTimeout(done, 3000);
    frame.addEventListener('load', done, { once: true });
    frame.src = 'about:blank';
  });
}

export class Session {
  readonly panel: PanelState;
  private ignoring = false;
  private calling = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private config: PreviewConfig,
    private readonly hooks: SessionHooks,
  ) {
    this.panel = {
      committed: load(config.storageKey),
      commits: 0,
      last: '',
      pending: 0,
      calls: [],
      faults: [],
      ready: false,
    };
  }

  get current(): PreviewConfig {
    return this.config;
  }

  /** A new build's settings; what the LMS stored stays (also where the lesson's id or version changed). */
  configure(config: PreviewConfig): void {
    if (config.storageKey !== this.config.storageKey) store(config.storageKey, this.panel.committed);
    this.config = config;
  }

  /** Puts the API where the course looks for it (window.API / API_1484_11), loaded with what the LMS
   *  stored, as Moodle hands it on a launch. */
  launch(): void {
    const { version, start } = this.config;
    const how = relaunch(version, this.panel.committed, start);
    const api = createStandIn(window, version, how.cmi, {
      commit: (cmi) => this.commit(cmi),
      log: (_level, message) => {
        // A call's own error is in its line of the call log; anything else is a fault of its own.
        if (this.calling) return;
        this.panel.faults.push(message);
        this.hooks.changed();
      },
      set: () => {
        this.panel.pending += 1;
        this.hooks.changed();
      },
    });
    const record = (call: CallRecord): void => {
      this.panel.calls.push(call);
      if (call.fault) this.panel.faults.push(`${call.call}: ${call.words}`);
      this.hooks.changed();
    };
    const calls = recordedCalls(api, version, record, pageLanguage());
    const facade = Object.fromEntries(
      Object.entries(calls).map(([name, call]) => [
        name,
        (...args: string[]) => {
          this.calling = true;
          try {
            return call(...args);
          } finally {
            this.calling = false;
          }
        },
      ]),
    );
    (window as unknown as Record<string, unknown>)[SCORM[version].apiName] = facade;
    this.panel.commits = 0;
    this.panel.pending = 0;
    this.hooks.launched(how.how);
  }

  /** Ends the course's session and launches it again in `frame` at `src`; `forget`: a new attempt,
   *  nothing of the old one kept. One relaunch at a time, in the order asked. */
  relaunch(frame: HTMLIFrameElement, src: string, forget: boolean): Promise<void> {
    this.queue = this.queue.then(async () => {
      this.ignoring = forget;
      await unload(frame);
      this.ignoring = false;
      if (forget) {
        this.panel.committed = null;
        store(this.config.storageKey, null);
      }
      this.launch();
      frame.src = src;
    });
    return this.queue;
  }

  private commit(cmi: Cmi): boolean {
    // The course's last commit while a new attempt replaces it must not bring the attempt back.
    if (this.ignoring) return true;
    this.panel.committed = cmi;
    this.panel.commits += 1;
    this.panel.pending = 0;
    this.panel.last = new Date().toLocaleTimeString(pageLanguage());
    store(this.config.storageKey, cmi);
    this.hooks.changed();
    return true;
  }
}
