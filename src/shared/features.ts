// What a lesson's player may leave out: each feature is code that only some lessons need. The compiler
// works out which ones a lesson uses (compiler/package/features.ts) and bundles its player with the
// others switched off: esbuild replaces `SCORMDOWN_USES.<feature>` by true or false (runtime/uses.ts)
// and drops the code behind a false. Run unbundled (the unit tests), every feature is on.

export const FEATURES = ['numeric', 'order', 'tries', 'shuffle', 'pools', 'gate', 'video', 'timer', 'partial'] as const;

export type Feature = (typeof FEATURES)[number];

export type Uses = Record<Feature, boolean>;

/** Every feature on: the player that plays any lesson. */
export const EVERY_FEATURE: Uses = Object.fromEntries(FEATURES.map((f) => [f, true])) as Uses;

/** A name for the set, for cache entries and file names: the features on, in FEATURES order. */
export function usesKey(uses: Uses): string {
  return FEATURES.filter((f) => uses[f]).join('-') || 'none';
}
