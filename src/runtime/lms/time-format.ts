// The time formats of each SCORM version. Both limit seconds to 2 decimals: scorm-again accepts
// more in places, Moodle's regular expressions do not (docs/SCORM-FACTS.md "Run-time data model").

const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** Hours, minutes and seconds (at most 2 decimals, as the shortest decimal: 5, 5.2, 5.25). */
function split(ms: number): [number, number, number] {
  const cs = Math.max(0, Math.round(ms / 10));
  return [Math.floor(cs / 360000), Math.floor((cs % 360000) / 6000), (cs % 6000) / 100];
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE 3.4.4: hours 2 to 4 digits, seconds <= 2 decimals). */
export function timespan12(ms: number): string {
  const [hours, minutes, secs] = split(ms);
  return `${pad(Math.min(9999, hours))}:${pad(minutes)}:${pad(secs)}`;
}

/** SCORM 1.2 CMITime: the local time of day `HH:MM:SS` (RTE 3.4.4). */
export function timeOfDay12(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** SCORM 2004 timeinterval (second,10,2): ISO 8601 `PT1H5M3.25S`, `PT0S` for nothing. */
export function duration2004(ms: number): string {
  const [hours, minutes, secs] = split(ms);
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs || !(hours || minutes) ? `${secs}S` : ''}`;
}

/** SCORM 2004 time (second,10,0): `YYYY-MM-DDThh:mm:ss.sZ` in UTC. toISOString() cut to one
 *  fractional digit: its 3 are rejected by Moodle, whose pattern allows a zone only after 1-2. */
export function timestamp2004(date: Date): string {
  return `${date.toISOString().slice(0, 21)}Z`;
}
