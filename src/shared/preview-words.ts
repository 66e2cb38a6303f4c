// Every text of the preview page (templates/preview.html.hbs, rendered by the compiler) and of its
// script (src/lms-stand-in/, in the browser), one table per language the tool speaks to authors
// (author-language.ts). The page is in the author's language; SCORM values, element names and error
// codes stay as the LMS has them, the words beside them are translated. A new language is a table here.

import type { AuthorLanguage } from './author-language.js';

export interface PreviewWords {
  /** `<title>` and the heading while the lesson has errors. */
  hasErrorsTitle: string;
  previewOf(lessonDir: string): string;
  versionNav: string;
  everyQuestion: string;
  watching: string;
  cannotWatch: string;
  builtAt(time: string): string;
  lostTouch: string;
  /** A save was seen: the lesson is being built. */
  building: string;
  warnings(n: number): string;
  errorsHeading(n: number): string;
  errorsStatus(n: number): string;
  fixThem: string;
  courseFrame(title: string): string;
  panelTitle: string;
  attemptNew: string;
  attemptResumed: string;
  attemptReview: string;
  attemptAgain: string;
  leave: string;
  reset: string;
  statusCaption: string;
  /** The rows of Moodle's basic report (preview-page.ts panelRows). */
  rows: {
    lessonStatus: string;
    completionStatus: string;
    successStatus: string;
    score: string;
    progress: string;
    location: string;
    suspendData: string;
    exit: string;
    sessionTime: string;
  };
  interactions: string;
  question: string;
  response: string;
  correctResponse: string;
  result: string;
  /** An interaction's result (cmi.interactions.n.result / .result) in words. */
  results: { correct: string; incorrect: string; wrong: string; neutral: string; unanticipated: string };
  lmsWarnings: string;
  apiCalls: string;
  /** The bookmark as the slide it names. */
  slide(n: number, title: string): string;
  score(raw: string, min: string, max: string, scaled: string): string;
  characters(n: number, limit: string): string;
  commits(n: number, last: string): string;
  noCommits: string;
  pending(n: number): string;
  /** A 2004 GetValue of a value not set yet on a new attempt: the LMS's normal answer. */
  notStoredYet: string;
  range(min: string, max: string): string;
  /** Between two correct responses of one interaction. */
  or: string;
  /** Time units, largest first: days, hours, minutes, seconds. */
  units: [string, string, string, string];
}

const plural = (language: string, n: number, one: string, other: string): string =>
  `${n.toLocaleString(language)} ${new Intl.PluralRules(language).select(n) === 'one' ? one : other}`;

const en: PreviewWords = {
  hasErrorsTitle: 'Lesson has errors',
  previewOf: (dir) => `scormdown preview of ${dir}`,
  versionNav: 'SCORM version',
  everyQuestion: 'Show every question of the pools (preview only)',
  watching: 'Follows every save of the lesson.',
  cannotWatch: 'The lesson folder cannot be watched: reload this page after a save.',
  builtAt: (time) => `Built at ${time}.`,
  lostTouch: 'Lost touch with scormdown preview: saves do not show until it runs again.',
  building: 'A save: building the lesson…',
  warnings: (n) => plural('en', n, 'warning', 'warnings'),
  errorsHeading: (n) => `The lesson has ${plural('en', n, 'error', 'errors')}`,
  errorsStatus: (n) => `The lesson has ${plural('en', n, 'error', 'errors')}: fix and save.`,
  fixThem: 'Fix them in the files named below and save: the lesson comes back by itself.',
  courseFrame: (title) => `Course: ${title}`,
  panelTitle: 'What the LMS has stored',
  attemptNew: 'New attempt: the course starts from the beginning (entry “ab-initio”).',
  attemptResumed: 'Resumed: the course said exit “suspend” last time (entry “resume”).',
  attemptReview: 'Review mode: the attempt is finished, so Moodle opens it for review. Reset starts a new attempt.',
  attemptAgain: 'Started again: the last exit was not “suspend”, so Moodle does not resume (entry “”).',
  leave: 'Leave and come back',
  reset: 'Reset: new attempt',
  statusCaption: 'Status (Moodle’s basic report)',
  rows: {
    lessonStatus: 'Lesson status',
    completionStatus: 'Completion status',
    successStatus: 'Success status',
    score: 'Score',
    progress: 'Progress',
    location: 'Location',
    suspendData: 'Suspend data',
    exit: 'Exit',
    sessionTime: 'Session time',
  },
  interactions: 'Interactions',
  question: 'Question',
  response: 'Learner response',
  correctResponse: 'Correct response',
  result: 'Result',
  results: { correct: 'right', incorrect: 'wrong', wrong: 'wrong', neutral: 'neutral', unanticipated: 'unexpected' },
  lmsWarnings: 'LMS warnings',
  apiCalls: 'API calls',
  slide: (n, title) => `slide ${n}: ${title}`,
  score: (raw, min, max, scaled) => `${raw} (min ${min}, max ${max}${scaled === '' ? '' : `, scaled ${scaled}`})`,
  characters: (n, limit) => `${n} of ${limit} characters`,
  commits: (n, last) => `${plural('en', n, 'commit', 'commits')} in this session, the last at ${last}`,
  noCommits: 'Nothing committed in this session yet',
  pending: (n) => `; ${plural('en', n, 'value', 'values')} set since then, not stored yet`,
  notStoredYet: 'normal: nothing is stored for it yet',
  range: (min, max) => `${min} to ${max}`,
  or: 'or',
  units: ['d', 'h', 'min', 's'],
};

