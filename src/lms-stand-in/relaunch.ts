// What Moodle hands the course when the same learner launches it again (docs/SCORM-FACTS.md "How
// Moodle behaves"): entry "resume" and the saved data only when the course last said exit "suspend";
// an attempt that ended finished opens in review mode (no credit); otherwise it starts over (entry "").

import { cmiPath, FINISHED, getPath, mergeCmi, setPath, type Cmi } from '../shared/lms-start.js';
import type { ScormVersion } from '../shared/model.js';
import { SCORM } from '../shared/scorm.js';

export type Launch = 'new' | 'resumed' | 'review' | 'again';

/** The cmi data of this launch, from what the LMS stored last (null: never launched) and what it
 *  hands every learner (`start`: moodleStart). */
export function relaunch(version: ScormVersion, saved: Cmi | null, start: Cmi): { cmi: Cmi; how: Launch } {
  if (saved === null) return { cmi: start, how: 'new' };
  const el = SCORM[version].el;
  const resume = getPath(saved, cmiPath(el.exit)) === 'suspend';
  const status = String(getPath(saved, cmiPath(SCORM[version].completionElement)) ?? '');
  const review = !resume && FINISHED[version].includes(status);
  const cmi = mergeCmi(JSON.parse(JSON.stringify(saved)) as Cmi, start);
  setPath(cmi, cmiPath(el.exit), undefined);
  setPath(cmi, cmiPath(el.sessionTime), undefined);
  setPath(cmi, cmiPath(el.entry), resume ? 'resume' : '');
  if (review) {
    setPath(cmi, cmiPath(el.mode), 'review');
    setPath(cmi, cmiPath(el.credit), 'no-credit');
  }
  return { cmi, how: resume ? 'resumed' : review ? 'review' : 'again' };
}
