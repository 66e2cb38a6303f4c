// Which LMS API a package talks to (lms/connect.ts, lms/find-api.ts), against fake window trees:
// its own version's API wherever the SCORM discovery finds it (up the parents, then through the
// opener), the other version's only when there is none of its own (Chamilo 1.11 gives a 2004 zip
// only the 1.2 `API`: docs/SCORM-FACTS.md "Other LMSes"), and standalone when there is neither.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { findApi } from '../../src/runtime/lms/find-api.js';
import { scorm12 } from '../../src/runtime/lms/scorm12.js';
import { scorm2004 } from '../../src/runtime/lms/scorm2004.js';
import { createStandaloneTracker } from '../../src/runtime/lms/standalone.js';
import type { Tracker } from '../../src/runtime/lms/tracker.js';
import type { ScormVersion } from '../../src/shared/model.js';
import { initialState } from '../../src/shared/tracking.js';
import { servePartFiles } from './fake-parts.js';
import { lessonData, questionsOfEveryType } from './lms-data.js';

type Calls = { init: string; get: string; set: string; err: string; commit: string; end: string };
const CALLS: Record<ScormVersion, Calls> = {
  '1.2': {
    init: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    err: 'LMSGetLastError',
    commit: 'LMSCommit',
    end: 'LMSFinish',
  },
  '2004': {
    init: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    err: 'GetLastError',
    commit: 'Commit',
    end: 'Terminate',
  },
};

/** A new learner as each version's LMS hands it over. */
const START: Record<ScormVersion, Record<string, string>> = {
  '1.2': {
    'cmi.core.lesson_mode': 'normal',
    'cmi.core.credit': 'credit',
    'cmi.core.entry': 'ab-initio',
    'cmi.interactions._count': '0',
  },
  '2004': { 'cmi.mode': 'normal', 'cmi.credit': 'credit', 'cmi.entry': 'ab-initio', 'cmi.interactions._count': '0' },
};

/** An LMS API of one version that logs every call as "Name(args)". */
function fakeApi(version: ScormVersion, initOk = true) {
  const c = CALLS[version];
  const log: string[] = [];
  const held = { ...START[version] };
  let error = '0';
  const api: Record<string, (...args: string[]) => string> = {
    [c.init]: (...a) => {
      log.push(`${c.init}(${a.join(',')})`);
      error = initOk ? '0' : '101';
      return String(initOk);
    },
    [c.get]: (el = '') => {
      log.push(`${c.get}(${el})`);
      error = el in held ? '0' : '401';
      return held[el] ?? '';
    },
    [c.set]: (el = '', v = '') => {
      log.push(`${c.set}(${el},${v})`);
      held[el] = v;
      return 'true';
    },
    [c.err]: () => error,
    [c.commit]: () => {
      log.push(`${c.commit}()`);
      return 'true';
    },
    [c.end]: () => {
      log.push(`${c.end}()`);
      return 'true';
    },
  };
  return { api, log };
}

interface FakeWin {
  parent: FakeWin;
  top: FakeWin;
  opener: FakeWin | null;
  [name: string]: unknown;
}

/** A window with `props`, framed in `parent` (its own top when there is none). */
function fakeWin(props: Record<string, unknown> = {}, parent?: FakeWin): FakeWin {
  const win = {
    ...props,
    opener: null,
    addEventListener() {},
    document: { addEventListener() {}, visibilityState: 'visible' },
    localStorage: undefined,
  } as unknown as FakeWin;
  win.parent = parent ?? win;
  win.top = parent?.top ?? win;
  return win;
}

/** A frame from another origin: reading anything but its parent and top throws (HTML's
 *  cross-origin properties; `window.API` is not one of them). */
