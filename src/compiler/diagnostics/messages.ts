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
