// The stand-in LMS: scorm-again's API set up as Moodle runs SCORM, for the preview page and the
// browser tests alike (docs/SCORM-FACTS.md "How Moodle behaves"): mastery override on (Moodle's
// default), no autocommit (Moodle stores data only on Commit/Finish), every commit handed to the
// caller, which decides whether the LMS "stored" it. Browser code, never part of a package: it
// expects scorm-again's browser build loaded before it (global Scorm12API / Scorm2004API).

import type { Cmi } from '../shared/lms-start.js';
import type { ScormVersion } from '../shared/model.js';

/** The part of scorm-again's API object the stand-in uses besides the SCORM calls themselves. */
export interface ScormAgainApi {
  loadFromJSON(json: Cmi, prefix: string): void;
  on(event: string, listener: () => void): void;
  renderCMIToJSONObject(): Cmi;
}

/** A SCORM call (LMSGetValue, SetValue, ...): strings in, "true"/"false" or a value out. */
export type ApiFunction = (...args: string[]) => unknown;

interface HttpService {
  processHttpRequest(url: string, params: { cmi?: Cmi }, immediate: boolean): { result: string; errorCode: number };
  updateSettings(): void;
}

interface Settings {
  autocommit: boolean;
  mastery_override: boolean;
  logLevel: number;
  onLogMessage(level: number, message: unknown): void;
  lmsCommitUrl: string;
  httpService: HttpService;
}

type ScormAgainClass = new (settings: Settings) => ScormAgainApi;

/** scorm-again's global per version, the event of a value set, and the error a failed commit
 *  reports (1.2 101 general exception; 2004 391 general commit failure, RTE 3.1.7). */
const SCORM_AGAIN: Record<ScormVersion, { global: string; setEvent: string; commitError: number }> = {
  '1.2': { global: 'Scorm12API', setEvent: 'LMSSetValue.cmi.*', commitError: 101 },
  '2004': { global: 'Scorm2004API', setEvent: 'SetValue.cmi.*', commitError: 391 },
};

export interface StandInHooks {
  /** Each commit (terminate: sent by LMSFinish/Terminate) with the cmi data it carries; true when
   *  the LMS stored it. */
  commit(cmi: Cmi, terminate: boolean): boolean;
  log(level: number, message: string): void;
  /** A value was set (not stored yet: that takes a commit). */
  set?(): void;
}

/** The API, loaded with `start` (a new learner's or a returning one's cmi data) before Initialize. */
export function createStandIn(
  win: Window,
  version: ScormVersion,
  start: Cmi | null,
  hooks: StandInHooks,
): ScormAgainApi {
  const lib = SCORM_AGAIN[version];
  const Api = (win as unknown as Record<string, ScormAgainClass>)[lib.global];
  if (Api === undefined) throw new Error(`stand-in LMS: scorm-again's ${lib.global} is not loaded`);
  const api = new Api({
    autocommit: false,
    mastery_override: true,
    logLevel: 3,
    onLogMessage: (level, message) => hooks.log(level, String(message)),
    // Never requested: every commit goes to httpService, which hands it to the caller.
    lmsCommitUrl: '/commit',
    httpService: {
      processHttpRequest(_url, params, immediate) {
        const cmi = JSON.parse(JSON.stringify(params.cmi ?? {})) as Cmi;
        return hooks.commit(cmi, Boolean(immediate))
          ? { result: 'true', errorCode: 0 }
          : { result: 'false', errorCode: lib.commitError };
      },
      updateSettings() {},
    },
  });
  if (start !== null) api.loadFromJSON(start, '');
  if (hooks.set) api.on(lib.setEvent, hooks.set);
  return api;
}

/** A SCORM call of the API by its name (the names are the version's: shared/scorm.ts calls). */
export function apiFunction(api: ScormAgainApi, name: string): ApiFunction {
  const fn = (api as unknown as Record<string, ApiFunction>)[name];
  if (typeof fn !== 'function') throw new Error(`stand-in LMS: scorm-again has no ${name}`);
  return fn.bind(api);
}
