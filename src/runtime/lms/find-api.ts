// API discovery as the SCORM run-time environments describe it (SCORM 1.2 RTE 3.3.6.1, SCORM 2004
// RTE 3.1.2.1): walk up window.parent, then try the opener (an LMS that launched the SCO in a popup)
// and the opener of the top window (Moodle's popup player keeps the API in the frame around the SCO).

/** A bound on the walk: ADL's reference code stops after 500 levels, real LMSes nest a handful. */
const MAX_DEPTH = 500;

type Win = Window | null | undefined;

/** `read()`, or undefined where it throws: a cross-origin frame throws on any property access. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function walkUp(start: Win, name: string): object | undefined {
  let win = start;
  for (let depth = 0; win && depth < MAX_DEPTH; depth++) {
    const here: Window = win;
    const api: unknown = safely(() => (here as unknown as Record<string, unknown>)[name]);
    if (api && typeof api === 'object') return api;
    win = safely(() => (here.parent !== here ? here.parent : null));
  }
  return undefined;
}

/** The object named `name` (API or API_1484_11) around `win`, or undefined when there is none. */
export function findApi(win: Window, name: string): object | undefined {
  const starts: Win[] = [win, safely((): Win => win.opener), safely((): Win => win.top && win.top.opener)];
  for (const start of starts) {
    const api = walkUp(start, name);
    if (api) return api;
  }
  return undefined;
}
