// API discovery as the SCORM run-time environments describe it (SCORM 1.2 RTE 3.3.6.1, SCORM 2004
// RTE 3.1.2.1): walk up window.parent, then try the opener (an LMS that launched the SCO in a popup)
// and the opener of the top window (Moodle's popup player keeps the API in the frame around the SCO).

/** A bound on the walk: ADL's reference code stops after 500 levels, real LMSes nest a handful. */
const MAX_DEPTH = 500;

function lookIn(win: Window, name: string): unknown {
  try {
    const candidate = (win as unknown as Record<string, unknown>)[name];
    return candidate !== null && typeof candidate === 'object' ? candidate : undefined;
  } catch {
    return undefined; // a cross-origin frame throws on any property access
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function walkUp(start: Window, name: string): unknown {
  let win: Window | null = start;
  for (let depth = 0; win !== null && depth < MAX_DEPTH; depth++) {
    const api = lookIn(win, name);
    if (api !== undefined) return api;
    win = parentOf(win);
  }
  return undefined;
}

function openerOf(win: Window | null): Window | null {
  try {
    return win?.opener ?? null;
  } catch {
    return null;
  }
}

function topOf(win: Window): Window | null {
  try {
    return win.top;
  } catch {
    return null;
  }
}

/** The object named `name` (API or API_1484_11) around `win`, or undefined when there is none. */
export function findApi(win: Window, name: string): unknown {
  const found = walkUp(win, name);
  if (found !== undefined) return found;
  for (const opener of [openerOf(win), openerOf(topOf(win))]) {
    if (opener === null) continue;
    const api = walkUp(opener, name);
    if (api !== undefined) return api;
  }
  return undefined;
}