const nl: PreviewWords = {
  hasErrorsTitle: 'De les heeft fouten',
  previewOf: (dir) => `scormdown-voorbeeld van ${dir}`,
  versionNav: 'SCORM-versie',
  everyQuestion: 'Toon alle vragen waaruit getrokken wordt (alleen in het voorbeeld)',
  watching: 'Volgt elke keer dat je de les opslaat.',
  cannotWatch: 'De lesmap kan niet gevolgd worden: laad deze pagina opnieuw nadat je hebt opgeslagen.',
  builtAt: (time) => `Gebouwd om ${time}.`,
  lostTouch: 'Geen verbinding meer met scormdown preview: wat je opslaat, zie je pas weer als het opnieuw draait.',
  building: 'Opgeslagen: de les wordt opnieuw gebouwd…',
  warnings: (n) => plural('nl', n, 'waarschuwing', 'waarschuwingen'),
  errorsHeading: (n) => `De les heeft ${plural('nl', n, 'fout', 'fouten')}`,
  errorsStatus: (n) => `De les heeft ${plural('nl', n, 'fout', 'fouten')}: verbeter en sla op.`,
  fixThem: 'Verbeter ze in de bestanden hieronder en sla op: de les komt vanzelf terug.',
  courseFrame: (title) => `Les: ${title}`,
  panelTitle: 'Wat het LMS heeft opgeslagen',
  attemptNew: 'Nieuwe poging: de les begint bij het begin (entry “ab-initio”).',
  attemptResumed: 'Hervat: de les gaf de vorige keer exit “suspend” (entry “resume”).',
  attemptReview:
    'Terugkijken: de poging is afgerond, dus Moodle opent die alleen om terug te kijken. “Opnieuw beginnen” start een nieuwe poging.',
  attemptAgain: 'Opnieuw begonnen: de laatste exit was geen “suspend”, dus Moodle hervat niet (entry “”).',
  leave: 'Vertrekken en terugkomen',
  reset: 'Opnieuw beginnen: nieuwe poging',
  statusCaption: 'Status (het basisrapport van Moodle)',
  rows: {
    lessonStatus: 'Lesstatus',
    completionStatus: 'Voltooiingsstatus',
    successStatus: 'Slagingsstatus',
    score: 'Score',
    progress: 'Voortgang',
    location: 'Bladwijzer',
    suspendData: 'Opgeslagen voortgang',
    exit: 'Afsluiting',
    sessionTime: 'Sessietijd',
  },
  interactions: 'Antwoorden',
  question: 'Vraag',
  response: 'Antwoord van de leerling',
  correctResponse: 'Juist antwoord',
  result: 'Resultaat',
  results: { correct: 'goed', incorrect: 'fout', wrong: 'fout', neutral: 'neutraal', unanticipated: 'onverwacht' },
  lmsWarnings: 'Waarschuwingen van het LMS',
  apiCalls: 'API-aanroepen',
  slide: (n, title) => `dia ${n}: ${title}`,
  score: (raw, min, max, scaled) => `${raw} (min ${min}, max ${max}${scaled === '' ? '' : `, geschaald ${scaled}`})`,
  characters: (n, limit) => `${n} van ${limit} tekens`,
  commits: (n, last) => `${plural('nl', n, 'keer', 'keer')} opgeslagen (commit) in deze sessie, het laatst om ${last}`,
  noCommits: 'Nog niets opgeslagen (commit) in deze sessie',
  pending: (n) => `; sindsdien ${plural('nl', n, 'waarde', 'waarden')} gezet, nog niet opgeslagen`,
  notStoredYet: 'normaal: hiervoor is nog niets opgeslagen',
  range: (min, max) => `${min} tot ${max}`,
  or: 'of',
  units: ['d', 'u', 'min', 's'],
};