function crossOrigin(parent: FakeWin): FakeWin {
  return new Proxy({} as FakeWin, {
    get(_, key) {
      if (key === 'parent') return parent;
      if (key === 'top') return parent.top;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
}

const lesson = lessonData(questionsOfEveryType());

const TABLES = { '1.2': scorm12, '2004': scorm2004 };
/** The package file of each version's table, in a package of the other version. */
const TABLE_FILES: Record<ScormVersion, string> = { '1.2': 'player-lms-scorm12.js', '2004': 'player-lms-scorm2004.js' };
/** The standalone tracker, a package file of its own too (loaded only without an LMS). */
const STANDALONE: Record<string, [string, unknown]> = {
  'player-standalone.js': ['standalone', createStandaloneTracker],
};

/** connect() as the player of a `version` package has it: its own table, the other version's in a
 *  package file the page serves (the compiler defines its name and API). Returns what was loaded. */
async function connectWithLoads(
  version: ScormVersion,
  course: FakeWin,
): Promise<{ tracker: Tracker; loaded: string[] }> {
  const other: ScormVersion = version === '1.2' ? '2004' : '1.2';
  vi.resetModules();
  vi.stubGlobal('SCORMDOWN_OTHER_API', TABLES[other].apiName);
  vi.stubGlobal('SCORMDOWN_OTHER_TABLE_FILE', TABLE_FILES[other]);
  vi.stubGlobal('SCORMDOWN_STANDALONE_FILE', 'player-standalone.js');
  const loaded = servePartFiles(course, {
    [TABLE_FILES[other]]: [TABLES[other].apiName, TABLES[other]],
    ...STANDALONE,
  });
  const { connect } = await import('../../src/runtime/lms/connect.js');
  return { tracker: await connect(lesson, course as unknown as Window, TABLES[version]), loaded };
}

async function connectAs(version: ScormVersion, course: FakeWin): Promise<Tracker> {
  return (await connectWithLoads(version, course)).tracker;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('findApi: the SCORM discovery (1.2 RTE 3.3.6.1, 2004 RTE 3.1.2.1)', () => {
  it('finds the API up the parents, past a frame from another origin', () => {
    const lms12 = fakeApi('1.2').api;
    const top = fakeWin({ API: lms12 });
    const course = fakeWin({}, fakeWin({}, crossOrigin(fakeWin({}, top))));
    expect(findApi(course as unknown as Window, 'API')).toBe(lms12);
    expect(findApi(course as unknown as Window, 'API_1484_11')).toBeUndefined();
  });

  it('then through the opener of the window and of its top (an LMS that launched a popup)', () => {
    const lms = fakeApi('2004').api;
    const popupTop = fakeWin();
    popupTop.opener = fakeWin({}, fakeWin({ API_1484_11: lms }));
    expect(findApi(fakeWin({}, popupTop) as unknown as Window, 'API_1484_11')).toBe(lms);
  });

  it('takes only objects: a page whose `API` is a string or null is no LMS', () => {
    expect(
      findApi(fakeWin({}, fakeWin({ API: 'https://example.org/api' })) as unknown as Window, 'API'),
    ).toBeUndefined();
    expect(findApi(fakeWin({ API: null }) as unknown as Window, 'API')).toBeUndefined();
  });
});

describe('connect: which API a package records through', () => {
  it('a 2004 package in an LMS offering only the 1.2 API records through it, as SCORM 1.2', async () => {
    const lms12 = fakeApi('1.2');
    const { tracker, loaded } = await connectWithLoads('2004', fakeWin({}, fakeWin({ API: lms12.api })));
    expect(loaded).toEqual(['player-lms-scorm12.js']);
    expect(tracker.kind).toBe('scorm12');
    expect(tracker.recording).toBe(true);
    expect(lms12.log[0]).toBe('LMSInitialize()');
    tracker.end(initialState());
    // 1.2 elements and formats: lesson_status, CMITimespan session time, "" is not sent as exit "normal".
    expect(lms12.log).toContain('LMSSetValue(cmi.core.lesson_status,incomplete)');
    expect(lms12.log).toContain('LMSSetValue(cmi.core.exit,suspend)');
    expect(lms12.log.find((l) => l.startsWith('LMSSetValue(cmi.core.session_time,'))).toMatch(
      /,\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?\)$/,
    );
    expect(lms12.log.some((l) => /cmi\.(completion_status|success_status|exit,normal|session_time)/.test(l))).toBe(
      false,
    );
    expect(lms12.log.at(-1)).toBe('LMSFinish()');
  });

  it('a 1.2 package in an LMS offering only the 2004 API records through it, as SCORM 2004', async () => {
    const lms2004 = fakeApi('2004');
    const { tracker, loaded } = await connectWithLoads('1.2', fakeWin({}, fakeWin({ API_1484_11: lms2004.api })));
    expect(loaded).toEqual(['player-lms-scorm2004.js']);
    expect(tracker.kind).toBe('scorm2004');
    tracker.end(initialState());
    expect(lms2004.log).toContain('SetValue(cmi.completion_status,incomplete)');
    expect(lms2004.log.find((l) => l.startsWith('SetValue(cmi.session_time,'))).toMatch(/,PT[\d.HMS]+\)$/);
    expect(lms2004.log.at(-1)).toBe('Terminate()');
  });

  it.each(['1.2', '2004'] as const)(
    'a %s package in an LMS offering both takes its own version, on the same window',
    async (version) => {
      const lms12 = fakeApi('1.2');
      const lms2004 = fakeApi('2004');
      const { tracker, loaded } = await connectWithLoads(
        version,
        fakeWin({}, fakeWin({ API: lms12.api, API_1484_11: lms2004.api })),
      );
      expect(tracker.kind).toBe(version === '1.2' ? 'scorm12' : 'scorm2004');
      expect(loaded).toEqual([]);
      expect((version === '1.2' ? lms2004 : lms12).log).toEqual([]);
    },
  );

  it('its own version through the opener wins over the other version in the parent frame', async () => {
    const lms12 = fakeApi('1.2');
    const lms2004 = fakeApi('2004');
    const course = fakeWin({}, fakeWin({ API: lms12.api }));
    course.opener = fakeWin({ API_1484_11: lms2004.api });
    expect((await connectAs('2004', course)).kind).toBe('scorm2004');
    expect(lms12.log).toEqual([]);
    expect(lms2004.log[0]).toBe('Initialize()');
  });

  it('its own version whose Initialize fails: standalone, the other version is not tried', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lms12 = fakeApi('1.2');
    const lms2004 = fakeApi('2004', false);
    const tracker = await connectAs('2004', fakeWin({}, fakeWin({ API: lms12.api, API_1484_11: lms2004.api })));
    expect(tracker.kind).toBe('standalone');
    expect(lms2004.log).toEqual(['Initialize()']);
    expect(lms12.log).toEqual([]);
    expect(error.mock.calls).toEqual([['API_1484_11: Initialize failed']]);
  });

  it("the other version's table file cannot be loaded: standalone, the error is reported, the LMS untouched", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lms12 = fakeApi('1.2');
    const course = fakeWin({}, fakeWin({ API: lms12.api }));
    vi.resetModules();
    vi.stubGlobal('SCORMDOWN_OTHER_API', 'API');
    vi.stubGlobal('SCORMDOWN_OTHER_TABLE_FILE', 'player-lms-scorm12.js');
    vi.stubGlobal('SCORMDOWN_STANDALONE_FILE', 'player-standalone.js');
    const loaded = servePartFiles(course, STANDALONE);
    const { connect } = await import('../../src/runtime/lms/connect.js');
    expect((await connect(lesson, course as unknown as Window, scorm2004)).kind).toBe('standalone');
    expect(loaded).toEqual(['player-lms-scorm12.js', 'player-standalone.js']);
    expect(lms12.log).toEqual([]);
    expect(String(error.mock.calls[0]?.[0])).toContain('player-lms-scorm12.js: not loaded');
  });

  it.each(['1.2', '2004'] as const)('a %s package with no API anywhere runs standalone', async (version) => {
    const course = fakeWin({}, crossOrigin(fakeWin()));
    expect((await connectAs(version, course)).kind).toBe('standalone');
  });
});
