// Every text the tool says to an author, in Dutch: the same keys and signatures as en.ts (`Words`).
// Codes, keys (`title:`), values (`true`) and directives (`::quiz`) stay as the author types them.
// The author is addressed as "je", as Dutch teaching material does.

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

const { count, n, languageName, list } = sayIn('nl', 'en');

const QUESTIONS_LOSSES: Record<QuestionsLoss, string> = {
  points: 'de punten',
  case: 'de instelling voor hoofdletters (caseSensitive)',
  unit: 'de eenheid',
  feedback: 'de feedback',
  files: 'de afbeeldingen en bestanden',
  'description-files': 'de afbeeldingen in de beschrijvingen',
};

/** "U+000B vertical tab" -> "U+000B": the code point says it in every language. */
const char = (name: string): string => `het onzichtbare teken ${name.split(' ')[0] ?? name}`;

const ASSET_KINDS: Record<AssetKind, string> = {
  image: 'afbeelding',
  audio: 'geluidsbestand',
  video: 'video',
  media: 'mediabestand',
  link: 'gelinkt bestand',
  style: 'bestand in CSS',
};

const FILE_KINDS: Record<FileKind, string> = {
  folder: 'een map',
  fifo: 'een FIFO (named pipe)',
  device: 'een apparaat',
  socket: 'een socket',
  'socket-or-device': 'een socket of een apparaat',
  other: 'geen gewoon bestand',
};

const UNREADABLE: Record<UnreadableWhy, string> = {
  permission: 'geen toestemming',
  loop: 'de links ervan lopen in een kringetje',
  changed: 'het veranderde terwijl het gelezen werd; bouw opnieuw',
};

const IMPORTED_KINDS: Record<ImportedKind, string> = {
  binary: 'geen tekstbestand',
  docx: 'een Word-document',
  zip: 'een zipbestand dat geen PowerPoint is',
  xml: 'een XML-bestand dat geen Moodle-vragenbank is',
  text: 'een tekst die geen dia-export, GIFT-bestand of Moodle XML is',
  protected: 'een met een wachtwoord beveiligd Office-bestand, dat zonder wachtwoord niet te lezen is',
};

const REMOVED_WHY: Record<RemovedAttribute, string> = {
  srcset: 'het afbeeldingen laadt die de pakketcontrole niet kan volgen',
  ping: 'het klikken doorgeeft aan een ander adres',
  background: 'het een afbeelding laadt die de pakketcontrole niet kan volgen',
  autoplay: 'geluid of video pas start als de leerling het zelf start (WCAG 1.4.2)',
};

const QUIZ_PARTS: Record<'options' | 'items' | 'pairs', [string, string]> = {
  options: ['keuze', 'keuzes'],
  items: ['item', 'items'],
  pairs: ['paar', 'paren'],
};