const de: PreviewWords = {
  hasErrorsTitle: 'Die Lektion hat Fehler',
  previewOf: (dir) => `scormdown-Vorschau von ${dir}`,
  versionNav: 'SCORM-Version',
  everyQuestion: 'Jede Frage der Pools zeigen (nur in der Vorschau)',
  watching: 'Folgt jedem Speichern der Lektion.',
  cannotWatch: 'Der Lektionsordner kann nicht beobachtet werden: lade diese Seite nach dem Speichern neu.',
  builtAt: (time) => `Gebaut um ${time}.`,
  lostTouch: 'Keine Verbindung mehr zu scormdown preview: Speichern erscheint erst, wenn es wieder läuft.',
  building: 'Gespeichert: die Lektion wird gebaut…',
  warnings: (n) => plural('de', n, 'Warnung', 'Warnungen'),
  errorsHeading: (n) => `Die Lektion hat ${plural('de', n, 'Fehler', 'Fehler')}`,
  errorsStatus: (n) => `Die Lektion hat ${plural('de', n, 'Fehler', 'Fehler')}: korrigieren und speichern.`,
  fixThem: 'Korrigiere sie in den unten genannten Dateien und speichere: die Lektion kommt von selbst zurück.',
  courseFrame: (title) => `Kurs: ${title}`,
  panelTitle: 'Was das LMS gespeichert hat',
  attemptNew: 'Neuer Versuch: der Kurs beginnt von vorn (entry „ab-initio“).',
  attemptResumed: 'Fortgesetzt: der Kurs meldete beim letzten Mal exit „suspend“ (entry „resume“).',
  attemptReview:
    'Rückblick: der Versuch ist abgeschlossen, also öffnet Moodle ihn zum Ansehen. Zurücksetzen startet einen neuen Versuch.',
  attemptAgain: 'Neu begonnen: der letzte exit war nicht „suspend“, also setzt Moodle nicht fort (entry „“).',
  leave: 'Verlassen und zurückkommen',
  reset: 'Zurücksetzen: neuer Versuch',
  statusCaption: 'Status (Moodles Basisbericht)',
  rows: {
    lessonStatus: 'Lektionsstatus',
    completionStatus: 'Abschlussstatus',
    successStatus: 'Erfolgsstatus',
    score: 'Punktzahl',
    progress: 'Fortschritt',
    location: 'Lesezeichen',
    suspendData: 'Gespeicherter Fortschritt',
    exit: 'Exit',
    sessionTime: 'Sitzungsdauer',
  },
  interactions: 'Antworten',
  question: 'Frage',
  response: 'Antwort der lernenden Person',
  correctResponse: 'Richtige Antwort',
  result: 'Ergebnis',
  results: {
    correct: 'richtig',
    incorrect: 'falsch',
    wrong: 'falsch',
    neutral: 'neutral',
    unanticipated: 'unerwartet',
  },
  lmsWarnings: 'Warnungen des LMS',
  apiCalls: 'API-Aufrufe',
  slide: (n, title) => `Folie ${n}: ${title}`,
  score: (raw, min, max, scaled) => `${raw} (min ${min}, max ${max}${scaled === '' ? '' : `, skaliert ${scaled}`})`,
  characters: (n, limit) => `${n} von ${limit} Zeichen`,
  commits: (n, last) => `${plural('de', n, 'Commit', 'Commits')} in dieser Sitzung, der letzte um ${last}`,
  noCommits: 'In dieser Sitzung noch nichts gespeichert (Commit)',
  pending: (n) => `; ${plural('de', n, 'Wert', 'Werte')} seitdem gesetzt, noch nicht gespeichert`,
  notStoredYet: 'normal: dafür ist noch nichts gespeichert',
  range: (min, max) => `${min} bis ${max}`,
  or: 'oder',
  units: ['T', 'Std', 'min', 's'],
};

