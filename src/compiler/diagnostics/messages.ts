// The texts of the newer diagnostics, one function per code, so that each text is written in one
// place (a translated table can replace this module later) and the call sites only say what they
// found. The older codes keep their texts at their call sites, with their hints in CODES.

export interface Text {
  message: string;
  hint: string;
}

/** FRONT_MATTER_UNCLOSED, reported on the line after the front matter's last line (`lastLine`). */
export function frontMatterUnclosed(lastLine: number): string {
  return `the front matter is never closed: a line \`---\` belongs here, after line ${lastLine}`;
}

/** META_PASSING_SCORE_FRACTION: `passingScore: 0.6` meant as 60 %. */
export function passingScoreFraction(written: string, value: number): Text {
  const percent = Number((value * 100).toFixed(4));
  return {
    message: `passingScore ${written} is a percentage: every learner who scores ${written} % or more would pass`,
    hint: `for ${percent} %, write \`passingScore: ${percent}\``,
  };
}

/** Words that mean yes or no to a teacher (YAML 1.1 read some of them as booleans; YAML 1.2 does not). */
const YES = new Set(['yes', 'y', 'on', 'ja', 'j', 'waar', 'juist', 'goed', 'correct', 'x']);
const NO = new Set(['no', 'n', 'off', 'nee', 'onwaar', 'fout', 'niet']);

/** The hint of QUIZ_INVALID_VALUE for a field that takes true or false (`correct: yes`). */
export function booleanHint(written: string): string {
  const word = written.trim().toLowerCase();
  const meant = YES.has(word) ? 'true' : NO.has(word) ? 'false' : null;
  if (meant === null) return 'write `true` or `false` (without quotes)';
  return `write \`${meant}\` for ${written.trim()}: only \`true\` and \`false\` are read as yes and no`;
}
