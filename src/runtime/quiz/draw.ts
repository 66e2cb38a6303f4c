// Per learner and per quiz attempt: the order of shuffled options. It follows from state.seed and the
// attempt number, so a resume (which restores both) draws the same again and suspend_data needs no
// list of orders.

/** FNV-1a, 32 bits: a learner id (or any text) as a number. */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** `list` in an order drawn from `seed`: Fisher-Yates, each step's pick hashed from the seed and the
 *  step (no PRNG code beside the hash the player has anyway). The pick scales the hash's high bits,
 *  which FNV mixes from every character; its low bits depend on the characters' low bits only. */
export function shuffled<T>(list: readonly T[], seed: string): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = ((hash(i + seed) * (i + 1)) / 2 ** 32) | 0;
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
