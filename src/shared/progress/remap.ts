// Where the options a learner chose are now. An answer is saved with the prints of its question's
// options as they were (one character each, keys.ts optionSeed); on the next launch they are set
// against the prints of today's options. The question's key guarantees the lists are as long as
// before (an option added or removed changes it), so this is only about reordering and rewording.

/** For each saved option (by position), its position now. An option whose print occurs once then
 *  and once now is that one (moved, or in place); the others (reworded: the print changed, or a
 *  print shared by two options) take the positions left, in order. So a typo fix keeps its place,
 *  a reordering follows the texts, and both at once work while at most one option was reworded. */
export function optionMoves(saved: string, now: string): number[] {
  const once = (prints: string, print: string): boolean => prints.indexOf(print) === prints.lastIndexOf(print);
  const moves: Array<number | undefined> = [...saved].map((print) =>
    once(saved, print) && now.includes(print) && once(now, print) ? now.indexOf(print) : undefined,
  );
  const taken = new Set(moves);
  let free = 0;
  return moves.map((move) => {
    if (move !== undefined) return move;
    while (taken.has(free)) free++;
    taken.add(free);
    return free;
  });
}

/** `response`, a saved answer that names options by id (one character each), with every id
 *  replaced by the id of the same option now. `lists`: the question's option ids per list
 *  (keys.ts optionLists), `saved` and `now` the prints of all lists in that order, `listOf` which
 *  list the id at a position of the response is from. Ids not in their list are left as they are
 *  (the response decoder refuses them). */
export function remapIds(
  response: string,
  lists: string[][],
  saved: string,
  now: string,
  listOf: (position: number) => number,
): string {
  let start = 0;
  const maps = lists.map((ids) => {
    const moves = optionMoves(saved.slice(start, start + ids.length), now.slice(start, start + ids.length));
    start += ids.length;
    return new Map(ids.map((id, i) => [id, ids[moves[i]!]!]));
  });
  return [...response].map((id, position) => maps[listOf(position)]?.get(id) ?? id).join('');
}
