// The LMS side of the vocabulary, for the stand-in LMS (preview, browser tests): what Moodle hands a
// new learner at launch, and where scorm-again's JSON rendering of cmi keeps each element. The player
// never imports this file (docs/SCORM-FACTS.md "How Moodle launches a SCO").

import type { ScormVersion } from './model.js';
import { SCORM, type ScormVocabulary } from './scorm.js';

/** cmi data as scorm-again loads (loadFromJSON) and renders it (renderCMIToJSONObject). */
export type Cmi = { [key: string]: CmiValue };
export type CmiValue = string | number | boolean | null | undefined | Cmi | CmiValue[];

export interface Learner {
  id: string;
  name: string;
}

/** Where an element sits in the cmi JSON: its name without the leading "cmi." (1.2
 *  "cmi.core.lesson_location" is cmi.core.lesson_location in the JSON, as is every element). */
export function cmiPath(element: string): string {
  return element.replace(/^cmi\./, '');
}

/** The learner-name element (1.2 RTE 3.4.4.1 student_name, 2004 RTE 4.2.12); the id is the vocabulary's. */
const NAME: Record<ScormVersion, string> = { '1.2': 'cmi.core.student_name', '2004': 'cmi.learner_name' };

/** Statuses after which Moodle opens the attempt in review mode unless the course said exit
 *  "suspend" (1.2 lesson_status completed/passed/failed; 2004 completion_status completed). */
export const FINISHED: Record<ScormVersion, string[]> = {
  '1.2': ['completed', 'passed', 'failed'],
  '2004': ['completed'],
};

const isCmi = (value: CmiValue): value is Cmi => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at a path of cmi JSON ("core.lesson_status"), undefined where there is none. */
export function getPath(cmi: Cmi, path: string): CmiValue {
  let at: CmiValue = cmi;
  for (const key of path.split('.')) at = isCmi(at) ? at[key] : undefined;
  return at;
}

/** Sets (or, with undefined, removes) the value at a path of cmi JSON, making the objects on the way. */
export function setPath(cmi: Cmi, path: string, value: string | undefined): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let at = cmi;
  for (const key of keys) {
    const next = at[key];
    at = at[key] = isCmi(next) ? next : {};
  }
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** `from` laid over `into`, object by object (into is changed). */
export function mergeCmi(into: Cmi, from: Cmi): Cmi {
  for (const [key, value] of Object.entries(from)) {
    const here = into[key];
    if (isCmi(value)) mergeCmi((into[key] = isCmi(here) ? here : {}), value);
    else into[key] = value;
  }
  return into;
}

/** The pass mark as the manifest declares it and the LMS hands it on: 1.2 adlcp:masteryscore
 *  (0..100) as mastery_score, 2004 minNormalizedMeasure (0..1) as scaled_passing_score. */
function passMarkValue(vocabulary: ScormVocabulary, passingScore: number): string {
  return String(passingScore / vocabulary.passMark.toPercent);
}

/** What Moodle hands a new learner: credit, normal mode, entry ab-initio, the manifest's pass mark. */
export function moodleStart(version: ScormVersion, passingScore: number, learner: Learner): Cmi {
  const vocabulary = SCORM[version];
  const cmi: Cmi = {};
  const values: Array<[string, string]> = [
    [vocabulary.el.learnerId, learner.id],
    [NAME[version], learner.name],
    [vocabulary.el.credit, 'credit'],
    [vocabulary.el.mode, 'normal'],
    [vocabulary.el.entry, 'ab-initio'],
    [vocabulary.passMark.element, passMarkValue(vocabulary, passingScore)],
  ];
  for (const [element, value] of values) setPath(cmi, cmiPath(element), value);
  return cmi;
}
