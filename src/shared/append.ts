// `list.push(...items)` hands every item over as an argument of one call, and an array of some
// 100,000 entries overflows the call stack (RangeError, exit 70: 130,000 duplicate slide names did,
// issue 12); Math.max(...list) the same. Lists an author's lesson makes long are appended one by one.

/** Appends every item to `to`, in order; returns `to`. */
export function append<T>(to: T[], items: Iterable<T>): T[] {
  for (const item of items) to.push(item);
  return to;
}
