// "Did you mean ...?" for a misspelt key, type, directive or question id: a teacher who typed
// `passingscore`, `singel` or `wat-weet-je-nogg` is shown the name that was meant.

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), ignoring capitals. */
function distance(a: string, b: string): number {
  const [s, t] = [a.toLowerCase(), b.toLowerCase()];
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...new Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[s.length]![t.length]!;
}

/** The candidate closest to `word`, if it is close enough to be a slip (about a third of its letters,
 *  ignoring `-` and `_`), else null. Ties go to the first candidate, so the result is deterministic. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  const plain = (text: string): string => text.replace(/[-_\s]/g, '');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Only capitals or dashes differ (`passingscore`, `truefalse`): the closest slip there is, but a slip.
    const d =
      word === candidate
        ? 0
        : Math.max(0.5, Math.min(distance(word, candidate), distance(plain(word), plain(candidate))));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return best !== null && bestDistance > 0 && bestDistance <= allowed ? best : null;
}

/** `; did you mean "x"?` when a candidate is close, else ''. For the end of a diagnostic's message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match === null ? '' : `; did you mean "${match}"?`;
}

/** The file of `files` (lesson-relative paths) probably meant by the missing `wanted`: a close
 *  spelling of its name in the same folder, else the same name in another folder, else a file of the
 *  same kind whose name contains the one written or is contained in it (`handen.png` for
 *  `handenwassen.png`: too far apart for a slip, but a shortened name is a common mistake). */
export function closestPath(wanted: string, files: readonly string[]): string | null {
  const split = (file: string): { dir: string; name: string; stem: string; ext: string } => {
    const slash = file.lastIndexOf('/');
    const name = file.slice(slash + 1);
    const dot = name.lastIndexOf('.');
    const lower = name.toLowerCase();
    return {
      dir: file.slice(0, slash + 1),
      name,
      stem: dot > 0 ? lower.slice(0, dot) : lower,
      ext: dot > 0 ? lower.slice(dot) : '',
    };
  };
  const want = split(wanted);
  const all = files.map((f) => ({ f, ...split(f) }));
  // A slip in the name keeps the kind of file; a slip in the extension keeps the name.
  const sameDir = all.filter((c) => c.dir === want.dir);
  const slip = closest(
    want.stem,
    sameDir.filter((c) => c.ext === want.ext).map((c) => c.stem),
  );
  const typo = closest(
    want.ext,
    sameDir.filter((c) => c.stem === want.stem).map((c) => c.ext),
  );
  const meant = sameDir.find(
    (c) => (c.stem === slip && c.ext === want.ext) || (c.stem === want.stem && c.ext === typo),
  );
  if (meant !== undefined) return meant.f;
  const moved = all.find((c) => c.name.toLowerCase() === want.name.toLowerCase());
  if (moved !== undefined) return moved.f;
  const shortened = all.filter(
    (c) =>
      c.ext === want.ext &&
      Math.min(c.stem.length, want.stem.length) >= 3 &&
      (c.stem.includes(want.stem) || want.stem.includes(c.stem)),
  );
  // Nearest first: the same folder, then the smallest difference in length; ties in file order.
  const rank = (c: { dir: string; stem: string }): number =>
    (c.dir === want.dir ? 0 : 1000) + Math.abs(c.stem.length - want.stem.length);
  return (
    shortened.reduce<(typeof all)[number] | null>((best, c) => (best === null || rank(c) < rank(best) ? c : best), null)
      ?.f ?? null
  );
}
