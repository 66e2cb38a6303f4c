// The time formats of each SCORM version. Both limit seconds to 2 decimals: scorm-again accepts
// more in places, Moodle's regular expressions do not (LMS-FACTS.md "Run-time data model").

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Seconds with at most 2 decimals and no trailing zeros: 5, 5.2, 5.25. */
function seconds(ms: number): string {
  return String(Math.round(ms / 10) / 100);
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE 3.4.4: hours 2 to 4 digits, seconds <= 2 decimals). */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(cs / 360000));
  const minutes = Math.floor((cs % 360000) / 6000);
  const secs = (cs % 6000) / 100;
  const [whole, fraction] = secs.toFixed(2).split('.');
  return `${pad(hours)}:${pad(minutes)}:${pad(Number(whole))}${fraction === '00' ? '' : `.${fraction}`}`;
}

/** SCORM 1.2 CMITime: the local time of day `HH:MM:SS` (RTE 3.4.4). */
export function timeOfDay12(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (second,10,2): ISO 8601 `PT1H5M3.25S`, `PT0S` for nothing. */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const rest = (cs % 6000) * 10;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || (!hours && !minutes) ? `${seconds(rest)}S` : ''}`;
  return `PT${parts}`;
}

/** SCORM 2004 time (second,10,0): `YYYY-MM-DDThh:mm:ss.sZ` in UTC. Not toISOString(): its 3
 *  fractional digits are rejected by Moodle, whose pattern allows a zone only after 1-2 decimals. */
export function timestamp2004(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${day}T${time}.${Math.floor(date.getUTCMilliseconds() / 100)}Z`;
}
