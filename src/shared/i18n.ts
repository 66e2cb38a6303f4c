// Text the player shows around the author's content, per language. The compiler picks one table
// (by the lesson's `language`, English as the fallback) and embeds it in the page, so the runtime
// bundle carries no language tables. Placeholders: {n}, {total}, {score}, {pass}, {left}, {earned}.
// A text that depends on a count holds two forms, "one|other" ("1 vraag ...|{left} vragen ..."):
// plural() picks one. Dutch and English both use the first form for exactly 1 (CLDR plural rules).

export interface UiStrings {
  previous: string;
  next: string;
  /** "Dia {n} van {total}" */
  slideOf: string;
  menu: string;
  closeMenu: string;
  progress: string;
  check: string;
  /** The open question's button: it saves the answer, nothing is checked. */
  saveAnswer: string;
  /** "Check" pressed with nothing chosen or typed: the question stays open. */
  answerFirst: string;
  correct: string;
  incorrect: string;
  /** A wrong answer that earned part of the points (`scoring: partial`). */
  partly: string;
  /** Shown after an open question is submitted: recorded, not scored. */
  recorded: string;
  /** The correct answer, shown after a wrong answer when the lesson's `solutions` rule allows:
   *  "Het juiste antwoord: {answer}" */
  correctAnswer: string;
  trueLabel: string;
  falseLabel: string;
  moveUp: string;
  moveDown: string;
  choose: string;
  yourAnswer: string;
  resultTitle: string;
  /** "Je score: {score}%" */
  score: string;
  /** Beside the score, one|other by {total}: "{earned} van {total} punt|{earned} van {total} punten" */
  pointsOf: string;
  /** Column headings of the per-question table on the result slide. */
  question: string;
  points: string;
  /** "Nodig om te slagen: {pass}%" */
  passMark: string;
  passed: string;
  failed: string;
  /** Quiz not finished yet on the result slide, one|other: "1 vraag nog niet beantwoord|{left} vragen ..." */
  unanswered: string;
  retry: string;
  /** one|other: "Nog 1 poging|Nog {left} pogingen" */
  attemptsLeft: string;
  /** After a wrong check with tries left (`tries:`), one|other by {left}; begins with `incorrect`. */
  triesLeft: string;
  noAttemptsLeft: string;
  /** Under the result: the attempt the LMS gets (front matter `score:`), "{n}" its number, "{score}" its score. */
  bestCounts: string;
  lastCounts: string;
  timerStart: string;
  timerPause: string;
  timerReset: string;
  timeUp: string;
  standalone: string;
  notSaved: string;
  /** The LMS could not hand back the learner's saved progress at launch: this visit saves nothing. */
  notLoaded: string;
  reviewMode: string;
  /** `::video` without a title: the embed's accessible name. */
  video: string;
  /** The link beside an embedded video: "Bekijk de video op {site}" */
  watchOn: string;
  /** Next, an arrow key or the menu at a `::gate` while the quiz is not finished (the result slide,
   *  shown with it, lists the questions still open). */
  gateClosed: string;
}

const en: UiStrings = {
  previous: 'Previous',
  next: 'Next',
  slideOf: 'Slide {n} of {total}',
  menu: 'Slides',
  closeMenu: 'Close',
  progress: 'Progress',
  check: 'Check answer',
  saveAnswer: 'Save answer',
  answerFirst: 'Choose or type an answer first.',
  correct: 'Correct!',
  incorrect: 'Not correct.',
  partly: 'Partly correct.',
  recorded: 'Your answer has been saved.',
  correctAnswer: 'The correct answer: {answer}',
  trueLabel: 'True',
  falseLabel: 'False',
  moveUp: 'Move up',
  moveDown: 'Move down',
  choose: 'Choose…',
  yourAnswer: 'Your answer',
  resultTitle: 'Your result',
  score: 'Your score: {score}%',
  pointsOf: '{earned} of {total} point|{earned} of {total} points',
  question: 'Question',
  points: 'Points',
  passMark: 'Needed to pass: {pass}%',
  passed: 'Passed',
  failed: 'Not passed',
  unanswered: '1 question not answered yet|{left} questions not answered yet',
  retry: 'Try the quiz again',
  attemptsLeft: '1 attempt left|{left} attempts left',
  triesLeft: 'Not correct. Try again: 1 try left.|Not correct. Try again: {left} tries left.',
  noAttemptsLeft: 'No attempts left',
  bestCounts: 'Your best attempt counts: attempt {n}, {score}%.',
  lastCounts: 'Your last attempt counts.',
  timerStart: 'Start',
  timerPause: 'Pause',
  timerReset: 'Reset',
  timeUp: 'Time is up!',
  standalone:
    'Not connected to a learning environment: your results are not being sent. Progress is kept in this browser.',
  notSaved: 'Not saved yet, retrying…',
  notLoaded:
    'Your saved progress could not be loaded, so nothing of this visit is saved: open the lesson again later to continue.',
  reviewMode: 'Review mode: your answers are not recorded.',
  video: 'Video',
  watchOn: 'Watch the video on {site}',
  gateClosed: 'Finish the quiz first: then the next slides open.',
};

