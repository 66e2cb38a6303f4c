// How a countdown reads: the compiler renders a timer's starting value with it and the player every
// tick after, so the first paint and the running timer never disagree.

/** MM:SS (minutes may exceed 59: a 90-minute timer reads 90:00). Rounded up: a countdown shows
 *  00:01 until the last second is fully gone, and 00:00 only when time is up. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
