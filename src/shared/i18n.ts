// Text the player shows around the author's content, per language. The compiler picks one table
// (by the lesson's `language`, English as the fallback) and embeds it in the page, so the runtime
// bundle carries no language tables. Placeholders: {n}, {total}, {score}, {pass}, {left}, {earned}.
// A text that depends on a count is written with its CLDR forms "one|other" ("1 vraag ...|{left}
// vragen ..."). stringsFor() turns it into the forms for 0, for 1 and for any other count, chosen by
// the language's own plural rule (Intl.PluralRules: French says "0 tentative", English "0 attempts"),
// so the player only picks one by the count (plural()) and carries no rules of its own.

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

const de: UiStrings = {
  previous: 'Zurück',
  next: 'Weiter',
  slideOf: 'Folie {n} von {total}',
  menu: 'Folien',
  closeMenu: 'Schließen',
  progress: 'Fortschritt',
  check: 'Antwort prüfen',
  saveAnswer: 'Antwort speichern',
  answerFirst: 'Wähle oder schreibe zuerst eine Antwort.',
  correct: 'Richtig!',
  incorrect: 'Nicht richtig.',
  partly: 'Teilweise richtig.',
  recorded: 'Deine Antwort wurde gespeichert.',
  correctAnswer: 'Die richtige Antwort: {answer}',
  trueLabel: 'Wahr',
  falseLabel: 'Falsch',
  moveUp: 'Nach oben',
  moveDown: 'Nach unten',
  choose: 'Auswählen…',
  yourAnswer: 'Deine Antwort',
  resultTitle: 'Dein Ergebnis',
  score: 'Deine Punktzahl: {score}\u00a0%',
  pointsOf: '{earned} von {total} Punkt|{earned} von {total} Punkten',
  question: 'Frage',
  points: 'Punkte',
  passMark: 'Zum Bestehen nötig: {pass}\u00a0%',
  passed: 'Bestanden',
  failed: 'Nicht bestanden',
  unanswered: '1 Frage noch nicht beantwortet|{left} Fragen noch nicht beantwortet',
  retry: 'Quiz noch einmal machen',
  attemptsLeft: 'Noch 1 Versuch|Noch {left} Versuche',
  triesLeft:
    'Nicht richtig. Versuch es noch einmal: noch 1 Versuch.|Nicht richtig. Versuch es noch einmal: noch {left} Versuche.',
  noAttemptsLeft: 'Keine Versuche mehr',
  bestCounts: 'Dein bester Versuch zählt: Versuch {n}, {score}\u00a0%.',
  lastCounts: 'Dein letzter Versuch zählt.',
  timerStart: 'Start',
  timerPause: 'Pause',
  timerReset: 'Zurücksetzen',
  timeUp: 'Die Zeit ist um!',
  standalone:
    'Nicht mit einer Lernumgebung verbunden: Deine Ergebnisse werden nicht gesendet. Dein Fortschritt bleibt in diesem Browser gespeichert.',
  notSaved: 'Noch nicht gespeichert, neuer Versuch…',
  notLoaded:
    'Dein gespeicherter Fortschritt konnte nicht geladen werden, daher wird von diesem Besuch nichts gespeichert: Öffne die Lektion später noch einmal, um weiterzumachen.',
  reviewMode: 'Ansichtsmodus: Deine Antworten werden nicht gespeichert.',
  video: 'Video',
  watchOn: 'Das Video auf {site} ansehen',
  gateClosed: 'Beende zuerst das Quiz: Dann öffnen sich die nächsten Folien.',
};

const fr: UiStrings = {
  previous: 'Précédent',
  next: 'Suivant',
  slideOf: 'Diapositive {n} sur {total}',
  menu: 'Diapositives',
  closeMenu: 'Fermer',
  progress: 'Progression',
  check: 'Vérifier la réponse',
  saveAnswer: 'Enregistrer la réponse',
  answerFirst: 'Choisis ou écris d’abord une réponse.',
  correct: 'Correct\u202f!',
  incorrect: 'Pas correct.',
  partly: 'Partiellement correct.',
  recorded: 'Ta réponse a été enregistrée.',
  correctAnswer: 'La bonne réponse\u00a0: {answer}',
  trueLabel: 'Vrai',
  falseLabel: 'Faux',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  choose: 'Choisir…',
  yourAnswer: 'Ta réponse',
  resultTitle: 'Ton résultat',
  score: 'Ton score\u00a0: {score}\u202f%',
  pointsOf: '{earned} sur {total} point|{earned} sur {total} points',
  question: 'Question',
  points: 'Points',
  passMark: 'Nécessaire pour réussir\u00a0: {pass}\u202f%',
  passed: 'Réussi',
  failed: 'Pas réussi',
  unanswered: '{left} question sans réponse pour l’instant|{left} questions sans réponse pour l’instant',
  retry: 'Refaire le quiz',
  attemptsLeft: 'Encore {left} tentative|Encore {left} tentatives',
  triesLeft:
    'Pas correct. Essaie encore\u00a0: il reste {left} essai.|Pas correct. Essaie encore\u00a0: il reste {left} essais.',
  noAttemptsLeft: 'Plus de tentatives',
  bestCounts: 'Ta meilleure tentative compte\u00a0: tentative {n}, {score}\u202f%.',
  lastCounts: 'Ta dernière tentative compte.',
  timerStart: 'Démarrer',
  timerPause: 'Pause',
  timerReset: 'Réinitialiser',
  timeUp: 'Le temps est écoulé\u202f!',
  standalone:
    'Pas de connexion à un environnement d’apprentissage\u00a0: tes résultats ne sont pas envoyés. Ta progression est gardée dans ce navigateur.',
  notSaved: 'Pas encore enregistré, nouvel essai…',
  notLoaded:
    'Ta progression enregistrée n’a pas pu être chargée, donc rien de cette visite n’est enregistré\u00a0: rouvre la leçon plus tard pour continuer.',
  reviewMode: 'Mode consultation\u00a0: tes réponses ne sont pas enregistrées.',
  video: 'Vidéo',
  watchOn: 'Voir la vidéo sur {site}',
  gateClosed: 'Termine d’abord le quiz\u00a0: les diapositives suivantes s’ouvrent ensuite.',
};

