// The learner's state as the player keeps it and the LMS adapters persist it
// (bookmark + suspend_data in SCORM, localStorage standalone).

/** A learner's response, by question type:
 *  single -> choice id; multiple -> choice ids (sorted); true-false -> boolean;
 *  order -> item ids in the learner's order; match -> [source id, target id] pairs;
 *  fill-in and open -> the text typed. */
export type Response = string | string[] | boolean | Array<[string, string]>;

export interface AnswerState {
  /** The learner's response. */
  r: Response;
  /** true/false once checked; null for open questions (recorded, not scored). */
  ok: boolean | null;
  /** Points earned. */
  pts: number;
  /** Latency: milliseconds from first showing the question to checking it. */
  ms: number;
}

export interface TimerState {
  /** Seconds left. */
  left: number;
  running: boolean;
}

export interface QuizResult {
  /** 0..100, rounded to at most 2 decimals. */
  score: number;
  passed: boolean;
}

/** The best finished attempt so far: its score, its attempt number, and whether any attempt passed. */
export interface BestResult extends QuizResult {
  n: number;
}

export interface PlayerState {
  /** Index of the slide the learner is on. */
  slide: number;
  /** Indexes of the slides seen, ascending. */
  visited: number[];
  /** Checked answers of the current attempt, by question id (open answers persist across attempts).
   *  Read through own(): an id may be the name of an Object.prototype member ("constructor"). */
  answers: Record<string, AnswerState>;
  /** 1-based quiz attempt. */
  attempt: number;
  /** Set once every graded question of the attempt is answered. */
  result: QuizResult | null;
  /** The best finished attempt (kept across retries and resumes); null before the first one. */
  best: BestResult | null;
  /** Countdown timers by the slide's key (SlideInfo.k), "<key>.<n>" for a second timer on a slide. */
  timers: Record<string, TimerState>;
  /** With the attempt, draws the order of shuffled options (quiz/draw.ts): from the learner id, else random. */
  seed?: number;
  /** Wrong checks so far of questions allowed more than one try, not yet final (this attempt); read
   *  through own(), as answers. */
  tried?: Record<string, number>;
  /** Set on a resume only: the questions whose saved answer is graded otherwise now (the author fixed
   *  the answer key), whose interaction the LMS is to be sent again with its new result. Not saved. */
  regraded?: string[];
}

/** The entry stored under an author's id, never one inherited from Object.prototype: a question id
 *  may be "constructor" or "toString". Plain objects stay (structuredClone and spread keep their own
 *  keys), only lookups change; writing `store[id] = x` makes an own key for every valid id. */
export function own<T>(store: Record<string, T> | undefined, id: string): T | undefined {
  return store && {}.hasOwnProperty.call(store, id) ? store[id] : undefined;
}

export function initialState(): PlayerState {
  return { slide: 0, visited: [0], answers: {}, attempt: 1, result: null, best: null, timers: {} };
}

/** What the adapters report as the save status; the player shows it unobtrusively. */
export type SaveStatus = 'saved' | 'saving' | 'failed';