const fr: PreviewWords = {
  hasErrorsTitle: 'La leçon a des erreurs',
  previewOf: (dir) => `aperçu scormdown de ${dir}`,
  versionNav: 'Version SCORM',
  everyQuestion: 'Montrer chaque question des banques (aperçu seulement)',
  watching: 'Suit chaque enregistrement de la leçon.',
  cannotWatch: 'Le dossier de la leçon ne peut pas être suivi\u00a0: recharge cette page après un enregistrement.',
  builtAt: (time) => `Construit à ${time}.`,
  lostTouch:
    'Contact perdu avec scormdown preview\u00a0: les enregistrements ne s’affichent plus tant qu’il ne tourne pas.',
  building: 'Enregistré\u00a0: la leçon est en construction…',
  warnings: (n) => plural('fr', n, 'avertissement', 'avertissements'),
  errorsHeading: (n) => `La leçon a ${plural('fr', n, 'erreur', 'erreurs')}`,
  errorsStatus: (n) => `La leçon a ${plural('fr', n, 'erreur', 'erreurs')}\u00a0: corrige et enregistre.`,
  fixThem: 'Corrige-les dans les fichiers nommés ci-dessous et enregistre\u00a0: la leçon revient toute seule.',
  courseFrame: (title) => `Cours\u00a0: ${title}`,
  panelTitle: 'Ce que le LMS a enregistré',
  attemptNew: 'Nouvelle tentative\u00a0: le cours recommence du début (entry « ab-initio »).',
  attemptResumed: 'Reprise\u00a0: le cours a indiqué exit « suspend » la dernière fois (entry « resume »).',
  attemptReview:
    'Mode relecture\u00a0: la tentative est terminée, Moodle l’ouvre donc en relecture. Réinitialiser lance une nouvelle tentative.',
  attemptAgain: 'Recommencé\u00a0: le dernier exit n’était pas « suspend », Moodle ne reprend donc pas (entry « »).',
  leave: 'Quitter et revenir',
  reset: 'Réinitialiser\u00a0: nouvelle tentative',
  statusCaption: 'Statut (rapport de base de Moodle)',
  rows: {
    lessonStatus: 'Statut de la leçon',
    completionStatus: 'Achèvement',
    successStatus: 'Réussite',
    score: 'Score',
    progress: 'Progression',
    location: 'Signet',
    suspendData: 'Progression enregistrée',
    exit: 'Exit',
    sessionTime: 'Durée de la session',
  },
  interactions: 'Réponses',
  question: 'Question',
  response: 'Réponse de l’apprenant',
  correctResponse: 'Bonne réponse',
  result: 'Résultat',
  results: { correct: 'juste', incorrect: 'faux', wrong: 'faux', neutral: 'neutre', unanticipated: 'inattendu' },
  lmsWarnings: 'Avertissements du LMS',
  apiCalls: 'Appels d’API',
  slide: (n, title) => `diapositive ${n}\u00a0: ${title}`,
  score: (raw, min, max, scaled) => `${raw} (min ${min}, max ${max}${scaled === '' ? '' : `, échelonné ${scaled}`})`,
  characters: (n, limit) => `${n} sur ${limit} caractères`,
  commits: (n, last) => `${plural('fr', n, 'commit', 'commits')} dans cette session, le dernier à ${last}`,
  noCommits: 'Rien d’enregistré (commit) dans cette session pour l’instant',
  pending: (n) => ` ; ${plural('fr', n, 'valeur', 'valeurs')} posée(s) depuis, pas encore enregistrée(s)`,
  notStoredYet: 'normal\u00a0: rien n’est encore enregistré pour cela',
  range: (min, max) => `${min} à ${max}`,
  or: 'ou',
  units: ['j', 'h', 'min', 's'],
};