const es: UiStrings = {
  previous: 'Anterior',
  next: 'Siguiente',
  slideOf: 'Diapositiva {n} de {total}',
  menu: 'Diapositivas',
  closeMenu: 'Cerrar',
  progress: 'Progreso',
  check: 'Comprobar respuesta',
  saveAnswer: 'Guardar respuesta',
  answerFirst: 'Primero elige o escribe una respuesta.',
  correct: '¡Correcto!',
  incorrect: 'No es correcto.',
  partly: 'Parcialmente correcto.',
  recorded: 'Tu respuesta se ha guardado.',
  correctAnswer: 'La respuesta correcta: {answer}',
  trueLabel: 'Verdadero',
  falseLabel: 'Falso',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  choose: 'Elegir…',
  yourAnswer: 'Tu respuesta',
  resultTitle: 'Tu resultado',
  score: 'Tu puntuación: {score}\u00a0%',
  pointsOf: '{earned} de {total} punto|{earned} de {total} puntos',
  question: 'Pregunta',
  points: 'Puntos',
  passMark: 'Necesario para aprobar: {pass}\u00a0%',
  passed: 'Aprobado',
  failed: 'No aprobado',
  unanswered: '1 pregunta sin responder todavía|{left} preguntas sin responder todavía',
  retry: 'Volver a hacer el cuestionario',
  attemptsLeft: 'Queda 1 intento|Quedan {left} intentos',
  triesLeft:
    'No es correcto. Inténtalo de nuevo: queda 1 intento.|No es correcto. Inténtalo de nuevo: quedan {left} intentos.',
  noAttemptsLeft: 'No quedan intentos',
  bestCounts: 'Cuenta tu mejor intento: intento {n}, {score}\u00a0%.',
  lastCounts: 'Cuenta tu último intento.',
  timerStart: 'Iniciar',
  timerPause: 'Pausa',
  timerReset: 'Reiniciar',
  timeUp: '¡Se acabó el tiempo!',
  standalone:
    'Sin conexión con un entorno de aprendizaje: tus resultados no se envían. Tu progreso se guarda en este navegador.',
  notSaved: 'Todavía no guardado, reintentando…',
  notLoaded:
    'No se pudo cargar tu progreso guardado, así que no se guarda nada de esta visita: vuelve a abrir la lección más tarde para continuar.',
  reviewMode: 'Modo de revisión: tus respuestas no se registran.',
  video: 'Vídeo',
  watchOn: 'Ver el vídeo en {site}',
  gateClosed: 'Termina primero el cuestionario: luego se abren las siguientes diapositivas.',
};

/** The languages with a table of their own; another gets English (and the compiler says so). A
 *  literal, not Object.keys(tables): the player imports this module, and must not keep the tables. */
export const UI_LANGUAGES: readonly string[] = ['en', 'nl', 'de', 'fr', 'es'];

const tables: Readonly<Record<string, UiStrings>> = { en, nl, de, fr, es };

/** The primary language of a BCP 47 tag: `de` for `de-CH`. */
export const primaryOf = (language: string): string => language.toLowerCase().split('-')[0] ?? '';

/** The table for a BCP 47 tag such as "nl" or "de-CH" (English when the language has none), each
 *  "one|other" text turned into "for 0|for 1|other" by the language's plural rule; `overrides` (the
 *  lesson's `ui:`) replace texts by key first. */
export function stringsFor(language: string, overrides: Readonly<Record<string, string>> = {}): UiStrings {
  const primary = primaryOf(language);
  const table = { ...(tables[primary] ?? en), ...overrides };
  const rules = new Intl.PluralRules(tables[primary] === undefined ? 'en' : language);
  const forms = (text: string): string => {
    const [one = '', other = one] = text.split('|');
    const pick = (n: number): string => (rules.select(n) === 'one' ? one : other);
    return text.includes('|') ? `${pick(0)}|${pick(1)}|${other}` : text;
  };
  return Object.fromEntries(Object.entries(table).map(([key, text]) => [key, forms(text)])) as unknown as UiStrings;
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

/** The form of a "for 0|for 1|other" text (stringsFor) for `count`, placeholders filled; a text
 *  without `|` has one form for every count. */
export function plural(template: string, count: number, values: Record<string, string | number>): string {
  const forms = template.split('|');
  return format(forms[count] ?? forms[forms.length - 1] ?? '', values);
}
