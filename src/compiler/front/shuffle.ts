// Build-time shuffling for ordering and matching questions. Seeded by the question id, so the same
// lesson always builds to the same bytes (no Math.random, no Date), and never the identity order:
// a list shown already in the correct order would give the answer away.

/** 32-bit FNV-1a hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, well-distributed PRNG; returns floats in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of `items` that differs from the input order whenever it has 2+ items. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const next = random(hash(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  const unchanged = out.every((item, i) => item === items[i]);
  // Fisher-Yates can return the identity; rotating by one is still deterministic and never is.
  return unchanged && out.length > 1 ? [...out.slice(1), out[0] as T] : out;
}