export const nl: Words = {
  hint: {
    FRONT_MATTER_MISSING: 'begin lesson.md met een regel `---`, dan `title:` en `id:`, dan een afsluitende regel `---`',
    FRONT_MATTER_INVALID: 'de front matter bestaat uit regels `sleutel: waarde` tussen twee regels met alleen `---`',
    FRONT_MATTER_UNCLOSED: 'zet een regel `---` na de laatste sleutel van de front matter',
    YAML_TAB: 'spring in met spaties, niet met tabs (laat je editor spaties invoegen voor de Tab-toets)',
    YAML_SYNTAX:
      'controleer inspringing, dubbele punten en aanhalingstekens; zet tekst met `: ` of `#` tussen aanhalingstekens',
    META_TITLE_MISSING: 'zet `title: "De titel van de les"` in de front matter',
    META_ID_MISSING:
      'zet `id: mijn-les` in de front matter (letters, cijfers, `-`, `_`, `.`, beginnend met een letter)',
    META_ID_INVALID:
      'gebruik alleen letters, cijfers, `-`, `_` en `.`, beginnend met een letter, bijv. `id: les6-klachten`',
    META_PASSING_SCORE_RANGE: 'geef een percentage van 0 tot 100, bijv. `passingScore: 70`',
    META_COMPLETION_NO_QUIZ:
      'voeg vragen met een score toe met `::quiz` of `::question`, of schrijf `completion: slides`',
    LESSON_FILE_MISSING: 'een lesmap heeft een bestand lesson.md nodig',
    LESSON_NO_SLIDES: 'schrijf minstens één dia onder de front matter',
    SLIDE_EMPTY: 'haal een van de twee regels `---` weg, of schrijf iets op de dia',
    DIRECTIVE_ARGUMENTS: 'schrijf `::question ID` met precies één vraag-id',
    SLIDE_ID_INVALID:
      'schrijf `::slide mijn-naam` op een eigen regel: één naam van letters, cijfers, `-` en `_`, beginnend met een letter',
    SLIDE_ID_DUPLICATE: 'geef elke dia een eigen `::slide`-naam',
    VIDEO_NEEDS_INTERNET:
      'prima waar leerlingen internet hebben; voor een les die offline werkt: zet het videobestand in assets/ en schrijf ![Titel](assets/video.mp4)',
    GATE_INVALID: 'schrijf `::gate` alleen op een regel van de eerste dia die dicht blijft tot de toets af is',
    GATE_TWICE: 'de eerste `::gate` sluit al elke dia erna af: haal deze weg',
    GATE_BEFORE_QUIZ:
      'zet `::gate` op een dia na de toets en de uitslagdia: anders kan een leerling nooit bij de vragen die hij afsluit',
    GATE_NO_QUIZ: 'een `::gate` wacht tot de toets af is: voeg vragen met een score toe, of haal `::gate` weg',
    TIMER_INVALID: 'schrijf de tijd als minuten:seconden of uren:minuten:seconden, bijv. `::timer 20:00`',
    QUIZ_FILE_MISSING: 'maak het bestand naast lesson.md, of verbeter `quiz:` in de front matter',
    QUIZ_NOT_A_LIST: 'een toetsbestand is een lijst vragen: elke vraag begint met `- id: ...`',
    QUIZ_MISSING_FIELD: 'voeg het veld toe aan de vraag (de README beschrijft de velden van elk vraagtype)',
    QUIZ_INVALID_VALUE: 'de README beschrijft wat dit veld bevat',
    QUIZ_ID_INVALID: 'gebruik alleen letters, cijfers, `-` en `_`, bijv. `id: soorten-klachten`',
    QUIZ_DUPLICATE_ID: 'geef elke vraag een eigen id',
    QUIZ_NO_CORRECT: 'markeer minstens één keuze met `correct: true`',
    QUIZ_OPTION_COUNT: 'geef 2 tot 26 keuzes (items, paren)',
    QUESTION_NOT_DEFINED: 'controleer de spelling, of voeg een vraag met deze id toe aan het toetsbestand',
    QUESTION_PLACED_TWICE: 'een vraag kan maar op één dia staan; haal er een van de twee weg',
    QUESTION_UNUSED: 'zet hem met `::question ID` op een dia, of voeg `::quiz` toe aan de les',
    QUIZ_DRAW_INVALID: 'schrijf `::quiz draw 3` (3 vragen getrokken uit dit deel) of `::quiz draw 3 id1 id2 id3 id4`',
    QUIZ_DRAW_TOO_MANY: 'trek minder vragen, of voeg vragen met een score toe aan dit `::quiz`-deel',
    QUIZ_SECTION_EMPTY: 'elke vraag staat al ergens anders: haal deze `::quiz` weg, of zet er id’s achter',
    ASSET_MISSING:
      'controleer de spelling (hoofdletters tellen op de server van het LMS) of zet het bestand in de lesmap',
    LINK_OUTSIDE_LESSON:
      'kopieer het bestand zelf naar de lesmap in plaats van ernaar te linken: een pakket bevat alleen de lesmap',
    MARKDOWN_INDENTED_CODE:
      'haal de spaties of tab voor de regel weg; voor code met opzet: zet hem tussen twee regels ```',
    ASSET_OUTSIDE_LESSON: 'zet het bestand in de lesmap (bijv. assets/) en verwijs ernaar vanaf lesson.md',
    ASSET_REMOTE:
      'download het bestand naar assets/ en verwijs ernaar als assets/<naam>: het pakket mag niets van buiten zichzelf laden',
    MARKDOWN_TOO_DEEP:
      'citaten, lijsten of nadruk zijn hier duizenden niveaus diep genest: schrijf de tekst gewoon uit',
    FILE_NOT_REGULAR: 'zet er een gewoon bestand neer: een map, FIFO, apparaat of socket kan niet in een pakket',
    FILE_UNREADABLE:
      'controleer of je het bestand en de map mag lezen (bijv. `chmod a+r` op het bestand, `chmod a+rx` op de map)',
    FILE_HARD_LINKED:
      'is het niet het eigen bestand van je les, kopieer het dan naar de lesmap (cp, niet ln) of haal de andere links weg',
    TEXT_INVISIBLE_CHAR:
      'verwijder het teken (typ de tekst eromheen opnieuw): het komt vaak mee met tekst die uit een ander programma is gekopieerd',
    TEXT_CHAR_REPLACED:
      'typ daar een spatie (of gebruik op een dia een Markdown-regeleinde), dan verdwijnt deze waarschuwing',
    META_ID_TOO_LONG: 'gebruik een korte id, bijv. `id: les6-klachten`: de zipbestanden krijgen die naam',
    ASSET_NAME_TOO_LONG:
      'geef het bestand of de map een kortere naam: sommige systemen kunnen de zip anders niet uitpakken',
    SUSPEND_DATA_BUDGET:
      'splits de les in tweeën, of publiceer het SCORM 2004-pakket (64.000 tekens): een LMS dat SCORM 1.2 aan 4.096 tekens houdt, verliest de voortgang van de leerling daarboven',
    QUIZ_EMPTY_TEXT: 'schrijf de tekst, of haal de regel weg',
    HTML_REFUSED:
      'haal het weg: een les voert geen eigen script uit en laadt niets van buiten het pakket (zie de README, Security)',
    HTML_REMOVED:
      'haal het weg, of schrijf het met de elementen en attributen die de README noemt (Security): de build laat het weg',
    CSS_REFUSED:
      'schrijf de CSS zonder; een afbeelding komt erin met url(assets/afbeelding.png), een bestand van het pakket',
    YAML_UNQUOTED_COLON: 'zet een tekst met ": " tussen dubbele aanhalingstekens',
    COURSE_INVALID:
      'course.yaml bevat `title:`, `id:`, de lesmappen als lijst onder `lessons:`, en standaarden voor de lessen zoals `passingScore: 70`',
    COURSE_LESSON_MISSING: 'schrijf het pad van een lesmap (met lesson.md erin) vanaf course.yaml, bijv. `- les-1`',
    COURSE_DUPLICATE_ID: 'geef elke les van de cursus een eigen `id:` in de front matter: de zips krijgen die naam',
    META_LANGUAGE_NO_UI:
      'prima als Engelse knoppen passen bij je leerlingen; schrijf anders de teksten van de speler zelf met `ui:` in de front matter (zie de README)',
    QUESTIONS_GRADED_OTHERWISE:
      'zet `scoring: partial` bij de vraag (of in de front matter), dan geeft de speler net als Moodle een deel van de punten',
    QUESTIONS_NONE: 'zet vragen in quiz.yaml en plaats ze met `::quiz` of `::question ID` (README: quiz.yaml)',
    TRANSLATION_SAME_LANGUAGE: 'schrijf na --to de taal waarin je wilt vertalen, bijv. `--to de`',
    TRANSLATION_KEPT:
      'vertaal de tekst in het bestand en importeer opnieuw; is de tekst veranderd, exporteer dan opnieuw naar hetzelfde bestand (`--out`): de andere vertalingen blijven staan',
    IMPORT_NOT_RECOGNISED:
      'importeer een tekstexport van een presentatietool (.txt), een PowerPoint (.pptx), een GIFT-bestand of een Moodle XML-vragenbank',
  },

  didYouMean: (meant) => (meant === null ? '' : `; bedoel je "${meant}"?`),
  knownValues: (values) => `gebruik een van: ${values.join(', ')}`,

  frontMatterMissing: () => 'lesson.md begint niet met front matter (een regel `---`)',
  frontMatterUnclosed: (lastLine) =>
    `de front matter wordt nooit afgesloten: hier hoort een regel \`---\`, na regel ${lastLine}`,
  frontMatterNotKeys: () => 'de front matter is geen lijst regels `sleutel: waarde`',
  metaUnknownKey: (key) => `onbekende sleutel "${key}" in de front matter`,
  metaKnownKeys: (keys) => `bekende sleutels: ${keys.join(', ')}`,
  metaTitleMissing: () => 'de front matter heeft geen `title:`',
  metaIdMissing: () => 'de front matter heeft geen `id:`',
  metaCharReplaced: (key, name) => `${key} bevat ${char(name)}, een regeleinde dat niemand ziet: het wordt een spatie`,
  metaCharInvisible: (key, name) =>
    `${key} bevat ${char(name)}, dat niemand ziet en dat het manifest van het pakket niet kan bevatten`,
  metaTitleEmpty: () => '`title:` is leeg',
  metaIdInvalid: (id) => `id "${id}" is geen geldige les-id`,
  metaIdTooLong: (length, max) =>
    `de id is ${length} tekens lang; de zipbestanden krijgen die naam, en een bestandsnaam mag hier ${max} tekens hebben`,
  metaLanguageInvalid: (language) => `language "${language}" is geen taalcode`,
  metaLanguageHint: () => 'gebruik een code zoals `nl`, `en` of `nl-BE`',
  passingScoreFraction: (written, percent): Text => ({
    message: `passingScore ${written} is een percentage: elke leerling die ${written} % of meer scoort, zou slagen`,
    hint: `schrijf voor ${n(percent)} % \`passingScore: ${percent}\``,
  }),
  passingScoreRange: (written) => `passingScore ${written || '(leeg)'} is geen percentage van 0 tot 100`,
  attemptsInvalid: (written) => `attempts ${written || '(leeg)'} is geen heel getal`,
  attemptsHint: () => 'geef het aantal pogingen voor de toets, bijv. `attempts: 2`, of 0 voor onbeperkt',
  metaShuffleInvalid: (written) => `shuffle "${written}" is niet true of false`,
  metaShuffleHint: () => 'schrijf `shuffle: true` om de keuzes van elke single- en multiple-vraag te husselen',
  metaTriesInvalid: (written, max) => `tries ${written || '(leeg)'} is geen heel getal van 1 tot ${max}`,
  triesHint: () => 'bijv. `tries: 2`: een fout antwoord mag nog één keer aangepast en gecontroleerd worden',
  metaNotText: (key) => `${key} moet tekst zijn`,
  metaOneLine: (key) => `schrijf \`${key}: ...\` op één regel`,
  metaNotAllowed: (key, value) => `${key} "${value}" is niet toegestaan`,
  themeNotMap: () => '`theme:` moet regels `sleutel: waarde` eronder hebben',
  themeHint: () => 'bijv. `theme:` en daaronder `  color: "#0a58a8"`, `  logo: assets/logo.png`, `  font: serif`',
  themeColorEmpty: () =>
    'de themakleur is leeg: YAML leest een # zonder aanhalingstekens als het begin van een opmerking, dus zet de kleur tussen aanhalingstekens, `color: "#0a58a8"`',
  themeColorInvalid: (value) => `themakleur "${value}" is geen kleur zoals "#0a58a8"`,
  themeLogoInvalid: () => 'theme logo moet een afbeelding in de lesmap noemen (.png, .jpg, .gif, .svg, .webp of .avif)',
  themeUnknownKey: (key) => `onbekende theme-sleutel "${key}"`,
  themeContrast: (color, ratio) =>
    `themakleur ${color} heeft een contrast van ${ratio.toFixed(2).replace('.', ',')}:1 met wit: knoppen en links in die kleur zijn slecht te lezen (minstens 4,5:1)`,
  themeContrastHint: (shade) => `een donkerder tint die 4,5:1 haalt: \`color: "${shade}"\``,
  languageNoUi: (language, known) =>
    `de speler heeft geen teksten in "${language}" (wel in ${known.join(', ')}): de knoppen en meldingen worden Engels`,
  uiNotMap: () => '`ui:` moet een lijst regels `sleutel: tekst` eronder zijn',
  uiHint: () => 'bijv. `ui:` en daaronder `  next: Verder` (de sleutels staan in de README)',
  uiUnknownKey: (key) => `onbekende ui-sleutel "${key}"`,
  metaQuizInvalid: () => 'quiz moet een bestandsnaam of een lijst bestandsnamen zijn',
  metaQuizHint: () => 'bijv. `quiz: quiz.yaml` of `quiz: [deel1.yaml, deel2.yaml]`',

  yamlTab: () => 'deze regel springt in met een tab; YAML staat daar alleen spaties toe',
  yamlParser: (parserMessage) => `ongeldige YAML (in de woorden van de YAML-lezer): ${parserMessage}`,
  yaml: {
    colon: (line) => ({
      message: `deze tekst bevat ": " zonder aanhalingstekens, dus YAML leest het deel ervoor als een sleutel: schrijf de regel als \`${line}\``,
      hint: 'zet een tekst met ": " tussen dubbele aanhalingstekens',
    }),
    'duplicate-key': (key) => ({
      message: `\`${key}:\` staat hier twee keer; een vraag (of een lijst paren) kan elke sleutel maar één keer hebben`,
      hint: 'haal een van de twee regels weg, of geef de tweede een eigen naam',
    }),
    'indented-more': (above) => ({
      message: `deze regel springt verder in dan regel ${above}, dus YAML leest hem als meer tekst van die regel`,
      hint: 'begin de regel precies onder de sleutel erboven (evenveel spaties)',
    }),
    'indented-less': () => ({
      message: 'deze regel springt minder (of meer) in dan de regels waar hij bij hoort',
      hint: 'begin elke sleutel van een vraag onder `id:`, en elke `- ` van een lijst onder de eerste',
    }),
    'no-space-after-colon': (line) => ({
      message: `na de dubbele punt van een sleutel hoort een spatie: schrijf de regel als \`${line}\``,
      hint: 'zet een spatie na de `:` van elke sleutel',
    }),
    'no-colon': (key) => ({
      message: `na \`${key}\` staat geen dubbele punt, dus YAML leest het niet als een sleutel`,
      hint: `schrijf \`${key}: \` gevolgd door de waarde`,
    }),
    'unclosed-quote': (q) => ({
      message: `deze tekst begint met ${q} maar wordt nooit gesloten met ${q}, dus YAML leest door tot het einde van het bestand`,
      hint: `zet ${q} aan het einde van de tekst`,
    }),
    'unclosed-bracket': (bracket) => ({
      message: `deze lijst begint met ${bracket} maar wordt op dezelfde regel nooit gesloten met ${bracket === '{' ? '}' : ']'}`,
      hint: `sluit hem op deze regel, of zet een tekst die met ${bracket} begint tussen dubbele aanhalingstekens`,
    }),
    'reserved-start': (line) => ({
      message: `YAML geeft het eerste teken van deze tekst een eigen betekenis: schrijf de regel als \`${line}\``,
      hint: 'een tekst die begint met * & ! [ { > | @ ` % of ? hoort tussen dubbele aanhalingstekens',
    }),
    'text-after-quote': (line) => ({
      message: `de tekst gaat door na het sluitende aanhalingsteken: schrijf de regel als \`${line}\``,
      hint: "aanhalingstekens staan om de hele tekst; een ' binnen enkele aanhalingstekens schrijf je dubbel ('')",
    }),
    'bad-escape': (line) => ({
      message: `tussen dubbele aanhalingstekens begint een backslash een code zoals \\n: schrijf de regel als \`${line}\``,
      hint: 'zet een tekst met een backslash (een Windows-pad) tussen enkele aanhalingstekens, of schrijf de backslash dubbel',
    }),
    'unindented-text': (above) => ({
      message: `deze regel gaat verder met de tekst van regel ${above}, maar springt niet in`,
      hint: 'zet de tekst op één regel, of laat de regels die erop doorgaan inspringen onder de tekst',
    }),
    'dash-without-space': (line) => ({
      message: `een regel van een lijst begint met \`- \` (een streepje en een spatie): schrijf de regel als \`${line}\``,
      hint: 'zet een spatie na de `-`',
    }),
    'extra-document': () => ({
      message: 'een toetsbestand bevat één lijst vragen: deze regel `---` begint een tweede',
      hint: 'haal de regel `---` weg: de vragen volgen elkaar op, elk beginnend met `- id:`',
    }),
  },

  slideEmpty: () => 'deze dia is leeg',
  lessonNoSlides: () => 'lesson.md heeft geen dia’s',
  slideIdDuplicate: (id, line) => `een andere dia heet ook "${id}" (regel ${line})`,
  gateAlreadyCloses: (line) => `de \`::gate\` op regel ${line} sluit deze dia al af`,
  markdownTooDeep: () => 'deze Markdown is te diep genest om te lezen',
  gateAlone: () => '`::gate` staat alleen op zijn dia',
  gateAloneHint: () => 'schrijf `::gate` op de eerste dia die dicht blijft, naast de inhoud ervan',
  gateArguments: (found) => `\`::gate\` heeft geen argumenten, maar hier staat "${found}"`,
  gateTwiceOnSlide: (line) => `deze dia heeft al een \`::gate\` (regel ${line})`,
  slideNamedTwice: (id) => `deze dia heet al "${id}"`,
  slideNamedTwiceHint: () => 'geef een dia maar één `::slide ID`',
  slideIdInvalid: (written) => `"${written || '(niets)'}" is geen dia-naam`,
  questionArguments: (found) => `::question heeft precies één vraag-id nodig, maar hier staan er ${found}`,
  directiveUnknown: (name) => `onbekende opdracht "${name}"`,
  directiveKnown: (names) =>
    `bekende opdrachten: ${names.join(', ')} (bijv. \`::timer 20:00\`, \`::question mijn-id\`, \`::quiz\`, \`::video https://youtu.be/ID\`)`,
  quizUnknownWord: (word) => `onbekend woord "${word}" na \`::quiz\``,
  quizDrawCount: (found) =>
    `\`::quiz draw\` heeft een heel aantal vragen van 1 of meer nodig, maar hier staat "${found || '(niets)'}"`,
  videoNoAddress: () => '`::video` heeft het adres van een video nodig',
  videoNotAddress: (url) => `"${url}" is geen adres van een YouTube- of Vimeo-video`,
  videoForms: (forms) => `schrijf \`::video\` en een van: ${forms.join(', ')}`,
  videoNeedsInternet: (site) =>
    `deze dia toont een video van ${site}: leerlingen hebben internet nodig (en ${site} mag niet geblokkeerd zijn) om hem te zien`,
  timerInvalid: (written) => `"${written || '(niets)'}" is geen tijdsduur voor een timer`,

  quizNotAList: (file) => `${file} is geen lijst vragen`,
  quizEntryNotQuestion: () => 'deze regel is geen vraag',
  quizEntryNotQuestionHint: () => 'elke vraag is een blok regels `sleutel: waarde` dat begint met `- id: ...`',
  quizNoId: () => 'deze vraag heeft geen `id:`',
  quizNoIdHint: () => 'voeg `id: een-korte-naam` toe (letters, cijfers, `-`, `_`)',
  quizIdInvalid: (id) => `vraag-id "${id}" mag alleen letters, cijfers, \`-\` en \`_\` bevatten`,
  quizTypeHint: (types) => `voeg \`type:\` toe met een van: ${types.join(', ')}`,
  quizUnknownType: (id, type) => `vraag "${id}" heeft een onbekend type "${type}"`,
  quizTriesInvalid: (id, max, written) =>
    `tries van vraag "${id}" moet een heel getal van 1 tot ${max} zijn, niet "${written}"`,
  quizShuffleIgnored: (id, type) =>
    `vraag "${id}" (${type}) heeft geen keuzes om te husselen: \`shuffle\` wordt genegeerd`,
  quizShuffleIgnoredHint: (alwaysMixed) =>
    `alleen single- en multiple-vragen worden gehusseld; ${alwaysMixed ? 'dit type staat altijd door elkaar' : 'haal `shuffle:` weg'}`,
  quizTriesIgnored: (id) => `open vraag "${id}" is nooit fout: \`tries\` wordt genegeerd`,
  removeField: (key) => `haal \`${key}:\` weg`,
  quizPointsIgnored: (id) => `open vraag "${id}" wordt vastgelegd, niet gescoord: \`points\` wordt genegeerd`,
  quizPointsIgnoredHint: () => 'haal `points:` weg, of maak er een vraagtype met een score van',
  quizUnknownField: (id, type, key) => `vraag "${id}" (${type}) heeft een onbekend veld "${key}"`,
  quizFieldsOf: (type, fields) => `velden van een ${type}-vraag: ${fields.join(', ')}`,
  quizPromptHint: () => 'voeg `prompt:` toe met de vraag die de leerling ziet',
  quizFeedbackNotMap: (id) => `feedback van vraag "${id}" moet regels \`correct:\` en/of \`incorrect:\` hebben`,
  quizFeedbackUnknown: (id, key) => `feedback van vraag "${id}" heeft een onbekend veld "${key}"`,
  quizFeedbackHint: () => 'gebruik `correct:` en `incorrect:`',
  quizPointsInvalid: (id, written) => `points van vraag "${id}" moet een getal van 0 of meer zijn, niet "${written}"`,
  quizPointsHint: () => 'bijv. `points: 2`; laat het weg voor 1 punt',
  quizMissingField: (id, key) => `vraag "${id}" heeft geen \`${key}:\``,
  quizNotText: (what, id) => `${what} van vraag "${id}" moet tekst zijn`,
  quizTooDeep: (what, id) => `${what} van vraag "${id}" is te diep genest om te lezen`,
  quizTextEmpty: (what, id) => `${what} van vraag "${id}" is leeg`,
  quizNotBoolean: (what, id, written) => `${what} van vraag "${id}" moet true of false zijn, niet "${written}"`,
  booleanHint: (written, meant) =>
    meant === null
      ? 'schrijf `true` of `false` (zonder aanhalingstekens)'
      : `schrijf \`${meant}\` voor ${written}: alleen \`true\` en \`false\` worden als ja en nee gelezen`,
  thePrompt: () => 'de vraagtekst (prompt)',
  theFeedback: (key) => `feedback.${key}`,
  anOption: () => 'een keuze',
  anItem: () => 'een item',
  aTerm: () => 'een begrip',
  theDescriptionOf: (term) => `de omschrijving bij "${term}"`,
  theField: (key) => key,
  quizAnswerHint: () => 'voeg `answer: true` of `answer: false` toe',
  quizScoringUnknown: (id, written) => `scoring van vraag "${id}" is "${written}"`,
  quizOptionCount: (id, found, what) => {
    const [one, other] = QUIZ_PARTS[what];
    return `vraag "${id}" heeft ${found < 2 ? 'maar ' : ''}${count(found, one, other)}; er zijn 2 tot 26 nodig`;
  },
  quizNotList: (key, id) => `${key} van vraag "${id}" moet een lijst zijn`,
  quizOptionsHint: () => 'voeg `options:` toe met een lijst regels `- text: ...`, één ervan met `correct: true`',
  quizOptionsListHint: () => 'begin elke keuze met `- text: `',
  quizOptionNoText: (id) => `een keuze van vraag "${id}" heeft geen \`text:\``,
  quizOptionNoTextHint: () =>
    'schrijf de keuze als `- text: ...` (met `correct: true` eronder als hij goed is), of als `- ...` alleen',
  quizNoCorrect: (id) => `vraag "${id}" heeft geen goede keuze`,
  quizSingleCorrect: (id, found) =>
    `single-vraag "${id}" heeft ${found} goede keuzes; er moet er precies één goed zijn`,
  quizSingleCorrectHint: () =>
    'laat `correct: true` op één keuze staan, of gebruik `type: multiple` als er meer goed zijn',
  quizItemsHint: () => 'voeg `items:` toe met de items in de goede volgorde',
  quizItemsListHint: () => 'schrijf `items: [eerste, tweede, derde]`',
  quizPairsHint: () => 'voeg `pairs:` toe met één regel `begrip: omschrijving` per paar',
  quizPairsInvalid: (id) => `pairs van vraag "${id}" moeten regels \`begrip: omschrijving\` zijn`,
  quizAnswersHint: () => 'voeg `answers: [eerste goede antwoord, nog een goed antwoord]` toe',
  quizAnswerEmpty: (id) => `vraag "${id}" heeft een leeg goed antwoord`,
  quizAnswerEmptyHint: () => 'elk goed antwoord is een tekst die niet leeg is',
  numberInvalid: (key, id, limit, decimals, written) =>
    `${key} van vraag "${id}" moet een getal van -${limit} tot ${limit} zijn met hoogstens ${decimals} decimalen, niet "${written}"`,
  numberHint: (example) => `${example}; schrijf het met een punt, zonder aanhalingstekens`,
  unitInvalid: (id, written) => `unit van vraag "${id}" moet een woord zonder cijfers zijn, niet "${written}"`,
  unitHint: () => 'bijv. `unit: graden`, of laat `unit:` weg',
  exampleTolerance: () => 'bijv. `tolerance: 2` keurt 73 tot 77 goed bij `answer: 75`',
  exampleMin: () => 'bijv. `min: 70`',
  exampleMax: () => 'bijv. `max: 80`',
  exampleAnswer: () => 'bijv. `answer: 75`',
  toleranceAndRange: (id) => `vraag "${id}" heeft zowel \`tolerance:\` als \`min:\`/\`max:\``,
  toleranceAndRangeHint: () => 'houd `answer:` met `tolerance:`, of geef het bereik als `min:` en `max:`',
  toleranceNegative: (id) => `tolerance van vraag "${id}" is kleiner dan 0`,
  toleranceNegativeHint: () => 'bijv. `tolerance: 2`, of 0 voor precies het antwoord',
  toleranceBeyond: (id, limit) => `answer +- tolerance van vraag "${id}" gaat buiten -${limit}..${limit}`,
  rangeHalf: (id, given, missing) => `vraag "${id}" heeft \`${given}:\` zonder \`${missing}:\``,
  rangeHalfHint: () => 'geef zowel `min:` als `max:` (de grenzen tellen mee)',
  rangeMaxBelowMin: (id) => `max van vraag "${id}" is kleiner dan min`,
  rangeAnswerOutside: (id) => `answer van vraag "${id}" ligt buiten min..max`,
  rangeHint: () => 'het bereik min..max telt de grenzen mee en bevat het antwoord',
  numericNoAnswer: (id) => `vraag "${id}" heeft geen \`answer:\``,
  numericNoAnswerHint: () =>
    'voeg `answer: 75` toe (eventueel met `tolerance: 2`), of het goede bereik als `min:` en `max:`',

  quizDuplicateId: (id, where) => `vraag-id "${id}" wordt ook gebruikt in ${where}`,
  quizFileMissing: (name) => `toetsbestand "${name}" bestaat niet`,
  quizFileOutside: (name) => `toetsbestand "${name}" staat buiten de lesmap`,
  quizFileOutsideHint: () => 'zet het toetsbestand in de lesmap, naast lesson.md',
  quizFileNone: (file) => `de les plaatst vragen, maar er is geen ${file}`,
  quizFileNoneHint: () => 'maak quiz.yaml naast lesson.md, of noem je toetsbestand met `quiz:` in de front matter',
  lessonFileMissing: (folder) => `er staat geen lesson.md in ${folder}`,
  theQuizFile: (name) => `toetsbestand "${name}"`,
  theLessonFile: () => 'lesson.md',
  theAsset: (kind, url) => `${ASSET_KINDS[kind]} "${url}"`,
  theCaptions: (file) => `de ondertitels "${file}" van deze video`,
  linkOutside: (what, link, target) => `${what} leidt buiten de lesmap: "${link}" is een link naar ${target}`,
  notAFile: (what, kind) => `${what} is ${FILE_KINDS[kind]}, geen bestand`,
  unreadable: (what, why) => `${what} kan niet gelezen worden: ${UNREADABLE[why]}`,
  unreadableFolder: (what, folder) =>
    `${what} kan niet gelezen worden: geen toestemming (de inhoud van map "${folder}" mag niet bekeken worden)`,
  hardLinked: (what, links) =>
    `${what} heeft ${links} harde links: het kan een bestand van buiten de lesmap zijn, en het gaat zoals het is in het pakket`,
  quizFileFolderHint: (folder) => `noem het bestand in die map bij \`quiz:\`, bijv. \`quiz: ${folder}/quiz.yaml\``,

  questionUnused: (id) => `vraag "${id}" wordt nergens getoond`,
  drawTooMany: (draw, graded) =>
    `\`::quiz draw ${draw}\` trekt meer vragen dan de ${graded} vragen met een score in dit deel`,
  questionNotDefined: (id) => `vraag "${id}" staat niet in de toets`,
  questionPlacedTwice: (id, line) => `vraag "${id}" staat al op regel ${line}`,
  quizSectionEmpty: () => '`::quiz` heeft geen vragen meer over om te tonen',

  addressRefused: (link, url, scheme) =>
    `${link ? 'de link' : 'het bestand'} "${url}" is een ${scheme}:-adres, en dat mag een les niet gebruiken`,
  addressRefusedHint: () =>
    'link naar een webpagina (https://...) of naar een bestand van de les: een link voert geen script uit',
  assetRemote: (url) => `"${url}" wordt van internet geladen`,
  assetRemoteVideoHint: (url) =>
    `schrijf \`::video ${url}\` alleen op een regel: zo wordt een YouTube- of Vimeo-video ingevoegd`,
  assetOutside: (url) => `"${url}" staat buiten de lesmap`,
  assetIsFolder: (url) => `"${url}" is een map, geen bestand`,
  assetIsFolderHint: () => 'verwijs naar een bestand in de map',
  assetMissing: (what, meant) => `${what} bestaat niet in de lesmap${meant === null ? '' : `; bedoel je "${meant}"?`}`,
  assetCapitalsHint: (name) => `het bestand heet "${name}": hoofdletters tellen op de server van het LMS`,
  gateNoQuiz: () => 'deze les heeft geen vragen met een score, dus `::gate` sluit niets af',
  gateBeforeResult: (line) =>
    `\`::gate\` sluit de uitslagdia (regel ${line}) af tot de toets af is, en dat kan dan nooit`,
  gateBeforeQuestion: (title, line) =>
    `\`::gate\` sluit de vraag "${title}" (regel ${line}) af tot de toets af is, en dat kan dan nooit`,
  completionNoQuiz: (completion) =>
    `completion "${completion}" heeft een toets nodig, maar de les heeft geen vraag met een score: hij is voltooid als elke dia bekeken is`,
  indentedCode: () =>
    'deze tekst springt in met een tab of 4 spaties, dus hij verschijnt als een blok code, niet als een alinea',
  nameTooLong: (name, path, bytes, max) =>
    `"${name}" in ${path} is ${bytes} bytes lang; een bestands- of mapnaam mag op elk systeem ${max} bytes hebben`,

  htmlRefused: (element, why) => `<${element}> is niet toegestaan in een les: het ${why}`,
  htmlRefusedWhy: {
    script: 'voert een programma uit in het venster van de leerling',
    iframe: 'toont een andere webpagina in de les',
    frame: 'toont een andere webpagina in de les',
    frameset: 'toont andere webpagina’s in de les',
    object: 'voegt een plug-in of een andere pagina in',
    embed: 'voegt een plug-in of een andere pagina in',
    applet: 'voegt een plug-in in',
    portal: 'toont een andere webpagina in de les',
    form: 'stuurt wat de leerling typt naar een ander adres',
    base: 'verandert waar elke link en elk bestand van de pagina naar wijst, ook die van de speler',
    meta: 'kan de leerling naar een andere pagina sturen of veranderen hoe de pagina laadt',
    link: 'laadt een stylesheet of een ander bestand in de pagina',
    image: 'laadt een afbeelding die de pakketcontrole niet kan volgen (een SVG-<image>)',
    feimage: 'laadt een afbeelding die de pakketcontrole niet kan volgen (een SVG-filter)',
    use: 'haalt een tekening uit een ander bestand (een SVG-<use>)',
    'input-image': 'laadt een afbeelding en verstuurt een formulier',
  },
  htmlRefusedHint: {
    script:
      'haal het weg; een les die een eigen script nodig heeft, kan `html: trusted` in de front matter zetten (zie de README, Security)',
    iframe: 'voor een YouTube- of Vimeo-video: schrijf `::video URL` alleen op een regel; link anders naar de pagina',
    image: 'teken de afbeelding met `![alt](assets/afbeelding.png)` of `<img src="assets/afbeelding.png" alt="...">`',
    feimage: 'teken de afbeelding met `![alt](assets/afbeelding.png)` of `<img src="assets/afbeelding.png" alt="...">`',
  },
  htmlRemoved: (element, keepText) =>
    `<${element}> hoort niet bij de elementen die een les mag gebruiken: ${keepText ? 'weggehaald, de tekst blijft staan' : 'weggehaald met de inhoud'}`,
  htmlTarget: (value, element) =>
    `target="${value}" van <${element}> is niet toegestaan in een les: weggehaald, de link opent in een nieuw tabblad`,
  htmlAttributeRemoved: (attribute, element, why) =>
    `het attribuut ${attribute} van <${element}> is niet toegestaan in een les: weggehaald${why === null ? '' : `, omdat ${REMOVED_WHY[why]}`}`,
  htmlAttributeUrl: (attribute, element) =>
    `het attribuut ${attribute} van <${element}> verwijst met url() naar een ander bestand: weggehaald`,
  htmlHandler: (attribute, element) =>
    `het attribuut ${attribute} van <${element}> voert een programma uit in het venster van de leerling`,
  htmlHandlerHint: () =>
    'haal het weg; een les die een eigen script nodig heeft, kan `html: trusted` in de front matter zetten (zie de README, Security)',
  htmlFormAction: (attribute, element) =>
    `het attribuut ${attribute} van <${element}> stuurt wat de leerling typt naar een ander adres`,
  htmlDataAddress: (attribute, element) =>
    `het attribuut ${attribute} van <${element}> is een data:-adres dat geen afbeelding, geluid of video is`,
  styleLessThan: () => 'een `<` in een style-blok kan een element beginnen',
  css: {
    escape: 'een backslash-escape in CSS kan een adres verbergen',
    import: '@import laadt een andere stylesheet',
    'image-set': 'image-set() laadt afbeeldingen die de pakketcontrole niet kan volgen',
    image: 'image() laadt een afbeelding die de pakketcontrole niet kan volgen',
    'cross-fade': 'cross-fade() laadt afbeeldingen die de pakketcontrole niet kan volgen',
    src: 'src() laadt een bestand dat de pakketcontrole niet kan volgen',
    expression: 'expression() voert script uit in oude browsers',
    binding: 'een binding of behavior laadt script',
  },

  suspendBudget: (worst, limit, fit) =>
    `met elke dia bekeken en elke vraag beantwoord neemt de opgeslagen voortgang van deze les tot ${n(worst)} tekens in, ` +
    `en SCORM 1.2 bewaart er ${n(limit)}: ` +
    (fit.questions === null
      ? `${n(fit.slides)} dia’s passen`
      : `met alle ${n(fit.allSlides)} dia’s passen ${n(fit.questions)} van de ${n(fit.allQuestions)} vragen; met alle vragen ${n(fit.slides)} dia’s`),

  courseNotKeys: () => 'course.yaml is geen lijst regels `sleutel: waarde`',
  courseUnknownKey: (key) => `onbekende sleutel "${key}" in course.yaml`,
  courseKnownKeys: (keys) => `bekende sleutels: ${keys.join(', ')}`,
  courseMissing: (key) => `course.yaml heeft geen \`${key}:\``,
  courseLessonsList: () => '`lessons:` moet een lijst lesmappen zijn, elk op een regel die begint met `- `',
  courseLessonMissing: (path) => `de lesmap "${path}" bestaat niet of heeft geen lesson.md`,
  courseDuplicateId: (id, other) => `les-id "${id}" is ook de id van de les in ${other}`,
  coursePreviewLessons: () => 'Lessen',
  coursePreviewNote: () =>
    'Elke les is een eigen SCO in het cursuspakket: hij heeft hier zijn eigen opgeslagen gegevens, net als in het LMS.',
  coursePreviewRunning: (courseDir, version, url) =>
    `Voorbeeld van de cursus ${courseDir} als SCORM ${version}: ${url}`,
  courseWrote: (title, lessons) => `Cursus "${title}": ${count(lessons, 'les', 'lessen')}.`,

  importUnknown: (what) => `dit is ${IMPORTED_KINDS[what]}, geen bestand dat scormdown importeert`,
  importEmpty: () => 'het bestand is leeg',
  importIsFolder: () => 'dit is een map: geef het bestand dat je wilt importeren',
  importLegacyText: () =>
    'het bestand is geen UTF-8: het is gelezen als Windows-1252 (West-Europees, wat Kladblok "ANSI" noemt)',
  importLegacyTextHint: () =>
    'controleer de letters met accenten (é, ë, ü, ß) in lesson.md en quiz.yaml; scormdown schrijft ze als UTF-8',
  importNoSlides: () => 'geen dia’s gevonden in deze tekstexport',
  importNoSlidesHint: () =>
    'de tekstexport van een presentatietool heeft na de tekst van elke dia een regel "Slide 1 - <soort>"; controleer of dit er een is',
  importOnlyTitle: (slide) =>
    `dia ${slide} heeft alleen een titel: wat hij verder toonde (een afbeelding, een video) staat niet in een tekstexport`,
  importOnlyTitleHint: () =>
    'zet de afbeelding in assets/ en schrijf ![Wat hij toont](assets/afbeelding.png) onder de titel',
  importQuestionSlide: (slide, id) => `dia ${slide} stelt een vraag: die is de open vraag "${id}" op die dia geworden`,
  importQuestionSlideHint: () =>
    'prima zo (de leerling schrijft een antwoord dat wordt vastgelegd, niet gescoord); maak er in quiz.yaml een vraag met een score van als je wilt',
  importWrote: (folder, slides, questions, assets) =>
    `Geïmporteerd in ${folder}: ${count(slides, 'dia', 'dia’s')}, ${count(questions, 'vraag', 'vragen')}, ${count(assets, 'bestand', 'bestanden')} in assets/.`,
  importLanguage: (language, guessed) =>
    guessed
      ? `De taal van de les is ${language}, herkend aan de tekst: geef --language om een andere te kiezen.`
      : `De taal van de les is ${language}.`,
  importNext: (preview, build) =>
    ['Bekijk hem zoals een leerling hem ziet:', `  ${preview}`, 'en maak de SCORM-zipbestanden:', `  ${build}`].join(
      '\n',
    ),
  importSummary: () =>
    'leest FILE (tekstexport van een presentatietool, .pptx, GIFT of Moodle XML) in een nieuwe lesmap.',
  importOut: () => 'de lesmap die geschreven wordt (standaard: een nieuwe map met de naam van de les)',
  importLanguageOption: () => 'de taal van de les, bijv. nl of en (standaard: uit het bestand of de tekst)',
  importTitle: () => 'de titel van de les (standaard: uit het bestand)',

  // import/pptx.ts
  pptxDamaged: (why) =>
    why === 'zip'
      ? 'dit PowerPoint-bestand is beschadigd: het kan niet uitgepakt worden'
      : 'dit PowerPoint-bestand heeft geen dia’s om te lezen',
  pptxDamagedHint: () => 'open het in PowerPoint en sla het opnieuw op als .pptx, en importeer dat bestand',
  pptxOnlyPictures: (slides, pictures) =>
    `deze presentatie bevat alleen afbeeldingen (${count(slides, 'dia', 'dia’s')}, ${count(pictures, 'afbeelding', 'afbeeldingen')}) en geen tekst: er is niets om een les van te maken`,
  pptxOnlyPicturesHint: () =>
    'importeer de presentatie waarvan de afbeeldingen gemaakt zijn (met de tekst), of begin met `scormdown new` en zet er de afbeeldingen in die je nodig hebt',
  pptxHidden: (slide) => `dia ${slide} is verborgen in de presentatie: hij wordt weggelaten`,
  pptxHiddenHint: () => 'maak de dia zichtbaar in PowerPoint en importeer opnieuw als hij in de les hoort',
  pptxNoAlt: (slide, file) => `dia ${slide}: de afbeelding ${file} heeft geen alternatieve tekst`,
  pptxNoAltHint: () =>
    'beschrijf de afbeelding tussen de haken in lesson.md, ![zoals hier](...), voor leerlingen die hem niet kunnen zien',
  pptxUnconverted: (slide, what) =>
    `dia ${slide} bevat ${{ chart: 'een grafiek', smartart: 'een SmartArt-afbeelding', media: 'een video of geluid', object: 'een ingesloten object' }[what]}, die niet wordt omgezet: een opmerking in lesson.md markeert de plaats`,
  pptxUnconvertedHint: () =>
    'sla hem in PowerPoint op als afbeelding (rechtsklik, Opslaan als afbeelding) en zet hem in assets/, of een video als ::video',

  // import/gift.ts, import/moodle-xml.ts
  xmlDamaged: (why) => `dit Moodle XML-bestand kan niet gelezen worden: ${why}`,
  xmlDamagedHint: () => 'exporteer de vragen opnieuw uit de vragenbank van Moodle (Exporteren, formaat Moodle XML)',
  giftDamaged: (why) => `deze GIFT-vraag kan niet gelezen worden: ${why}`,
  giftWhy: (why) =>
    why === 'brace'
      ? 'de antwoorden hebben een `{` of `}` te veel of te weinig'
      : 'hij heeft geen antwoorden tussen `{` en `}`',
  giftDamagedHint: () =>
    'elke vraag is `::titel:: tekst {antwoorden}`; een `{`, `}`, `~`, `=`, `#` of `:` in een tekst schrijf je als `\\{` enzovoort',
  bankSkipped: (name, type) =>
    `vraag "${name}" is een ${type}-vraag, een type dat de speler niet heeft: hij wordt weggelaten`,
  bankSkippedHint: () =>
    'de speler heeft meerkeuze (één of meer goed), waar-onwaar, kort antwoord, numeriek, koppelen, ordenen en open vragen',
  bankWildcard: (id, answers) =>
    `vraag "${id}" accepteert ${list(answers.map((a) => `"${a}"`))} met Moodles * (willekeurige tekst), en die heeft een fill-in-vraag niet`,
  bankWildcardHint: () =>
    'schrijf in quiz.yaml elk antwoord uit dat een leerling mag geven, of maak er een open vraag van',
  bankFeedbackLost: (id) =>
    `vraag "${id}" heeft feedback of deelpunten bij losse antwoorden, en die kan quiz.yaml niet bevatten: ze worden weggelaten`,
  bankFeedbackLostHint: () =>
    'quiz.yaml heeft één feedback bij een goed en één bij een fout antwoord: controleer ze in quiz.yaml',
  bankCategory: (category) => `categorie "${category}": de vragen ervan staan in quiz.yaml`,
  bankCategoryHint: () =>
    'alle categorieën komen in één toets; splits quiz.yaml in meer bestanden als je ze apart wilt',
  bankDescription: (name, slide) =>
    `"${name}" is een beschrijving (een tekst, geen vraag): het is dia ${slide}, vóór de toets`,
  bankDescriptionHint: () =>
    'de vragen staan op de toetsdia aan het eind; verplaats de tekst of zet er een vraag bij met `::question id`',

  printNoChromium: () =>
    'installeer Chromium of Google Chrome (Debian: `apt-get install chromium`), of zet het pad ervan in CHROMIUM',
  printSummary: () => 'drukt de les af als hand-out-pdf (elke dia op volgorde) met de Chromium die hier staat.',
  printOut: () => 'de pdf die geschreven wordt (standaard: <les-id>.pdf); voor een cursus de map voor een pdf per les',
  printAnswers: () => 'zet na elke vraag het goede antwoord (een exemplaar voor de docent)',
  printWrote: (file, slides) => `${file} geschreven: ${count(slides, 'dia', 'dia’s')}.`,

  // questions/
  giftNoOrder: (id) => `vraag "${id}" laat items in volgorde zetten, en dat kan GIFT niet: hij wordt weggelaten`,
  giftNoOrderHint: () =>
    'schrijf de vragen als Moodle XML (`--format moodle-xml`, de standaard): dat kan ook vragen bevatten die items in volgorde laten zetten',
  questionsPartLost: (id, lost, format) =>
    `vraag "${id}" verliest ${list(lost.map((l) => QUESTIONS_LOSSES[l]))} in ${format}, want ${format} kan die niet bevatten`,
  questionsPartLostHint: () =>
    'schrijf de vragen als Moodle XML (`--format moodle-xml`, de standaard), dat alles kan bevatten, of stel het na het importeren in Moodle in',
  questionsDescriptionFilesHint: () =>
    'de antwoorden van een koppelvraag zijn in Moodle platte tekst: zet de afbeelding in de vraag of bij een begrip links',
  questionsGradedOtherwise: (id, why) =>
    why === 'choices'
      ? `vraag "${id}" heeft meer goede opties en geen deelpunten: Moodle geeft een deel van de punten als een leerling een paar goede opties kiest en geen foute, de speler geeft dan niets`
      : `vraag "${id}" geeft alleen punten als alle paren goed zijn: Moodle geeft een deel van de punten voor elk goed paar`,
  questionsNoGrade: (id, rights) =>
    `vraag "${id}" heeft ${n(rights)} goede opties: met de cijfers van Moodle is 100 % niet in ${n(rights)} gelijke delen te verdelen, dus hij wordt weggelaten`,
  questionsNoGradeHint: () => 'geef hem hoogstens 10 goede opties, of precies 20, of maak er twee vragen van',
  questionsNone: () => 'de les heeft geen vragen: er is niets voor de vragenbank van Moodle',
  questionsAllLeftOut: (format) => `geen enkele vraag van de les kan als ${format} geschreven worden`,
  questionsAllLeftOutHint: () =>
    'schrijf de vragen als Moodle XML (`--format moodle-xml`, de standaard), of kijk naar de waarschuwingen hierboven',
  questionsExistsHint: (another) =>
    `geef het bestand een andere naam met --out (bijv. \`--out ${another}\`), of zet het bestaande eerst ergens anders`,
  questionsSummary: () =>
    'schrijft de vragen van de les als een bestand dat de vragenbank van Moodle importeert (Moodle XML of GIFT).\n' +
    'Het overschrijft nooit een bestand.',
  questionsFormat: () => 'moodle-xml of gift (standaard: moodle-xml)',
  questionsOut: () => 'het bestand dat geschreven wordt (standaard: <les-id>-questions.xml of .gift.txt)',
  questionsWrote: (file, questions, format) =>
    `${file} geschreven: ${count(questions, 'vraag', 'vragen')} voor de vragenbank van Moodle (Importeren, formaat ${format}).`,
  questionsFormatInvalid: (value) => `--format moet moodle-xml of gift zijn, niet "${value}"`,
  translateCourseOutside: (lesson) =>
    `de les "${lesson}" van de cursus ligt buiten de cursusmap: een vertaalde cursus wordt als één map geschreven`,
  translateCourseOutsideHint: () =>
    'zet de lesmap in de cursusmap (en pas het pad in course.yaml aan), of vertaal de les apart',
  translateSameLanguage: (to) => `de les is al in "${to}": --to is de taal waarin je de les wilt vertalen`,
  translateExistsHint: (file) =>
    `${file} is geen vertaling van deze les in die taal en wordt dus niet bijgewerkt: kies een ander bestand met --out, of zet het eerst ergens anders neer`,
  translateUnreadable: (why) => `dit is geen vertaalbestand dat scormdown kan lezen (${why})`,
  translateUnreadableHint: () =>
    'importeer het .po- of .xlf-bestand dat `scormdown translate export` schreef, zoals de vertaler het terugstuurde',
  translateNoLanguage: () =>
    'het vertaalbestand zegt niet in welke taal het is (PO: de kop Language; XLIFF: target-language)',
  translateLessonMissing: (dir) => `de les waaruit dit bestand is gemaakt, staat niet in ${dir}`,
  translateLessonMissingHint: () => 'geef de lesmap met --lesson, bijv. `--lesson les6`',
  translateKept: (id, why: TranslationKept, language) =>
    ({
      missing: `"${id}" staat niet in het vertaalbestand`,
      empty: `"${id}" is nog niet vertaald`,
      review: `"${id}" moet nog nagekeken worden (fuzzy)`,
      changed: `"${id}" is in de les veranderd sinds het bestand werd geëxporteerd`,
      structure: `de vertaling van "${id}" voegt een regel \`---\` of een \`::\`-opdracht toe, die de dia's van de les zou veranderen`,
    })[why] + `: blijft in het ${languageName(language)}`,
  translateExportSummary: () =>
    'schrijft elke tekst van de les naar een bestand voor een vertaler (PO of XLIFF 1.2).\n' +
    'Over een eerdere export heen blijven de vertalingen staan en worden veranderde teksten gemarkeerd.',
  translateImportSummary: () => 'schrijft de les in de taal van een vertaald PO- of XLIFF-bestand, als nieuwe map.',
  translateTo: () => 'de taal waarin je vertaalt, bijv. de (verplicht)',
  translateFormat: () => 'po of xliff (standaard: po)',
  translateOut: () => 'het bestand om te schrijven of bij te werken (standaard: <les-id>-<taal>.po of .xlf)',
  translateImportOut: () => 'de map om te schrijven (standaard: de naam van de lesmap met -<taal>)',
  translateLesson: () => 'de les waaruit het bestand is gemaakt (standaard: de map die het bestand noemt)',
  translateFormatInvalid: (value) => `--format moet po of xliff zijn, niet "${value}"`,
  translateToMissing: () => '--to is verplicht: de taal waarin je vertaalt, bijv. `--to de`',
  translateWrote: (file, texts, kept, review, fresh, to) =>
    `${file} geschreven: ${count(texts, 'tekst', 'teksten')} om te vertalen in het ${languageName(to)}` +
    (kept + review > 0 ? ` (${n(kept)} vertaald, ${n(review)} na te kijken, ${n(fresh)} nieuw).` : '.'),
  translateImported: (folder, translated, texts, language) =>
    `${folder} geschreven: de les in het ${languageName(language)}, ${n(translated)} van ${count(texts, 'tekst', 'teksten')} vertaald.`,

  severity: { error: 'fout', warning: 'waarschuwing' },
  hintLabel: () => 'tip:',
  colon: ':',
  moreNotShown: (more, code, error) =>
    `... en nog ${n(more)} ${code}-${error ? 'fout(en)' : 'waarschuwing(en)'} die niet getoond worden`,

  errorCount: (errors) => count(errors, 'fout', 'fouten'),
  nothingWritten: () => 'niets geschreven. Verbeter de regels hierboven en bouw opnieuw.',
  nothingToPreview: () => 'niets om te bekijken. Verbeter de regels hierboven en start het voorbeeld opnieuw.',
  rebuilt: () => 'Opnieuw gebouwd:',
  rebuiltClean: () => 'Opnieuw gebouwd: geen problemen meer.',
  previewRunning: (lessonDir, version, url) => `Voorbeeld van ${lessonDir} als SCORM ${version}: ${url}`,
  previewFollows: () => 'Het volgt elke keer dat je de les opslaat. Ctrl-C stopt het voorbeeld.',
  coursePreviewFollows: () => 'Het volgt elke keer dat je een les of course.yaml opslaat. Ctrl-C stopt het voorbeeld.',
  starterWritten: (files, preview, build) =>
    [
      'Een beginles geschreven:',
      ...files.map((file) => `  ${file}`),
      '',
      'Bewerk lesson.md en quiz.yaml, en bekijk de les zoals een leerling hem ziet:',
      `  ${preview}`,
      'en maak de SCORM-zipbestanden:',
      `  ${build}`,
    ].join('\n'),
  starterFromCourse: (keys) =>
    `De cursus (course.yaml) geeft deze les ${list(keys)}: haal de # voor een regel weg om de les een eigen waarde te geven.`,
  starterAddToCourse: (entry, file) =>
    `Zet de les in de cursus met de regel \`  - ${entry}\` onder \`lessons:\` in ${file}.`,
  usage: () => 'Gebruik:',
  helpOption: () => 'toon deze hulp',
  versionOption: () => 'toon de versie van scormdown',
  langOption: () =>
    'de taal waarin scormdown tegen je praat: en, nl, de, fr of es (standaard: de taal van de les, anders die van het systeem)',
  buildSummary: () =>
    'bouwt de les in lessonDir (standaard: de huidige map) tot SCORM-zipbestanden; een map met een\n' +
    'course.yaml: de zips van elke les en het cursuspakket.',
  buildOut: () => 'map voor de zipbestanden (standaard: dist)',
  buildScorm: () => '1.2, 2004 of both (standaard: both)',
  previewSummary: () =>
    'toont de les in een nagebootst LMS op http://127.0.0.1:PORT/, met ernaast wat het LMS vastlegt;\n' +
    'elke keer dat je de les opslaat, verschijnt dat vanzelf in de pagina. Ctrl-C stopt het.',
  previewScorm: () => '1.2 of 2004 (standaard: 2004)',
  previewPort: () => 'de poort op 127.0.0.1 (standaard: 0, een vrije poort)',
  newSummary: () =>
    'schrijft een beginles om te bewerken in folder (standaard: de huidige map; wordt gemaakt als hij ontbreekt):\n' +
    'lesson.md, quiz.yaml en een afbeelding. Het overschrijft nooit een bestand.',
  newLanguage: () =>
    'de taal van de les, bijv. nl of en (standaard: de taal waarin scormdown praat; de teksten van de beginles in nl, en, de, fr of es, Engelse voor elke andere)',
  newTitle: () => 'de titel van de les (standaard: "Mijn eerste les", of hetzelfde in de taal van de les)',
  unknownOption: (option) => `onbekende optie "${option}"`,
  optionTwice: (option) => `${option} staat er twee keer: geef het één keer`,
  noCommand: () => 'geen opdracht gegeven',
  unknownCommand: (name) => `onbekende opdracht "${name}"`,
  needsValue: (option) => `${option} heeft een waarde nodig`,
  oneFolder: (given) => `één lesmap tegelijk, maar dit zijn er meer: ${given.join(' ')}`,
  languageInvalid: (value) => `--language moet een taalcode zijn zoals nl, en of nl-BE, niet "${value}"`,
  langInvalid: (value, spoken) =>
    `--lang moet ${spoken.slice(0, -1).join(', ')} of ${spoken.at(-1) ?? ''} zijn, niet "${value}"`,
  titleInvisible: (name) => `--title bevat ${char(name)}, dat niemand ziet: typ de titel opnieuw zonder dat teken`,
  titleEmpty: () => '--title heeft een tekst nodig, bijv. --title "Les 7: Verkoopgesprekken"',
  starterTitleInvisible: (name) => `de titel bevat ${char(name)}, dat niemand ziet`,
  previewScormInvalid: (labels, value) =>
    `--scorm moet ${labels.join(' of ')} zijn voor een voorbeeld, niet "${value}"`,
  portInvalid: (value) => `--port moet een getal van 0 tot 65535 zijn, niet "${value}"`,
  scormInvalid: (labels, value) => `--scorm moet ${labels.join(', ')} of both zijn, niet "${value}"`,

  readFailed: (path, reason) => `kon ${path} niet lezen (${reason})`,
  writeFailed: (path, reason) => `kon ${path} niet schrijven (${reason})`,
  portFailed: (port, reason) => `kan het voorbeeld niet aanbieden op poort ${port} (${reason})`,
  starterExists: (paths, command) =>
    `${paths.join(', ')} ${paths.length === 1 ? 'bestaat' : 'bestaan'} al; scormdown ${command} overschrijft nooit een bestand: niets geschreven`,
  failureHint: {
    read: 'controleer of het bestand er is, een gewoon bestand van hoogstens 2 GiB is, en of je het mag lezen',
    write: 'controleer of de map bij --out een map is waarin je mag schrijven, en of de schijf niet vol is',
    portInUse:
      'misschien gebruikt een ander programma hem: kies een andere --port, of laat hem weg voor een vrije poort',
    exists: 'begin de nieuwe les in een andere, nieuwe map, of zet het bestand eerst ergens anders',
  },
  starterWriteHint: (command, writer) =>
    `controleer of je in deze map mag schrijven en of de schijf niet vol is, en voer dan \`${command} ${writer}\` opnieuw uit`,
  notAFolder: () => 'het is een bestand, geen map',
  newFolderHint: (command, writer) =>
    writer === 'new'
      ? `geef de naam van een nieuwe of lege map, bijv. \`${command} new mijn-les\``
      : 'geef met --out een nieuwe of lege map, bijv. `--out mijn-les`',
  starterExistsHint: (command, writer, files, folder) =>
    (writer === 'new'
      ? `begin de nieuwe les in een andere map (\`${command} new mijn-les\`)`
      : 'schrijf de les in een andere map (`--out mijn-les`)') +
    `, of zet ` +
    `${files === 1 ? 'dit bestand' : 'deze bestanden'} eerst ergens anders; ` +
    `om de les die hier al staat te bouwen: \`${command} build ${folder}\``,
};
