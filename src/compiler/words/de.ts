// Every text the tool says to an author, in German: the same keys and signatures as en.ts (`Words`).
// Codes, keys (`title:`), values (`true`) and directives (`::quiz`) stay as the author types them.
// The author is addressed as "du", as the player addresses the learner.

import type { Text, Words } from './en.js';
import type {
  AssetKind,
  FileKind,
  ImportedKind,
  QuestionsLoss,
  RemovedAttribute,
  TranslationKept,
  UnreadableWhy,
} from './words-types.js';
import { sayIn } from './say-in.js';

const { count, n, languageName, list } = sayIn('de', 'und');

const QUESTIONS_LOSSES: Record<QuestionsLoss, string> = {
  points: 'ihre Punkte',
  case: 'ihre Einstellung für Groß- und Kleinschreibung (caseSensitive)',
  unit: 'ihre Einheit',
  feedback: 'ihr Feedback',
  files: 'ihre Bilder und Dateien',
  'description-files': 'die Bilder ihrer Beschreibungen',
};

/** "U+000B vertical tab" -> "U+000B": the code point says it in every language. */
const char = (name: string): string => `das unsichtbare Zeichen ${name.split(' ')[0] ?? name}`;

const ASSET_KINDS: Record<AssetKind, string> = {
  image: 'Bild',
  audio: 'Audiodatei',
  video: 'Video',
  media: 'Mediendatei',
  link: 'verlinkte Datei',
  style: 'Datei im CSS',
};

const FILE_KINDS: Record<FileKind, string> = {
  folder: 'ein Ordner',
  fifo: 'ein FIFO (Named Pipe)',
  device: 'ein Gerät',
  socket: 'ein Socket',
  'socket-or-device': 'ein Socket oder ein Gerät',
  other: 'keine gewöhnliche Datei',
};

const UNREADABLE: Record<UnreadableWhy, string> = {
  permission: 'keine Berechtigung',
  loop: 'seine Links führen im Kreis',
  changed: 'sie hat sich beim Lesen geändert; baue noch einmal',
};

const IMPORTED_KINDS: Record<ImportedKind, string> = {
  binary: 'keine Textdatei',
  docx: 'ein Word-Dokument',
  zip: 'eine Zip-Datei, die keine PowerPoint-Präsentation ist',
  xml: 'eine XML-Datei, die keine Moodle-Fragensammlung ist',
  text: 'ein Text, der kein Folienexport, keine GIFT-Datei und kein Moodle XML ist',
  protected: 'eine passwortgeschützte Office-Datei, die ohne Passwort nicht lesbar ist',
};

const REMOVED_WHY: Record<RemovedAttribute, string> = {
  srcset: 'es Bilder lädt, denen die Paketprüfung nicht folgen kann',
  ping: 'es Klicks an eine andere Adresse meldet',
  background: 'es ein Bild lädt, dem die Paketprüfung nicht folgen kann',
  autoplay: 'Ton oder Video erst starten, wenn die lernende Person sie startet (WCAG 1.4.2)',
};

const QUIZ_PARTS: Record<'options' | 'items' | 'pairs', [string, string]> = {
  options: ['Antwortmöglichkeit', 'Antwortmöglichkeiten'],
  items: ['Element', 'Elemente'],
  pairs: ['Paar', 'Paare'],
};