const es: PreviewWords = {
  hasErrorsTitle: 'La lección tiene errores',
  previewOf: (dir) => `vista previa de scormdown de ${dir}`,
  versionNav: 'Versión de SCORM',
  everyQuestion: 'Mostrar todas las preguntas de los bancos (solo en la vista previa)',
  watching: 'Sigue cada vez que guardas la lección.',
  cannotWatch: 'No se puede vigilar la carpeta de la lección: recarga esta página después de guardar.',
  builtAt: (time) => `Construido a las ${time}.`,
  lostTouch: 'Se perdió el contacto con scormdown preview: lo guardado no se verá hasta que vuelva a funcionar.',
  building: 'Guardado: se está construyendo la lección…',
  warnings: (n) => plural('es', n, 'aviso', 'avisos'),
  errorsHeading: (n) => `La lección tiene ${plural('es', n, 'error', 'errores')}`,
  errorsStatus: (n) => `La lección tiene ${plural('es', n, 'error', 'errores')}: corrige y guarda.`,
  fixThem: 'Corrígelos en los archivos indicados abajo y guarda: la lección vuelve sola.',
  courseFrame: (title) => `Curso: ${title}`,
  panelTitle: 'Lo que ha guardado el LMS',
  attemptNew: 'Intento nuevo: el curso empieza desde el principio (entry «ab-initio»).',
  attemptResumed: 'Reanudado: el curso indicó exit «suspend» la última vez (entry «resume»).',
  attemptReview:
    'Modo revisión: el intento ha terminado, así que Moodle lo abre para revisarlo. Reiniciar empieza un intento nuevo.',
  attemptAgain: 'Empezado de nuevo: el último exit no fue «suspend», así que Moodle no reanuda (entry «»).',
  leave: 'Salir y volver',
  reset: 'Reiniciar: intento nuevo',
  statusCaption: 'Estado (informe básico de Moodle)',
  rows: {
    lessonStatus: 'Estado de la lección',
    completionStatus: 'Finalización',
    successStatus: 'Aprobado',
    score: 'Puntuación',
    progress: 'Progreso',
    location: 'Marcador',
    suspendData: 'Progreso guardado',
    exit: 'Exit',
    sessionTime: 'Tiempo de sesión',
  },
  interactions: 'Respuestas',
  question: 'Pregunta',
  response: 'Respuesta del estudiante',
  correctResponse: 'Respuesta correcta',
  result: 'Resultado',
  results: {
    correct: 'correcta',
    incorrect: 'incorrecta',
    wrong: 'incorrecta',
    neutral: 'neutra',
    unanticipated: 'inesperada',
  },
  lmsWarnings: 'Avisos del LMS',
  apiCalls: 'Llamadas a la API',
  slide: (n, title) => `diapositiva ${n}: ${title}`,
  score: (raw, min, max, scaled) => `${raw} (mín ${min}, máx ${max}${scaled === '' ? '' : `, escalada ${scaled}`})`,
  characters: (n, limit) => `${n} de ${limit} caracteres`,
  commits: (n, last) => `${plural('es', n, 'commit', 'commits')} en esta sesión, el último a las ${last}`,
  noCommits: 'Aún no se ha guardado nada (commit) en esta sesión',
  pending: (n) => `; ${plural('es', n, 'valor', 'valores')} puesto(s) desde entonces, aún sin guardar`,
  notStoredYet: 'normal: aún no hay nada guardado para esto',
  range: (min, max) => `${min} a ${max}`,
  or: 'o',
  units: ['d', 'h', 'min', 's'],
};

export const PREVIEW_WORDS: Readonly<Record<AuthorLanguage, PreviewWords>> = { en, nl, de, fr, es };

/** The table of a page's language (`<html lang>`), English for one the tool does not speak. */
export function previewWordsFor(lang: string | undefined): PreviewWords {
  return (PREVIEW_WORDS as Readonly<Record<string, PreviewWords>>)[lang ?? ''] ?? en;
}