const nl: UiStrings = {
  previous: 'Vorige',
  next: 'Volgende',
  slideOf: 'Dia {n} van {total}',
  menu: 'Dia’s',
  closeMenu: 'Sluiten',
  progress: 'Voortgang',
  check: 'Controleer antwoord',
  saveAnswer: 'Antwoord opslaan',
  answerFirst: 'Kies of typ eerst een antwoord.',
  correct: 'Goed!',
  incorrect: 'Niet goed.',
  partly: 'Gedeeltelijk goed.',
  recorded: 'Je antwoord is opgeslagen.',
  correctAnswer: 'Het juiste antwoord: {answer}',
  trueLabel: 'Waar',
  falseLabel: 'Niet waar',
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  choose: 'Kies…',
  yourAnswer: 'Jouw antwoord',
  resultTitle: 'Je resultaat',
  score: 'Je score: {score}%',
  pointsOf: '{earned} van {total} punt|{earned} van {total} punten',
  question: 'Vraag',
  points: 'Punten',
  passMark: 'Nodig om te slagen: {pass}%',
  passed: 'Geslaagd',
  failed: 'Niet geslaagd',
  unanswered: '1 vraag nog niet beantwoord|{left} vragen nog niet beantwoord',
  retry: 'Probeer de toets opnieuw',
  attemptsLeft: 'Nog 1 poging|Nog {left} pogingen',
  triesLeft: 'Niet goed. Probeer het nog eens: nog 1 kans.|Niet goed. Probeer het nog eens: nog {left} kansen.',
  noAttemptsLeft: 'Geen pogingen meer',
  bestCounts: 'Je beste poging telt: poging {n}, {score}%.',
  lastCounts: 'Je laatste poging telt.',
  timerStart: 'Start',
  timerPause: 'Pauze',
  timerReset: 'Opnieuw',
  timeUp: 'De tijd is om!',
  standalone:
    'Niet verbonden met een leeromgeving: je resultaten worden niet verstuurd. Je voortgang wordt in deze browser bewaard.',
  notSaved: 'Nog niet opgeslagen, opnieuw proberen…',
  notLoaded:
    'Je opgeslagen voortgang kon niet worden geladen, dus van dit bezoek wordt niets bewaard: open de les later opnieuw om verder te gaan.',
  reviewMode: 'Terugkijkmodus: je antwoorden worden niet vastgelegd.',
  video: 'Video',
  watchOn: 'Bekijk de video op {site}',
  gateClosed: 'Maak eerst de toets af: daarna gaan de volgende dia’s open.',
};

const tables: Record<string, UiStrings> = { en, nl };

/** The table for a BCP 47 tag such as "nl" or "nl-BE"; English when the language has none. */
export function stringsFor(language: string): UiStrings {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return tables[primary] ?? en;
}

/** A score, points or a pass mark as the lesson's language writes it ("62,5" in Dutch, "62.5" in
 *  English), at most 2 decimals: the page the compiler writes and the player's updates use this one
 *  rule, so the learner never sees a number change its form when the script starts. */
export function numberFormat(language: string): (value: number) => string {
  return (value) => value.toLocaleString(language, { maximumFractionDigits: 2 });
}

/** Fill {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The form of a "one|other" template for `count`, placeholders filled; a template without `|` has
 *  one form for every count. */
export function plural(template: string, count: number, values: Record<string, string | number>): string {
  const forms = template.split('|');
  return format((count === 1 ? forms[0] : forms[forms.length - 1]) ?? '', values);
}