export const de: Words = {
  hint: {
    FRONT_MATTER_MISSING:
      'beginne lesson.md mit einer Zeile `---`, dann `title:` und `id:`, dann einer schließenden Zeile `---`',
    FRONT_MATTER_INVALID: 'die Front Matter besteht aus Zeilen `Schlüssel: Wert` zwischen zwei Zeilen mit nur `---`',
    FRONT_MATTER_UNCLOSED: 'setze eine Zeile `---` nach den letzten Schlüssel der Front Matter',
    YAML_TAB:
      'rücke mit Leerzeichen ein, nicht mit Tabs (stelle deinen Editor so ein, dass die Tab-Taste Leerzeichen einfügt)',
    YAML_SYNTAX:
      'prüfe Einrückung, Doppelpunkte und Anführungszeichen; setze Text mit `: ` oder `#` in Anführungszeichen',
    META_TITLE_MISSING: 'ergänze `title: "Der Titel der Lektion"` in der Front Matter',
    META_ID_MISSING:
      'ergänze `id: meine-lektion` in der Front Matter (Buchstaben, Ziffern, `-`, `_`, `.`, beginnend mit einem Buchstaben)',
    META_ID_INVALID:
      'verwende nur Buchstaben, Ziffern, `-`, `_` und `.`, beginnend mit einem Buchstaben, z. B. `id: les6-klachten`',
    META_PASSING_SCORE_RANGE: 'gib einen Prozentsatz von 0 bis 100 an, z. B. `passingScore: 70`',
    META_COMPLETION_NO_QUIZ:
      'füge bewertete Fragen mit `::quiz` oder `::question` hinzu, oder schreibe `completion: slides`',
    LESSON_FILE_MISSING: 'ein Lektionsordner braucht eine Datei lesson.md',
    LESSON_NO_SLIDES: 'schreibe mindestens eine Folie unter die Front Matter',
    SLIDE_EMPTY: 'entferne eine der beiden Zeilen `---`, oder schreibe etwas auf die Folie',
    DIRECTIVE_ARGUMENTS: 'schreibe `::question ID` mit genau einer Fragen-ID',
    SLIDE_ID_INVALID:
      'schreibe `::slide mein-name` in eine eigene Zeile: ein Name aus Buchstaben, Ziffern, `-` und `_`, beginnend mit einem Buchstaben',
    SLIDE_ID_DUPLICATE: 'gib jeder Folie einen eigenen `::slide`-Namen',
    VIDEO_NEEDS_INTERNET:
      'in Ordnung, wo die Lernenden Internet haben; für eine Lektion, die offline funktioniert: lege die Videodatei in assets/ und schreibe ![Titel](assets/video.mp4)',
    GATE_INVALID:
      'schreibe `::gate` allein in eine Zeile der ersten Folie, die geschlossen bleibt, bis der Test abgeschlossen ist',
    GATE_TWICE: 'das erste `::gate` schließt schon jede Folie danach: entferne dieses hier',
    GATE_BEFORE_QUIZ:
      'verschiebe `::gate` auf eine Folie nach dem Test und seiner Ergebnisfolie: sonst käme man nie zu den Fragen, die es schließt',
    GATE_NO_QUIZ:
      'ein `::gate` wartet, bis der Test abgeschlossen ist: füge bewertete Fragen hinzu, oder entferne `::gate`',
    TIMER_INVALID: 'schreibe die Zeit als Minuten:Sekunden oder Stunden:Minuten:Sekunden, z. B. `::timer 20:00`',
    QUIZ_FILE_MISSING: 'lege die Datei neben lesson.md an, oder korrigiere `quiz:` in der Front Matter',
    QUIZ_NOT_A_LIST: 'eine Testdatei ist eine Liste von Fragen: jede Frage beginnt mit `- id: ...`',
    QUIZ_MISSING_FIELD: 'ergänze das Feld in der Frage (die README beschreibt die Felder jedes Fragetyps)',
    QUIZ_INVALID_VALUE: 'die README beschreibt, was dieses Feld enthält',
    QUIZ_ID_INVALID: 'verwende nur Buchstaben, Ziffern, `-` und `_`, z. B. `id: soorten-klachten`',
    QUIZ_DUPLICATE_ID: 'gib jeder Frage eine eigene ID',
    QUIZ_NO_CORRECT: 'markiere mindestens eine Antwortmöglichkeit mit `correct: true`',
    QUIZ_OPTION_COUNT: 'gib 2 bis 26 Antwortmöglichkeiten (Elemente, Paare) an',
    QUESTION_NOT_DEFINED: 'prüfe die Schreibweise, oder füge der Testdatei eine Frage mit dieser ID hinzu',
    QUESTION_PLACED_TWICE: 'eine Frage kann nur auf einer Folie stehen; entferne eine der beiden',
    QUESTION_UNUSED: 'setze sie mit `::question ID` auf eine Folie, oder füge der Lektion `::quiz` hinzu',
    QUIZ_DRAW_INVALID:
      'schreibe `::quiz draw 3` (3 Fragen aus diesem Abschnitt gezogen) oder `::quiz draw 3 id1 id2 id3 id4`',
    QUIZ_DRAW_TOO_MANY: 'ziehe weniger Fragen, oder füge diesem `::quiz`-Abschnitt bewertete Fragen hinzu',
    QUIZ_SECTION_EMPTY: 'jede Frage steht schon woanders: entferne dieses `::quiz`, oder schreibe IDs dahinter',
    ASSET_MISSING:
      'prüfe die Schreibweise (Groß- und Kleinschreibung zählt auf dem Server des LMS) oder lege die Datei in den Lektionsordner',
    LINK_OUTSIDE_LESSON:
      'kopiere die Datei selbst in den Lektionsordner, statt auf sie zu verlinken: ein Paket enthält nur den Lektionsordner',
    MARKDOWN_INDENTED_CODE:
      'entferne die Leerzeichen oder den Tab vor der Zeile; für gewollten Code setze ihn zwischen zwei Zeilen ```',
    ASSET_OUTSIDE_LESSON:
      'verschiebe die Datei in den Lektionsordner (z. B. assets/) und verweise relativ zu lesson.md auf sie',
    ASSET_REMOTE:
      'lade die Datei nach assets/ herunter und verweise als assets/<name> auf sie: das Paket darf nichts von außerhalb laden',
    MARKDOWN_TOO_DEEP:
      'Zitate, Listen oder Hervorhebungen sind hier tausende Ebenen tief verschachtelt: schreibe den Text schlicht',
    FILE_NOT_REGULAR:
      'lege eine gewöhnliche Datei an ihre Stelle: ein Ordner, FIFO, Gerät oder Socket kann nicht in ein Paket',
    FILE_UNREADABLE:
      'prüfe, ob du die Datei und ihren Ordner lesen darfst (z. B. `chmod a+r` für die Datei, `chmod a+rx` für ihren Ordner)',
    FILE_HARD_LINKED:
      'wenn es nicht die eigene Datei deiner Lektion ist, kopiere sie in den Lektionsordner (cp, nicht ln) oder entferne die anderen Links',
    TEXT_INVISIBLE_CHAR:
      'lösche das Zeichen (tippe den Text drumherum neu): es kommt oft mit Text, der aus einem anderen Programm kopiert wurde',
    TEXT_CHAR_REPLACED:
      'tippe dort stattdessen ein Leerzeichen (oder nutze auf einer Folie einen Markdown-Zeilenumbruch), damit diese Warnung verschwindet',
    META_ID_TOO_LONG: 'verwende eine kurze ID, z. B. `id: les6-klachten`: die Zip-Dateien werden nach ihr benannt',
    ASSET_NAME_TOO_LONG:
      'benenne die Datei oder den Ordner kürzer: manche Systeme können die Zip-Datei sonst nicht entpacken',
    SUSPEND_DATA_BUDGET:
      'teile die Lektion in zwei, oder veröffentliche das SCORM-2004-Paket (64.000 Zeichen): ein LMS, das SCORM 1.2 auf 4.096 Zeichen begrenzt, verliert den Fortschritt darüber hinaus',
    QUIZ_EMPTY_TEXT: 'schreibe den Text, oder entferne den Eintrag',
    HTML_REFUSED:
      'entferne es: eine Lektion führt kein eigenes Skript aus und lädt nichts von außerhalb ihres Pakets (siehe README, Security)',
    HTML_REMOVED:
      'entferne es, oder schreibe es mit den Elementen und Attributen, die die README nennt (Security): der Build lässt es weg',
    CSS_REFUSED: 'schreibe das CSS ohne es; ein Bild kommt mit url(assets/bild.png) hinein, einer Datei des Pakets',
    YAML_UNQUOTED_COLON: 'setze einen Text mit ": " in doppelte Anführungszeichen',
    COURSE_INVALID:
      'course.yaml enthält `title:`, `id:`, die Lektionsordner als Liste unter `lessons:` und Vorgaben für die Lektionen wie `passingScore: 70`',
    COURSE_LESSON_MISSING:
      'schreibe den Pfad eines Lektionsordners (mit lesson.md) relativ zu course.yaml, z. B. `- les-1`',
    COURSE_DUPLICATE_ID:
      'gib jeder Lektion des Kurses eine eigene `id:` in ihrer Front Matter: die Zip-Dateien werden nach ihr benannt',
    META_LANGUAGE_NO_UI:
      'in Ordnung, wenn englische Schaltflächen zu deinen Lernenden passen; sonst schreibe die Texte des Players selbst mit `ui:` in der Front Matter (siehe README)',
    QUESTIONS_GRADED_OTHERWISE:
      'schreibe `scoring: partial` an die Frage (oder in die Front Matter), dann gibt der Player wie Moodle einen Teil der Punkte',
    QUESTIONS_NONE:
      'schreibe Fragen in quiz.yaml und setze sie mit `::quiz` oder `::question ID` ein (README: quiz.yaml)',
    TRANSLATION_SAME_LANGUAGE: 'schreibe nach --to die Sprache, in die übersetzt werden soll, z. B. `--to de`',
    TRANSLATION_KEPT:
      'übersetze den Text in der Datei und importiere noch einmal; ist der Text geändert, exportiere noch einmal in dieselbe Datei (`--out`): die anderen Übersetzungen bleiben erhalten',
    IMPORT_NOT_RECOGNISED:
      'importiere einen Textexport eines Folienprogramms (.txt), eine PowerPoint-Präsentation (.pptx), eine GIFT-Datei oder eine Moodle-XML-Fragensammlung',
  },

  didYouMean: (meant) => (meant === null ? '' : `; meintest du "${meant}"?`),
  knownValues: (values) => `verwende eines von: ${values.join(', ')}`,

  frontMatterMissing: () => 'lesson.md beginnt nicht mit einer Front Matter (einer Zeile `---`)',
  frontMatterUnclosed: (lastLine) =>
    `die Front Matter wird nie geschlossen: hierher, nach Zeile ${lastLine}, gehört eine Zeile \`---\``,
  frontMatterNotKeys: () => 'die Front Matter ist keine Liste von Zeilen `Schlüssel: Wert`',
  metaUnknownKey: (key) => `unbekannter Schlüssel "${key}" in der Front Matter`,
  metaKnownKeys: (keys) => `bekannte Schlüssel: ${keys.join(', ')}`,
  metaTitleMissing: () => 'die Front Matter hat kein `title:`',
  metaIdMissing: () => 'die Front Matter hat kein `id:`',
  metaCharReplaced: (key, name) =>
    `${key} enthält ${char(name)}, einen Zeilenumbruch, den niemand sieht: er wird durch ein Leerzeichen ersetzt`,
  metaCharInvisible: (key, name) =>
    `${key} enthält ${char(name)}, ein Zeichen, das niemand sieht und das das Manifest des Pakets nicht aufnehmen kann`,
  metaTitleEmpty: () => '`title:` ist leer',
  metaIdInvalid: (id) => `"${id}" ist keine gültige Lektions-ID`,
  metaIdTooLong: (length, max) =>
    `die ID ist ${length} Zeichen lang; sie benennt die Zip-Dateien, und ein Dateiname darf hier ${max} lang sein`,
  metaLanguageInvalid: (language) => `"${language}" ist kein Sprachcode`,
  metaLanguageHint: () => 'verwende einen Code wie `de`, `nl` oder `de-CH`',
  passingScoreFraction: (written, percent): Text => ({
    message: `passingScore ${written} ist ein Prozentsatz: wer ${written} % oder mehr erreicht, hätte bestanden`,
    hint: `für ${percent} % schreibe \`passingScore: ${percent}\``,
  }),
  passingScoreRange: (written) => `passingScore ${written || '(leer)'} ist kein Prozentsatz von 0 bis 100`,
  attemptsInvalid: (written) => `attempts ${written || '(leer)'} ist keine ganze Zahl`,
  attemptsHint: () => 'gib die Zahl der Testversuche an, z. B. `attempts: 2`, oder 0 für unbegrenzt',
  metaShuffleInvalid: (written) => `shuffle "${written}" ist nicht true oder false`,
  metaShuffleHint: () =>
    'schreibe `shuffle: true`, um die Antwortmöglichkeiten jeder Einfach- und Mehrfachauswahlfrage zu mischen',
  metaTriesInvalid: (written, max) => `tries ${written || '(leer)'} ist keine ganze Zahl von 1 bis ${max}`,
  triesHint: () => 'z. B. `tries: 2`: eine falsche Antwort darf einmal geändert und noch einmal geprüft werden',
  metaNotText: (key) => `${key} muss Text sein`,
  metaOneLine: (key) => `schreibe \`${key}: ...\` in eine Zeile`,
  metaNotAllowed: (key, value) => `${key} "${value}" ist nicht erlaubt`,
  themeNotMap: () => '`theme:` braucht Zeilen `Schlüssel: Wert` darunter',
  themeHint: () => 'z. B. `theme:` und darunter `  color: "#0a58a8"`, `  logo: assets/logo.png`, `  font: serif`',
  themeColorEmpty: () =>
    'die Theme-Farbe ist leer: YAML liest ein # ohne Anführungszeichen als Beginn eines Kommentars, also schreibe die Farbe in Anführungszeichen, `color: "#0a58a8"`',
  themeColorInvalid: (value) => `die Theme-Farbe "${value}" ist keine Farbe wie "#0a58a8"`,
  themeLogoInvalid: () =>
    'das Theme-Logo muss ein Bild im Lektionsordner nennen (.png, .jpg, .gif, .svg, .webp oder .avif)',
  themeUnknownKey: (key) => `unbekannter Theme-Schlüssel "${key}"`,
  themeContrast: (color, ratio) =>
    `die Theme-Farbe ${color} hat einen Kontrast von ${ratio.toLocaleString('de', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1 zu Weiß: Schaltflächen und Links darin sind schwer zu lesen (mindestens 4,5:1)`,
  themeContrastHint: (shade) => `ein dunklerer Ton, der 4,5:1 erreicht: \`color: "${shade}"\``,
  languageNoUi: (language, known) =>
    `der Player hat keine Texte in "${language}" (er hat ${known.join(', ')}): seine Schaltflächen und Meldungen sind auf Englisch`,
  uiNotMap: () => '`ui:` braucht eine Liste von Zeilen `Schlüssel: Text` darunter',
  uiHint: () => 'z. B. `ui:` und darunter `  next: Weiter` (die Schlüssel stehen in der README)',
  uiUnknownKey: (key) => `unbekannter ui-Schlüssel "${key}"`,
  metaQuizInvalid: () => 'quiz muss ein Dateiname oder eine Liste von Dateinamen sein',
  metaQuizHint: () => 'z. B. `quiz: quiz.yaml` oder `quiz: [teil1.yaml, teil2.yaml]`',

  yamlTab: () => 'diese Zeile ist mit einem Tab eingerückt; YAML erlaubt dort nur Leerzeichen',
  yamlParser: (parserMessage) => `ungültiges YAML: ${parserMessage}`,
  yaml: {
    colon: (line): Text => ({
      message: `dieser Text enthält ": " ohne Anführungszeichen, also liest YAML den Teil davor als Schlüssel: schreibe die Zeile als \`${line}\``,
      hint: 'setze einen Text mit ": " in doppelte Anführungszeichen',
    }),
    'duplicate-key': (key): Text => ({
      message: `\`${key}:\` steht hier zweimal; eine Frage (oder eine Liste von Paaren) kann jeden Schlüssel nur einmal haben`,
      hint: 'entferne eine der beiden Zeilen, oder gib der zweiten einen eigenen Namen',
    }),
    'indented-more': (above): Text => ({
      message: `diese Zeile ist weiter eingerückt als Zeile ${above}, also liest YAML sie als Fortsetzung des Textes dieser Zeile`,
      hint: 'beginne die Zeile genau unter dem Schlüssel darüber (mit gleich vielen Leerzeichen)',
    }),
    'indented-less': (): Text => ({
      message: 'diese Zeile ist weniger (oder weiter) eingerückt als die Zeilen, zu denen sie gehört',
      hint: 'beginne jeden Schlüssel einer Frage unter `id:`, und jedes `- ` einer Liste unter dem ersten',
    }),
    'no-space-after-colon': (line): Text => ({
      message: `nach dem Doppelpunkt eines Schlüssels gehört ein Leerzeichen: schreibe die Zeile als \`${line}\``,
      hint: 'setze ein Leerzeichen nach den `:` jedes Schlüssels',
    }),
    'no-colon': (key): Text => ({
      message: `nach \`${key}\` steht kein Doppelpunkt, also liest YAML es nicht als Schlüssel`,
      hint: `schreibe \`${key}: \` und danach seinen Wert`,
    }),
    'unclosed-quote': (q): Text => ({
      message: `dieser Text beginnt mit ${q}, wird aber nie mit ${q} geschlossen, also liest YAML bis zum Ende der Datei weiter`,
      hint: `setze ${q} ans Ende des Textes`,
    }),
    'unclosed-bracket': (bracket): Text => ({
      message: `diese Liste beginnt mit ${bracket}, wird aber in derselben Zeile nie mit ${bracket === '{' ? '}' : ']'} geschlossen`,
      hint: `schließe sie in dieser Zeile, oder setze einen Text, der mit ${bracket} beginnt, in doppelte Anführungszeichen`,
    }),
    'reserved-start': (line): Text => ({
      message: `YAML gibt dem ersten Zeichen dieses Textes eine eigene Bedeutung: schreibe die Zeile als \`${line}\``,
      hint: 'ein Text, der mit * & ! [ { > | @ ` % oder ? beginnt, gehört in doppelte Anführungszeichen',
    }),
    'text-after-quote': (line): Text => ({
      message: `der Text geht nach seinem schließenden Anführungszeichen weiter: schreibe die Zeile als \`${line}\``,
      hint: "die Anführungszeichen gehören um den ganzen Text; ein ' in einfachen Anführungszeichen wird doppelt geschrieben ('')",
    }),
    'bad-escape': (line): Text => ({
      message: `in doppelten Anführungszeichen beginnt ein Backslash einen Code wie \\n: schreibe die Zeile als \`${line}\``,
      hint: 'setze einen Text mit Backslash (einen Windows-Pfad) in einfache Anführungszeichen, oder schreibe den Backslash doppelt',
    }),
    'unindented-text': (above): Text => ({
      message: `diese Zeile setzt den Text von Zeile ${above} fort, ist aber nicht eingerückt`,
      hint: 'schreibe den Text in eine Zeile, oder rücke die Fortsetzungszeilen unter dem Text ein',
    }),
    'dash-without-space': (line): Text => ({
      message: `ein Listeneintrag beginnt mit \`- \` (Strich und Leerzeichen): schreibe die Zeile als \`${line}\``,
      hint: 'setze ein Leerzeichen nach den `-`',
    }),
    'extra-document': (): Text => ({
      message: 'eine Testdatei enthält eine Liste von Fragen: diese Zeile `---` beginnt eine zweite',
      hint: 'entferne die Zeile `---`: die Fragen folgen aufeinander, jede beginnt mit `- id:`',
    }),
  },

  slideEmpty: () => 'diese Folie ist leer',
  lessonNoSlides: () => 'lesson.md hat keine Folien',
  slideIdDuplicate: (id, line) => `eine andere Folie heißt auch "${id}" (Zeile ${line})`,
  gateAlreadyCloses: (line) => `das \`::gate\` in Zeile ${line} schließt diese Folie schon`,
  markdownTooDeep: () => 'dieses Markdown ist zu tief verschachtelt, um gelesen zu werden',
  gateAlone: () => '`::gate` steht allein auf seiner Folie',
  gateAloneHint: () => 'schreibe `::gate` auf die erste Folie, die geschlossen bleibt, neben ihren Inhalt',
  gateArguments: (found) => `\`::gate\` hat keine Argumente, gefunden "${found}"`,
  gateTwiceOnSlide: (line) => `diese Folie hat schon ein \`::gate\` (Zeile ${line})`,
  slideNamedTwice: (id) => `diese Folie heißt schon "${id}"`,
  slideNamedTwiceHint: () => 'gib einer Folie nur ein `::slide ID`',
  slideIdInvalid: (written) => `"${written || '(nichts)'}" ist kein Folienname`,
  questionArguments: (found) => `::question braucht genau eine Fragen-ID, gefunden ${found}`,
  directiveUnknown: (name) => `unbekannte Direktive "${name}"`,
  directiveKnown: (names) =>
    `bekannte Direktiven: ${names.join(', ')} (z. B. \`::timer 20:00\`, \`::question meine-id\`, \`::quiz\`, \`::video https://youtu.be/ID\`)`,
  quizUnknownWord: (word) => `unbekanntes Wort "${word}" nach \`::quiz\``,
  quizDrawCount: (found) =>
    `\`::quiz draw\` braucht eine ganze Zahl von Fragen ab 1, gefunden "${found || '(nichts)'}"`,
  videoNoAddress: () => '`::video` braucht die Adresse eines Videos',
  videoNotAddress: (url) => `"${url}" ist keine Adresse eines YouTube- oder Vimeo-Videos`,
  videoForms: (forms) => `schreibe \`::video\` und eines von: ${forms.join(', ')}`,
  videoNeedsInternet: (site) =>
    `diese Folie zeigt ein Video von ${site}: die Lernenden brauchen Internet (und ${site} darf nicht gesperrt sein), um es zu sehen`,
  timerInvalid: (written) => `"${written || '(nichts)'}" ist keine Timer-Dauer`,

  quizNotAList: (file) => `${file} ist keine Liste von Fragen`,
  quizEntryNotQuestion: () => 'dieser Eintrag ist keine Frage',
  quizEntryNotQuestionHint: () => 'jede Frage ist ein Block von Zeilen `Schlüssel: Wert`, der mit `- id: ...` beginnt',
  quizNoId: () => 'diese Frage hat kein `id:`',
  quizNoIdHint: () => 'ergänze `id: ein-kurzer-name` (Buchstaben, Ziffern, `-`, `_`)',
  quizIdInvalid: (id) => `die Fragen-ID "${id}" darf nur Buchstaben, Ziffern, \`-\` und \`_\` enthalten`,
  quizTypeHint: (types) => `ergänze \`type:\` mit einem von: ${types.join(', ')}`,
  quizUnknownType: (id, type) => `die Frage "${id}" hat den unbekannten Typ "${type}"`,
  quizTriesInvalid: (id, max, written) =>
    `tries der Frage "${id}" muss eine ganze Zahl von 1 bis ${max} sein, nicht "${written}"`,
  quizShuffleIgnored: (id, type) =>
    `die Frage "${id}" (${type}) hat keine Antwortmöglichkeiten zum Mischen: \`shuffle\` wird ignoriert`,
  quizShuffleIgnoredHint: (alwaysMixed) =>
    `nur Einfach- und Mehrfachauswahlfragen werden gemischt; ${alwaysMixed ? 'dieser Typ wird immer gemischt gezeigt' : 'entferne `shuffle:`'}`,
  quizTriesIgnored: (id) => `die offene Frage "${id}" ist nie falsch: \`tries\` wird ignoriert`,
  removeField: (key) => `entferne \`${key}:\``,
  quizPointsIgnored: (id) => `die offene Frage "${id}" wird aufgezeichnet, nicht bewertet: \`points\` wird ignoriert`,
  quizPointsIgnoredHint: () => 'entferne `points:`, oder mache sie zu einem bewerteten Fragetyp',
  quizUnknownField: (id, type, key) => `die Frage "${id}" (${type}) hat ein unbekanntes Feld "${key}"`,
  quizFieldsOf: (type, fields) => `Felder einer Frage vom Typ ${type}: ${fields.join(', ')}`,
  quizPromptHint: () => 'ergänze `prompt:` mit der Frage, die die Lernenden sehen',
  quizFeedbackNotMap: (id) => `das Feedback der Frage "${id}" braucht Zeilen \`correct:\` und/oder \`incorrect:\``,
  quizFeedbackUnknown: (id, key) => `das Feedback der Frage "${id}" hat ein unbekanntes Feld "${key}"`,
  quizFeedbackHint: () => 'verwende `correct:` und `incorrect:`',
  quizPointsInvalid: (id, written) => `points der Frage "${id}" muss eine Zahl ab 0 sein, nicht "${written}"`,
  quizPointsHint: () => 'z. B. `points: 2`; lass es weg für 1 Punkt',
  quizMissingField: (id, key) => `die Frage "${id}" hat kein \`${key}:\``,
  quizNotText: (what, id) => `${what} der Frage "${id}" muss Text sein`,
  quizTooDeep: (what, id) => `${what} der Frage "${id}" ist zu tief verschachtelt, um gelesen zu werden`,
  quizTextEmpty: (what, id) => `${what} der Frage "${id}" ist leer`,
  quizNotBoolean: (what, id, written) => `${what} der Frage "${id}" muss true oder false sein, nicht "${written}"`,
  booleanHint: (written, meant) =>
    meant === null
      ? 'schreibe `true` oder `false` (ohne Anführungszeichen)'
      : `schreibe \`${meant}\` für ${written}: nur \`true\` und \`false\` werden als ja und nein gelesen`,
  thePrompt: () => 'der Fragetext',
  theFeedback: (key) => `feedback.${key}`,
  anOption: () => 'eine Antwortmöglichkeit',
  anItem: () => 'ein Element',
  aTerm: () => 'ein Begriff',
  theDescriptionOf: (term) => `die Beschreibung von "${term}"`,
  theField: (key) => key,
  quizAnswerHint: () => 'ergänze `answer: true` oder `answer: false`',
  quizScoringUnknown: (id, written) => `scoring der Frage "${id}" ist "${written}"`,
  quizOptionCount: (id, found, what) =>
    `die Frage "${id}" hat ${found < 2 ? `nur ${found}` : found} ${QUIZ_PARTS[what][found === 1 ? 0 : 1]}; sie braucht 2 bis 26`,
  quizNotList: (key, id) => `${key} der Frage "${id}" muss eine Liste sein`,
  quizOptionsHint: () =>
    'ergänze `options:` mit einer Liste von Einträgen `- text: ...`, einer davon mit `correct: true`',
  quizOptionsListHint: () => 'beginne jede Antwortmöglichkeit mit `- text: `',
  quizOptionNoText: (id) => `eine Antwortmöglichkeit der Frage "${id}" hat kein \`text:\``,
  quizOptionNoTextHint: () =>
    'schreibe die Antwortmöglichkeit als `- text: ...` (mit `correct: true` darunter, wenn sie richtig ist), oder allein als `- ...`',
  quizNoCorrect: (id) => `die Frage "${id}" hat keine richtige Antwortmöglichkeit`,
  quizSingleCorrect: (id, found) =>
    `die Einfachauswahlfrage "${id}" hat ${found} richtige Antwortmöglichkeiten; sie braucht genau eine`,
  quizSingleCorrectHint: () =>
    'lass `correct: true` bei einer Antwortmöglichkeit, oder verwende `type: multiple`, wenn mehrere richtig sind',
  quizItemsHint: () => 'ergänze `items:` mit den Elementen in der richtigen Reihenfolge',
  quizItemsListHint: () => 'schreibe `items: [erstes, zweites, drittes]`',
  quizPairsHint: () => 'ergänze `pairs:` mit einer Zeile `Begriff: Beschreibung` pro Paar',
  quizPairsInvalid: (id) => `pairs der Frage "${id}" müssen Zeilen \`Begriff: Beschreibung\` sein`,
  quizAnswersHint: () => 'ergänze `answers: [erste akzeptierte Antwort, eine weitere akzeptierte Antwort]`',
  quizAnswerEmpty: (id) => `die Frage "${id}" hat eine leere akzeptierte Antwort`,
  quizAnswerEmptyHint: () => 'jede akzeptierte Antwort ist ein nicht leerer Text',
  numberInvalid: (key, id, limit, decimals, written) =>
    `${key} der Frage "${id}" muss eine Zahl von -${limit} bis ${limit} mit höchstens ${decimals} Nachkommastellen sein, nicht "${written}"`,
  numberHint: (example) => `${example}; schreibe sie mit Punkt, ohne Anführungszeichen`,
  unitInvalid: (id, written) => `die Einheit der Frage "${id}" muss ein Wort ohne Ziffern sein, nicht "${written}"`,
  unitHint: () => 'z. B. `unit: Grad`, oder lass `unit:` weg',
  exampleTolerance: () => 'z. B. `tolerance: 2` akzeptiert 73 bis 77 für `answer: 75`',
  exampleMin: () => 'z. B. `min: 70`',
  exampleMax: () => 'z. B. `max: 80`',
  exampleAnswer: () => 'z. B. `answer: 75`',
  toleranceAndRange: (id) => `die Frage "${id}" hat sowohl \`tolerance:\` als auch \`min:\`/\`max:\``,
  toleranceAndRangeHint: () => 'behalte `answer:` mit `tolerance:`, oder gib den Bereich als `min:` und `max:` an',
  toleranceNegative: (id) => `tolerance der Frage "${id}" ist kleiner als 0`,
  toleranceNegativeHint: () => 'z. B. `tolerance: 2`, oder 0 für genau die Antwort',
  toleranceBeyond: (id, limit) => `answer +- tolerance der Frage "${id}" geht über -${limit}..${limit} hinaus`,
  rangeHalf: (id, given, missing) => `die Frage "${id}" hat \`${given}:\` ohne \`${missing}:\``,
  rangeHalfHint: () => 'gib sowohl `min:` als auch `max:` an (die Grenzen gehören dazu)',
  rangeMaxBelowMin: (id) => `max der Frage "${id}" ist kleiner als ihr min`,
  rangeAnswerOutside: (id) => `answer der Frage "${id}" liegt außerhalb von min..max`,
  rangeHint: () => 'der Bereich min..max schließt die Grenzen ein und enthält die Antwort',
  numericNoAnswer: (id) => `die Frage "${id}" hat kein \`answer:\``,
  numericNoAnswerHint: () =>
    'ergänze `answer: 75` (wenn du willst mit `tolerance: 2`), oder den akzeptierten Bereich als `min:` und `max:`',

  quizDuplicateId: (id, where) => `die Fragen-ID "${id}" wird auch in ${where} verwendet`,
  quizFileMissing: (name) => `die Testdatei "${name}" existiert nicht`,
  quizFileOutside: (name) => `die Testdatei "${name}" liegt außerhalb des Lektionsordners`,
  quizFileOutsideHint: () => 'lege die Testdatei in den Lektionsordner, neben lesson.md',
  quizFileNone: (file) => `die Lektion setzt Fragen ein, aber es gibt keine ${file}`,
  quizFileNoneHint: () =>
    'lege quiz.yaml neben lesson.md an, oder nenne deine Testdatei mit `quiz:` in der Front Matter',
  lessonFileMissing: (folder) => `in ${folder} gibt es keine lesson.md`,
  theQuizFile: (name) => `die Testdatei "${name}"`,
  theLessonFile: () => 'lesson.md',
  theAsset: (kind, url) => `${ASSET_KINDS[kind]} "${url}"`,
  theCaptions: (file) => `die Untertitel "${file}" dieses Videos`,
  linkOutside: (what, link, target) =>
    `${what} führt aus dem Lektionsordner hinaus: "${link}" ist ein Link auf ${target}`,
  notAFile: (what, kind) => `${what} ist ${FILE_KINDS[kind]}, keine Datei`,
  unreadable: (what, why) => `${what} kann nicht gelesen werden: ${UNREADABLE[why]}`,
  unreadableFolder: (what, folder) =>
    `${what} kann nicht gelesen werden: keine Berechtigung (der Ordner "${folder}" darf nicht aufgelistet werden)`,
  hardLinked: (what, links) =>
    `${what} hat ${links} harte Links: es kann eine Datei von außerhalb des Lektionsordners sein, und sie kommt so ins Paket, wie sie ist`,
  quizFileFolderHint: (folder) => `nenne die Datei darin in \`quiz:\`, z. B. \`quiz: ${folder}/quiz.yaml\``,

  questionUnused: (id) => `die Frage "${id}" wird nie gezeigt`,
  drawTooMany: (draw, graded) =>
    `\`::quiz draw ${draw}\` zieht mehr Fragen als die ${graded} bewerteten dieses Abschnitts`,
  questionNotDefined: (id) => `die Frage "${id}" steht nicht im Test`,
  questionPlacedTwice: (id, line) => `die Frage "${id}" steht schon in Zeile ${line}`,
  quizSectionEmpty: () => '`::quiz` hat keine Fragen mehr zu zeigen',

  addressRefused: (link, url, scheme) =>
    `${link ? 'der Link' : 'die Datei'} "${url}" ist eine ${scheme}:-Adresse, die eine Lektion nicht verwenden darf`,
  addressRefusedHint: () =>
    'verlinke auf eine Webseite (https://...) oder auf eine Datei der Lektion: ein Link führt kein Skript aus',
  assetRemote: (url) => `"${url}" wird aus dem Internet geladen`,
  assetRemoteVideoHint: (url) =>
    `schreibe \`::video ${url}\` allein in eine Zeile: so wird ein YouTube- oder Vimeo-Video eingebettet`,
  assetOutside: (url) => `"${url}" liegt außerhalb des Lektionsordners`,
  assetIsFolder: (url) => `"${url}" ist ein Ordner, keine Datei`,
  assetIsFolderHint: () => 'verweise auf eine Datei im Ordner',
  assetMissing: (what, meant) =>
    `${what} existiert nicht im Lektionsordner${meant === null ? '' : `; meintest du "${meant}"?`}`,
  assetCapitalsHint: (name) => `die Datei heißt "${name}": Groß- und Kleinschreibung zählt auf dem Server des LMS`,
  gateNoQuiz: () => 'diese Lektion hat keine bewerteten Fragen, also schließt `::gate` nichts',
  gateBeforeResult: (line) =>
    `\`::gate\` schließt die Ergebnisfolie (Zeile ${line}), bis der Test abgeschlossen ist, was er so nie sein kann`,
  gateBeforeQuestion: (title, line) =>
    `\`::gate\` schließt die Frage "${title}" (Zeile ${line}), bis der Test abgeschlossen ist, was er so nie sein kann`,
  completionNoQuiz: (completion) =>
    `completion "${completion}" braucht einen Test, aber die Lektion hat keine bewertete Frage: sie ist abgeschlossen, wenn jede Folie gesehen wurde`,
  indentedCode: () =>
    'dieser Text ist mit einem Tab oder 4 Leerzeichen eingerückt, also erscheint er als Codeblock, nicht als Absatz',
  nameTooLong: (name, path, bytes, max) =>
    `"${name}" in ${path} ist ${bytes} Bytes lang; ein Datei- oder Ordnername darf auf jedem System ${max} lang sein`,

  htmlRefused: (element, why) => `<${element}> ist in einer Lektion nicht erlaubt: es ${why}`,
  htmlRefusedWhy: {
    script: 'führt ein Programm im Fenster der lernenden Person aus',
    iframe: 'zeigt eine andere Webseite in der Lektion',
    frame: 'zeigt eine andere Webseite in der Lektion',
    frameset: 'zeigt andere Webseiten in der Lektion',
    object: 'bettet ein Plug-in oder eine andere Seite ein',
    embed: 'bettet ein Plug-in oder eine andere Seite ein',
    applet: 'bettet ein Plug-in ein',
    portal: 'zeigt eine andere Webseite in der Lektion',
    form: 'schickt, was die lernende Person tippt, an eine andere Adresse',
    base: 'ändert, wohin jeder Link und jede Datei der Seite zeigt, auch die des Players',
    meta: 'kann auf eine andere Seite weiterleiten oder ändern, wie die Seite lädt',
    link: 'lädt ein Stylesheet oder eine andere Datei in die Seite',
    image: 'lädt ein Bild, dem die Paketprüfung nicht folgen kann (ein SVG-<image>)',
    feimage: 'lädt ein Bild, dem die Paketprüfung nicht folgen kann (ein SVG-Filter)',
    use: 'kopiert eine Zeichnung aus einer anderen Datei hinein (ein SVG-<use>)',
    'input-image': 'lädt ein Bild und schickt ein Formular ab',
  },
  htmlRefusedHint: {
    script:
      'entferne es; eine Lektion, die ein eigenes Skript braucht, kann `html: trusted` in die Front Matter schreiben (siehe README, Security)',
    iframe:
      'für ein YouTube- oder Vimeo-Video schreibe `::video URL` allein in eine Zeile; sonst verlinke auf die Seite',
    image: 'zeichne das Bild mit `![alt](assets/bild.png)` oder `<img src="assets/bild.png" alt="...">`',
    feimage: 'zeichne das Bild mit `![alt](assets/bild.png)` oder `<img src="assets/bild.png" alt="...">`',
  },
  htmlRemoved: (element, keepText) =>
    `<${element}> gehört nicht zu den Elementen, die eine Lektion verwenden darf: ${keepText ? 'entfernt, sein Text bleibt' : 'mit seinem Inhalt entfernt'}`,
  htmlTarget: (value, element) =>
    `target="${value}" von <${element}> ist in einer Lektion nicht erlaubt: entfernt, der Link öffnet sich in einem neuen Tab`,
  htmlAttributeRemoved: (attribute, element, why) =>
    `das Attribut ${attribute} von <${element}> ist in einer Lektion nicht erlaubt: entfernt${why === null ? '' : `, da ${REMOVED_WHY[why]}`}`,
  htmlAttributeUrl: (attribute, element) =>
    `das Attribut ${attribute} von <${element}> verweist mit url() auf eine andere Datei: entfernt`,
  htmlHandler: (attribute, element) =>
    `das Attribut ${attribute} von <${element}> führt ein Programm im Fenster der lernenden Person aus`,
  htmlHandlerHint: () =>
    'entferne es; eine Lektion, die ein eigenes Skript braucht, kann `html: trusted` in die Front Matter schreiben (siehe README, Security)',
  htmlFormAction: (attribute, element) =>
    `das Attribut ${attribute} von <${element}> schickt, was die lernende Person tippt, an eine andere Adresse`,
  htmlDataAddress: (attribute, element) =>
    `das Attribut ${attribute} von <${element}> ist eine data:-Adresse, die kein Bild, kein Ton und kein Video ist`,
  styleLessThan: () => 'ein `<` in einem Style-Block könnte ein Element beginnen',
  css: {
    escape: 'ein Backslash-Escape im CSS kann eine Adresse verstecken',
    import: '@import lädt ein anderes Stylesheet',
    'image-set': 'image-set() lädt Bilder, denen die Paketprüfung nicht folgen kann',
    image: 'image() lädt ein Bild, dem die Paketprüfung nicht folgen kann',
    'cross-fade': 'cross-fade() lädt Bilder, denen die Paketprüfung nicht folgen kann',
    src: 'src() lädt eine Datei, der die Paketprüfung nicht folgen kann',
    expression: 'expression() führt in alten Browsern Skript aus',
    binding: 'ein binding oder behavior lädt Skript',
  },

  suspendBudget: (worst, limit, fit) =>
    `mit jeder gesehenen Folie und jeder beantworteten Frage braucht der gespeicherte Fortschritt dieser Lektion bis zu ${n(worst)} Zeichen, ` +
    `und SCORM 1.2 fasst ${n(limit)}: ` +
    (fit.questions === null
      ? `${n(fit.slides)} Folien passen hinein`
      : `mit allen ${n(fit.allSlides)} Folien passen ${n(fit.questions)} ihrer ${n(fit.allQuestions)} Fragen hinein; mit allen Fragen ${n(fit.slides)} Folien`),

  courseNotKeys: () => 'course.yaml ist keine Liste von Zeilen `Schlüssel: Wert`',
  courseUnknownKey: (key) => `unbekannter Schlüssel "${key}" in course.yaml`,
  courseKnownKeys: (keys) => `bekannte Schlüssel: ${keys.join(', ')}`,
  courseMissing: (key) => `course.yaml hat kein \`${key}:\``,
  courseLessonsList: () => '`lessons:` muss eine Liste von Lektionsordnern sein, einer pro Zeile, beginnend mit `- `',
  courseLessonMissing: (path) => `der Lektionsordner "${path}" existiert nicht oder hat keine lesson.md`,
  courseDuplicateId: (id, other) => `die Lektions-ID "${id}" ist auch die ID der Lektion in ${other}`,
  coursePreviewLessons: () => 'Lektionen',
  coursePreviewNote: () =>
    'Jede Lektion ist ein eigenes SCO im Kurspaket: sie hat hier ihre eigenen gespeicherten Daten, wie im LMS.',
  coursePreviewRunning: (courseDir, version, url) => `Vorschau des Kurses ${courseDir} als SCORM ${version}: ${url}`,
  courseWrote: (title, lessons) => `Kurs "${title}": ${count(lessons, 'Lektion', 'Lektionen')}.`,

  importUnknown: (what) => `das ist ${IMPORTED_KINDS[what]}, keine Datei, die scormdown importiert`,
  importEmpty: () => 'die Datei ist leer',
  importIsFolder: () => 'das ist ein Ordner: gib die Datei an, die importiert werden soll',
  importLegacyText: () =>
    'die Datei ist kein UTF-8: sie wurde als Windows-1252 gelesen (westeuropäisch, was der Editor „ANSI“ nennt)',
  importLegacyTextHint: () =>
    'prüfe die Buchstaben mit Akzenten (é, ë, ü, ß) in lesson.md und quiz.yaml; scormdown schreibt sie als UTF-8',
  importNoSlides: () => 'in diesem Textexport wurden keine Folien gefunden',
  importNoSlidesHint: () =>
    'der Textexport eines Folienprogramms hat nach dem Text jeder Folie eine Zeile "Slide 1 - <Typ>"; prüfe, ob das einer ist',
  importOnlyTitle: (slide) =>
    `Folie ${slide} enthält nur ihren Titel: was sie sonst zeigte (ein Bild, ein Video), steht nicht in einem Textexport`,
  importOnlyTitleHint: () => 'lege das Bild in assets/ und schreibe ![Was es zeigt](assets/bild.png) unter den Titel',
  importQuestionSlide: (slide, id) =>
    `Folie ${slide} stellt eine Frage: sie wurde die offene Frage "${id}" auf dieser Folie`,
  importQuestionSlideHint: () =>
    'in Ordnung so (die lernende Person schreibt eine Antwort, die aufgezeichnet, nicht bewertet wird); mach daraus eine bewertete Frage in quiz.yaml, wenn du willst',
  importWrote: (folder, slides, questions, assets) =>
    `Importiert nach ${folder}: ${count(slides, 'Folie', 'Folien')}, ${count(questions, 'Frage', 'Fragen')}, ${count(assets, 'Datei', 'Dateien')} in assets/.`,
  importLanguage: (language, guessed) =>
    guessed
      ? `Die Sprache der Lektion ist ${language}, erkannt an ihrem Text: gib --language an, um eine andere zu wählen.`
      : `Die Sprache der Lektion ist ${language}.`,
  importNext: (preview, build) =>
    [
      'Sieh sie dir an, wie Lernende sie sehen:',
      `  ${preview}`,
      'und erstelle die SCORM-Zip-Dateien:',
      `  ${build}`,
    ].join('\n'),
  importSummary: () =>
    'liest FILE (den Textexport eines Folienprogramms, .pptx, GIFT oder Moodle XML) in einen neuen Lektionsordner.',
  importOut: () => 'der Lektionsordner, der geschrieben wird (Standard: ein neuer Ordner mit dem Namen der Lektion)',
  importLanguageOption: () => 'die Sprache der Lektion, z. B. de oder nl (Standard: aus der Datei oder ihrem Text)',
  importTitle: () => 'der Titel der Lektion (Standard: aus der Datei)',

  pptxDamaged: (why) =>
    why === 'zip'
      ? 'diese PowerPoint-Datei ist beschädigt: sie lässt sich nicht entpacken'
      : 'diese PowerPoint-Datei hat keine Folien zum Lesen',
  pptxDamagedHint: () => 'öffne sie in PowerPoint, speichere sie erneut als .pptx und importiere diese Datei',
  pptxOnlyPictures: (slides, pictures) =>
    `diese Präsentation enthält nur Bilder (${count(slides, 'Folie', 'Folien')}, ${count(pictures, 'Bild', 'Bilder')}) und keinen Text: daraus lässt sich keine Lektion schreiben`,
  pptxOnlyPicturesHint: () =>
    'importiere die Präsentation, aus der die Bilder gemacht wurden (mit ihrem Text), oder beginne mit `scormdown new` und füge die Bilder ein, die du brauchst',
  pptxHidden: (slide) => `Folie ${slide} ist in der Präsentation ausgeblendet: sie wird weggelassen`,
  pptxHiddenHint: () => 'blende die Folie in PowerPoint ein und importiere noch einmal, wenn sie in die Lektion gehört',
  pptxNoAlt: (slide, file) => `Folie ${slide}: das Bild ${file} hat keinen Alternativtext`,
  pptxNoAltHint: () =>
    'beschreibe das Bild zwischen den Klammern in lesson.md, ![so](...), für Lernende, die es nicht sehen können',
  pptxUnconverted: (slide, what) =>
    `Folie ${slide} enthält ${{ chart: 'ein Diagramm', smartart: 'eine SmartArt-Grafik', media: 'ein Video oder einen Ton', object: 'ein eingebettetes Objekt' }[what]}, das nicht umgewandelt wird: ein Kommentar in lesson.md markiert die Stelle`,
  pptxUnconvertedHint: () =>
    'speichere es in PowerPoint als Bild (Rechtsklick, Als Grafik speichern) und lege es in assets/, ein Video als ::video',

  xmlDamaged: (why) => `diese Moodle-XML-Datei kann nicht gelesen werden: ${why}`,
  xmlDamagedHint: () =>
    'exportiere die Fragen noch einmal aus der Moodle-Fragensammlung (Exportieren, Moodle-XML-Format)',
  giftDamaged: (why) => `diese GIFT-Frage kann nicht gelesen werden: ${why}`,
  giftWhy: (why) =>
    why === 'brace'
      ? 'ihre Antworten haben ein `{` oder `}` zu viel oder zu wenig'
      : 'sie hat keine Antworten zwischen `{` und `}`',
  giftDamagedHint: () =>
    'jede Frage ist `::Titel:: Text {Antworten}`; ein `{`, `}`, `~`, `=`, `#` oder `:` in einem Text wird `\\{` usw. geschrieben',
  bankSkipped: (name, type) =>
    `die Frage "${name}" ist eine Frage vom Typ ${type}, den der Player nicht hat: sie wird weggelassen`,
  bankSkippedHint: () =>
    'der Player hat Einfach- und Mehrfachauswahl, Wahr/Falsch, Kurzantwort, numerische, Zuordnungs-, Anordnungs- und Freitextfragen',
  bankWildcard: (id, answers) =>
    `Frage „${id}“ akzeptiert ${list(answers.map((a) => `„${a}“`))} mit Moodles * (beliebiger Text), den eine Fill-in-Frage nicht hat`,
  bankWildcardHint: () =>
    'schreibe in quiz.yaml jede Antwort aus, die ein Lernender geben darf, oder mache eine offene Frage daraus',
  bankFeedbackLost: (id) =>
    `die Frage "${id}" hat Feedback oder Teilpunkte für einzelne Antworten, die quiz.yaml nicht aufnimmt: sie werden weggelassen`,
  bankFeedbackLostHint: () =>
    'quiz.yaml enthält ein Feedback für eine richtige und eines für eine falsche Antwort: prüfe sie in quiz.yaml',
  bankCategory: (category) => `Kategorie "${category}": ihre Fragen stehen in quiz.yaml`,
  bankCategoryHint: () =>
    'jede Kategorie kommt in einen Test; teile quiz.yaml in mehrere Dateien, wenn du sie getrennt haben willst',
  bankDescription: (name, slide) =>
    `„${name}“ ist eine Beschreibung (ein Text, keine Frage): sie ist Folie ${slide}, vor dem Quiz`,
  bankDescriptionHint: () =>
    'die Fragen stehen auf der Quizfolie am Ende; verschiebe den Text oder stelle eine Frage mit `::question id` dazu',

  printNoChromium: () =>
    'installiere Chromium oder Google Chrome (Debian: `apt-get install chromium`), oder setze CHROMIUM auf seinen Pfad',
  printSummary: () =>
    'druckt die Lektion als Handout-PDF (jede Folie der Reihe nach) mit dem hier installierten Chromium.',
  printOut: () =>
    'das PDF, das geschrieben wird (Standard: <Lektions-ID>.pdf); für einen Kurs der Ordner für ein PDF je Lektion',
  printAnswers: () => 'setzt die richtige Antwort hinter jede Frage (ein Exemplar für Lehrende)',
  printWrote: (file, slides) => `${file} geschrieben: ${count(slides, 'Folie', 'Folien')}.`,

  giftNoOrder: (id) =>
    `die Frage "${id}" bringt Elemente in eine Reihenfolge, was GIFT nicht aufnehmen kann: sie wird weggelassen`,
  giftNoOrderHint: () =>
    'schreibe die Fragen als Moodle XML (`--format moodle-xml`, der Standard): es nimmt Anordnungsfragen auf',
  questionsPartLost: (id, lost, format) =>
    `die Frage "${id}" verliert in ${format} ${list(lost.map((l) => QUESTIONS_LOSSES[l]))}, weil das Format sie nicht aufnehmen kann`,
  questionsPartLostHint: () =>
    'schreibe die Fragen als Moodle XML (`--format moodle-xml`, der Standard), das sie aufnimmt, oder stelle sie nach dem Import in Moodle ein',
  questionsDescriptionFilesHint: () =>
    'die Antworten einer Zuordnungsfrage sind in Moodle reiner Text: zeige das Bild im Fragetext oder in einem Begriff links',
  questionsGradedOtherwise: (id, why) =>
    why === 'choices'
      ? `die Frage "${id}" hat mehrere richtige Antwortmöglichkeiten und keine Teilpunkte: Moodle gibt einen Teil der Punkte, wenn einige davon ohne eine falsche gewählt werden, der Player keine`
      : `die Frage "${id}" gibt ihre Punkte nur, wenn alle Paare richtig sind: Moodle gibt für jedes richtige Paar einen Anteil`,
  questionsNoGrade: (id, rights) =>
    `die Frage "${id}" hat ${n(rights)} richtige Antwortmöglichkeiten: Moodles Bewertungen können 100 % nicht in ${n(rights)} gleiche Anteile teilen, also wird sie weggelassen`,
  questionsNoGradeHint: () =>
    'gib ihr höchstens 10 richtige Antwortmöglichkeiten, oder genau 20, oder mach zwei Fragen daraus',
  questionsNone: () => 'die Lektion hat keine Fragen: es gibt nichts für die Moodle-Fragensammlung',
  questionsAllLeftOut: (format) => `keine der Fragen der Lektion kann als ${format} geschrieben werden`,
  questionsAllLeftOutHint: () =>
    'schreibe die Fragen als Moodle XML (`--format moodle-xml`, der Standard), oder sieh dir die Warnungen oben an',
  questionsExistsHint: (another) =>
    `gib der Datei mit --out einen anderen Namen (z. B. \`--out ${another}\`), oder räume die vorhandene zuerst weg`,
  questionsSummary: () =>
    'schreibt die Fragen der Lektion als Datei, die die Moodle-Fragensammlung importiert (Moodle XML oder GIFT).\n' +
    'Es überschreibt nie eine Datei.',
  questionsFormat: () => 'moodle-xml oder gift (Standard: moodle-xml)',
  questionsOut: () => 'die Datei, die geschrieben wird (Standard: <Lektions-ID>-questions.xml oder .gift.txt)',
  questionsWrote: (file, questions, format) =>
    `${file} geschrieben: ${count(questions, 'Frage', 'Fragen')} für die Moodle-Fragensammlung (Importieren, Format ${format}).`,
  questionsFormatInvalid: (value) => `--format muss moodle-xml oder gift sein, nicht "${value}"`,

  translateCourseOutside: (lesson) =>
    `die Lektion "${lesson}" des Kurses liegt außerhalb des Kursordners: ein übersetzter Kurs wird als ein Ordner geschrieben`,
  translateCourseOutsideHint: () =>
    'verschiebe den Lektionsordner in den Kursordner (und seinen Pfad in course.yaml), oder übersetze die Lektion einzeln',
  translateSameLanguage: (to) =>
    `die Lektion ist schon in "${to}": --to nennt die Sprache, in die sie übersetzt werden soll`,
  translateExistsHint: (file) =>
    `${file} ist keine Übersetzung dieser Lektion in diese Sprache und wird daher nicht aktualisiert: gib mit --out eine andere Datei an, oder räume sie zuerst weg`,
  translateUnreadable: (why) => `das ist keine Übersetzungsdatei, die scormdown lesen kann (${why})`,
  translateUnreadableHint: () =>
    'importiere die .po- oder .xlf-Datei, die `scormdown translate export` geschrieben hat, so wie die Übersetzerin oder der Übersetzer sie zurückgeschickt hat',
  translateNoLanguage: () =>
    'die Übersetzungsdatei sagt nicht, in welcher Sprache sie ist (PO: der Header Language; XLIFF: target-language)',
  translateLessonMissing: (dir) => `die Lektion, aus der diese Datei gemacht wurde, liegt nicht in ${dir}`,
  translateLessonMissingHint: () => 'gib den Lektionsordner mit --lesson an, z. B. `--lesson les6`',
  translateKept: (id, why: TranslationKept, language) =>
    ({
      missing: `"${id}" steht nicht in der Übersetzungsdatei`,
      empty: `"${id}" ist noch nicht übersetzt`,
      review: `"${id}" ist zur Prüfung markiert (fuzzy)`,
      changed: `"${id}" wurde in der Lektion geändert, seit die Datei exportiert wurde`,
      structure: `die Übersetzung von "${id}" fügt eine Zeile \`---\` oder eine \`::\`-Direktive hinzu, die die Folien der Lektion ändern würde`,
    })[why] + `: bleibt auf ${languageName(language)}`,
  translateExportSummary: () =>
    'schreibt jeden Text der Lektion in eine Datei für eine Übersetzung (PO oder XLIFF 1.2).\n' +
    'Über einen früheren Export hinweg bleiben die Übersetzungen erhalten und geänderte Texte werden zur Prüfung markiert.',
  translateImportSummary: () =>
    'schreibt die Lektion in der Sprache einer übersetzten PO- oder XLIFF-Datei, als neuen Ordner.',
  translateTo: () => 'die Sprache, in die übersetzt wird, z. B. fr (Pflicht)',
  translateFormat: () => 'po oder xliff (Standard: po)',
  translateOut: () =>
    'die Datei, die geschrieben oder aktualisiert wird (Standard: <Lektions-ID>-<Sprache>.po oder .xlf)',
  translateImportOut: () => 'der Ordner, der geschrieben wird (Standard: der Name des Lektionsordners mit -<Sprache>)',
  translateLesson: () => 'die Lektion, aus der die Datei gemacht wurde (Standard: der Ordner, den die Datei nennt)',
  translateFormatInvalid: (value) => `--format muss po oder xliff sein, nicht "${value}"`,
  translateToMissing: () => '--to ist Pflicht: die Sprache, in die übersetzt wird, z. B. `--to fr`',
  translateWrote: (file, texts, kept, review, fresh, to) =>
    `${file} geschrieben: ${count(texts, 'Text', 'Texte')} zum Übersetzen ins ${languageName(to)}` +
    (kept + review > 0 ? ` (${n(kept)} übersetzt, ${n(review)} zu prüfen, ${n(fresh)} neu).` : '.'),
  translateImported: (folder, translated, texts, language) =>
    `${folder} geschrieben: die Lektion auf ${languageName(language)}, ${n(translated)} von ${count(texts, 'Text', 'Texten')} übersetzt.`,

  severity: { error: 'Fehler', warning: 'Warnung' },
  hintLabel: () => 'Tipp:',
  colon: ':',
  moreNotShown: (more, code, error) =>
    `... und ${n(more)} weitere ${code}-${error ? 'Fehler' : 'Warnungen'}, nicht gezeigt`,

  errorCount: (errors) => count(errors, 'Fehler', 'Fehler'),
  nothingWritten: () => 'nichts geschrieben. Korrigiere die Zeilen oben und baue noch einmal.',
  nothingToPreview: () => 'keine Vorschau. Korrigiere die Zeilen oben und starte die Vorschau noch einmal.',
  rebuilt: () => 'Neu gebaut:',
  rebuiltClean: () => 'Neu gebaut: keine Probleme mehr.',
  previewRunning: (lessonDir, version, url) => `Vorschau von ${lessonDir} als SCORM ${version}: ${url}`,
  previewFollows: () => 'Sie folgt jedem Speichern der Lektion. Strg-C beendet die Vorschau.',
  coursePreviewFollows: () =>
    'Sie folgt jedem Speichern einer Lektion und von course.yaml. Strg-C beendet die Vorschau.',
  starterWritten: (files, preview, build) =>
    [
      'Eine Startlektion geschrieben:',
      ...files.map((file) => `  ${file}`),
      '',
      'Bearbeite lesson.md und quiz.yaml, dann sieh dir die Lektion an, wie Lernende sie sehen:',
      `  ${preview}`,
      'und erstelle die SCORM-Zip-Dateien:',
      `  ${build}`,
    ].join('\n'),
  starterFromCourse: (keys) =>
    `Der Kurs (course.yaml) gibt dieser Lektion ${list(keys)}: entferne das # vor einer Zeile, um ihr einen eigenen Wert zu geben.`,
  starterAddToCourse: (entry, file) =>
    `Um sie in den Kurs aufzunehmen, füge die Zeile \`  - ${entry}\` unter \`lessons:\` in ${file} hinzu.`,
  usage: () => 'Aufruf:',
  helpOption: () => 'zeigt diese Hilfe',
  versionOption: () => 'zeigt die Version von scormdown',
  langOption: () =>
    'die Sprache, in der scormdown mit dir spricht: en, nl, de, fr oder es (Standard: die Sprache der Lektion, sonst die des Systems)',
  buildSummary: () =>
    'baut die Lektion in lessonDir (Standard: der aktuelle Ordner) zu SCORM-Zip-Dateien; ein Ordner mit\n' +
    'course.yaml: die Zip-Dateien jeder Lektion und das Kurspaket.',
  buildOut: () => 'Ordner für die Zip-Dateien (Standard: dist)',
  buildScorm: () => '1.2, 2004 oder both (Standard: both)',
  previewSummary: () =>
    'zeigt die Lektion in einem Ersatz-LMS unter http://127.0.0.1:PORT/, daneben, was das LMS speichert;\n' +
    'jedes Speichern der Lektion erscheint von selbst auf der Seite. Strg-C beendet sie.',
  previewScorm: () => '1.2 oder 2004 (Standard: 2004)',
  previewPort: () => 'der Port auf 127.0.0.1 (Standard: 0, ein beliebiger freier Port)',
  newSummary: () =>
    'schreibt eine Startlektion zum Bearbeiten in folder (Standard: der aktuelle Ordner; angelegt, wenn er fehlt):\n' +
    'lesson.md, quiz.yaml und ein Bild. Es überschreibt nie eine Datei.',
  newLanguage: () =>
    'die Sprache der Lektion, z. B. de oder nl (Standard: die Sprache, in der scormdown spricht; deutsche Texte für de, französische für fr, spanische für es, niederländische für nl, sonst englische)',
  newTitle: () => 'der Titel der Lektion (Standard: "Meine erste Lektion")',
  unknownOption: (option) => `unbekannte Option "${option}"`,
  optionTwice: (option) => `${option} ist zweimal angegeben: gib es einmal an`,
  noCommand: () => 'kein Befehl angegeben',
  unknownCommand: (name) => `unbekannter Befehl "${name}"`,
  needsValue: (option) => `${option} braucht einen Wert`,
  oneFolder: (given) => `ein Lektionsordner auf einmal, bekommen: ${given.join(' ')}`,
  languageInvalid: (value) => `--language muss ein Sprachcode wie de, nl oder de-CH sein, nicht "${value}"`,
  langInvalid: (value, spoken) =>
    `--lang muss ${spoken.slice(0, -1).join(', ')} oder ${spoken.at(-1) ?? ''} sein, nicht "${value}"`,
  titleInvisible: (name) =>
    `--title enthält ${char(name)}, ein Zeichen, das niemand sieht: tippe den Titel ohne es noch einmal`,
  titleEmpty: () => '--title braucht einen Text, z. B. --title "Lektion 7: Verkaufsgespräche"',
  starterTitleInvisible: (name) => `der Titel enthält ${char(name)}, ein Zeichen, das niemand sieht`,
  previewScormInvalid: (labels, value) =>
    `--scorm muss für eine Vorschau ${labels.join(' oder ')} sein, nicht "${value}"`,
  portInvalid: (value) => `--port muss eine Zahl von 0 bis 65535 sein, nicht "${value}"`,
  scormInvalid: (labels, value) => `--scorm muss ${labels.join(', ')} oder both sein, nicht "${value}"`,

  readFailed: (path, reason) => `${path} konnte nicht gelesen werden (${reason})`,
  writeFailed: (path, reason) => `${path} konnte nicht geschrieben werden (${reason})`,
  portFailed: (port, reason) => `die Vorschau kann nicht auf Port ${port} laufen (${reason})`,
  starterExists: (paths, command) =>
    `${paths.join(', ')} ${paths.length === 1 ? 'existiert' : 'existieren'} schon; scormdown ${command} überschreibt nie eine Datei: nichts geschrieben`,
  failureHint: {
    read: 'prüfe, ob die Datei da ist, eine gewöhnliche Datei von höchstens 2 GiB ist, und ob du sie lesen darfst',
    write:
      'prüfe, ob der Ordner von --out ein Ordner ist, in den du schreiben darfst, und ob die Festplatte nicht voll ist',
    portInUse:
      'ein anderes Programm benutzt ihn vielleicht: wähle einen anderen --port, oder lass ihn weg für einen beliebigen freien Port',
    exists: 'beginne die neue Lektion in einem anderen, neuen Ordner, oder räume die Datei zuerst weg',
  },
  starterWriteHint: (command, writer) =>
    `prüfe, ob du in diesen Ordner schreiben darfst und ob die Festplatte nicht voll ist, dann führe \`${command} ${writer}\` noch einmal aus`,
  notAFolder: () => 'es ist eine Datei, kein Ordner',
  newFolderHint: (command, writer) =>
    writer === 'new'
      ? `gib den Namen eines neuen oder leeren Ordners an, z. B. \`${command} new meine-lektion\``
      : 'gib mit --out einen neuen oder leeren Ordner an, z. B. `--out meine-lektion`',
  starterExistsHint: (command, writer, files, folder) =>
    (writer === 'new'
      ? `beginne die neue Lektion in einem anderen Ordner (\`${command} new meine-lektion\`)`
      : 'schreibe die Lektion in einen anderen Ordner (`--out meine-lektion`)') +
    `, oder räume ${files === 1 ? 'diese Datei' : 'diese Dateien'} zuerst weg; ` +
    `um die Lektion zu bauen, die schon hier ist: \`${command} build ${folder}\``,
};
