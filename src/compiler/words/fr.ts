// Every text the tool says to an author, in French: the same keys and signatures as en.ts (`Words`).
// Codes, keys (`title:`), values (`true`) and directives (`::quiz`) stay as the author types them.
// The author is addressed as "tu", as the player addresses the learner.

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

const { count, n, languageName, list } = sayIn('fr', 'et');

const QUESTIONS_LOSSES: Record<QuestionsLoss, string> = {
  points: 'ses points',
  case: 'son réglage de la casse (caseSensitive)',
  unit: 'son unité',
  feedback: 'son feedback',
  files: 'ses images et fichiers',
  'description-files': 'les images de ses descriptions',
};

/** "U+000B vertical tab" -> "U+000B": the code point says it in every language. */
const char = (name: string): string => `le caractère invisible ${name.split(' ')[0] ?? name}`;

const ASSET_KINDS: Record<AssetKind, string> = {
  image: 'image',
  audio: 'fichier audio',
  video: 'vidéo',
  media: 'fichier média',
  link: 'fichier lié',
  style: 'fichier dans le CSS',
};

const FILE_KINDS: Record<FileKind, string> = {
  folder: 'un dossier',
  fifo: 'une FIFO (tube nommé)',
  device: 'un périphérique',
  socket: 'un socket',
  'socket-or-device': 'un socket ou un périphérique',
  other: 'pas un fichier ordinaire',
};

const UNREADABLE: Record<UnreadableWhy, string> = {
  permission: 'permission refusée',
  loop: 'ses liens tournent en rond',
  changed: 'il a changé pendant la lecture\u202f; construis à nouveau',
};

const IMPORTED_KINDS: Record<ImportedKind, string> = {
  binary: 'pas un fichier texte',
  docx: 'un document Word',
  zip: "un fichier zip qui n'est pas une présentation PowerPoint",
  xml: "un fichier XML qui n'est pas une banque de questions Moodle",
  text: "un texte qui n'est ni un export de diapositives, ni un fichier GIFT, ni du Moodle XML",
  protected: 'un fichier Office protégé par un mot de passe, illisible sans ce mot de passe',
};

const REMOVED_WHY: Record<RemovedAttribute, string> = {
  srcset: 'il charge des images que la vérification du paquet ne peut pas suivre',
  ping: 'il signale les clics à une autre adresse',
  background: 'il charge une image que la vérification du paquet ne peut pas suivre',
  autoplay: "le son ou la vidéo ne démarre que lorsque l'apprenant le lance (WCAG 1.4.2)",
};

const QUIZ_PARTS: Record<'options' | 'items' | 'pairs', [string, string]> = {
  options: ['option', 'options'],
  items: ['élément', 'éléments'],
  pairs: ['paire', 'paires'],
};

export const fr: Words = {
  hint: {
    FRONT_MATTER_MISSING:
      'commence lesson.md par une ligne `---`, puis `title:` et `id:`, puis une ligne de fermeture `---`',
    FRONT_MATTER_INVALID: 'le front matter est fait de lignes `clé: valeur` entre deux lignes ne contenant que `---`',
    FRONT_MATTER_UNCLOSED: 'ajoute une ligne `---` après la dernière clé du front matter',
    YAML_TAB:
      'indente avec des espaces, pas des tabulations (règle ton éditeur pour que la touche Tab insère des espaces)',
    YAML_SYNTAX:
      "vérifie l'indentation, les deux-points et les guillemets\u202f; mets un texte contenant `: ` ou `#` entre guillemets",
    META_TITLE_MISSING: 'ajoute `title: "Le titre de la leçon"` au front matter',
    META_ID_MISSING:
      'ajoute `id: ma-lecon` au front matter (lettres, chiffres, `-`, `_`, `.`, en commençant par une lettre)',
    META_ID_INVALID:
      'utilise seulement des lettres, des chiffres, `-`, `_` et `.`, en commençant par une lettre, p. ex. `id: les6-klachten`',
    META_PASSING_SCORE_RANGE: 'donne un pourcentage de 0 à 100, p. ex. `passingScore: 70`',
    META_COMPLETION_NO_QUIZ: 'ajoute des questions notées avec `::quiz` ou `::question`, ou écris `completion: slides`',
    LESSON_FILE_MISSING: "un dossier de leçon a besoin d'un fichier lesson.md",
    LESSON_NO_SLIDES: 'écris au moins une diapositive sous le front matter',
    SLIDE_EMPTY: 'supprime une des deux lignes `---`, ou écris quelque chose sur la diapositive',
    DIRECTIVE_ARGUMENTS: 'écris `::question ID` avec exactement un identifiant de question',
    SLIDE_ID_INVALID:
      'écris `::slide mon-nom` sur une ligne à part\u00a0: un nom de lettres, chiffres, `-` et `_`, commençant par une lettre',
    SLIDE_ID_DUPLICATE: 'donne à chaque diapositive son propre nom `::slide`',
    VIDEO_NEEDS_INTERNET:
      'très bien là où les apprenants ont Internet\u202f; pour une leçon qui marche hors ligne, mets le fichier vidéo dans assets/ et écris ![Titre](assets/video.mp4)',
    GATE_INVALID:
      'écris `::gate` seul sur une ligne de la première diapositive qui reste fermée tant que le quiz n’est pas terminé',
    GATE_TWICE: 'le premier `::gate` ferme déjà chaque diapositive après lui\u00a0: supprime celui-ci',
    GATE_BEFORE_QUIZ:
      'déplace `::gate` sur une diapositive après le quiz et sa diapositive de résultat\u00a0: sinon un apprenant ne pourrait jamais atteindre les questions qu’il ferme',
    GATE_NO_QUIZ: 'un `::gate` attend la fin du quiz\u00a0: ajoute des questions notées, ou supprime `::gate`',
    TIMER_INVALID: 'écris la durée en minutes:secondes ou heures:minutes:secondes, p. ex. `::timer 20:00`',
    QUIZ_FILE_MISSING: 'crée le fichier à côté de lesson.md, ou corrige `quiz:` dans le front matter',
    QUIZ_NOT_A_LIST: 'un fichier de quiz est une liste de questions\u00a0: chaque question commence par `- id: ...`',
    QUIZ_MISSING_FIELD: 'ajoute le champ à la question (le README décrit les champs de chaque type de question)',
    QUIZ_INVALID_VALUE: 'le README décrit ce que contient ce champ',
    QUIZ_ID_INVALID: 'utilise seulement des lettres, des chiffres, `-` et `_`, p. ex. `id: soorten-klachten`',
    QUIZ_DUPLICATE_ID: 'donne à chaque question son propre identifiant',
    QUIZ_NO_CORRECT: 'marque au moins une option avec `correct: true`',
    QUIZ_OPTION_COUNT: 'donne de 2 à 26 options (éléments, paires)',
    QUESTION_NOT_DEFINED: "vérifie l'orthographe, ou ajoute une question avec cet identifiant au fichier de quiz",
    QUESTION_PLACED_TWICE: "une question ne peut figurer que sur une diapositive\u202f; supprime l'une des deux",
    QUESTION_UNUSED: 'place-la avec `::question ID` sur une diapositive, ou ajoute `::quiz` à la leçon',
    QUIZ_DRAW_INVALID: 'écris `::quiz draw 3` (3 questions tirées de cette section) ou `::quiz draw 3 id1 id2 id3 id4`',
    QUIZ_DRAW_TOO_MANY: 'tire moins de questions, ou ajoute des questions notées à cette section `::quiz`',
    QUIZ_SECTION_EMPTY:
      'chaque question est déjà placée ailleurs\u00a0: supprime ce `::quiz`, ou écris des identifiants après lui',
    ASSET_MISSING:
      "vérifie l'orthographe (les majuscules comptent sur le serveur du LMS) ou ajoute le fichier au dossier de la leçon",
    LINK_OUTSIDE_LESSON:
      'copie le fichier lui-même dans le dossier de la leçon au lieu de faire un lien\u00a0: un paquet ne contient que le dossier de la leçon',
    MARKDOWN_INDENTED_CODE:
      'supprime les espaces ou la tabulation devant la ligne\u202f; pour du code voulu, mets-le entre deux lignes ```',
    ASSET_OUTSIDE_LESSON:
      'déplace le fichier dans le dossier de la leçon (p. ex. assets/) et désigne-le par rapport à lesson.md',
    ASSET_REMOTE:
      "télécharge le fichier dans assets/ et désigne-le par assets/<nom>\u00a0: le paquet ne peut rien charger de l'extérieur",
    MARKDOWN_TOO_DEEP:
      'citations, listes ou mises en valeur sont imbriquées ici sur des milliers de niveaux\u00a0: écris le texte simplement',
    FILE_NOT_REGULAR:
      'mets un fichier ordinaire à sa place\u00a0: un dossier, une FIFO, un périphérique ou un socket ne peut pas entrer dans un paquet',
    FILE_UNREADABLE:
      'vérifie que tu peux lire le fichier et son dossier (p. ex. `chmod a+r` sur le fichier, `chmod a+rx` sur son dossier)',
    FILE_HARD_LINKED:
      "si ce n'est pas un fichier de ta leçon, copie-le dans le dossier de la leçon (cp, pas ln) ou supprime les autres liens",
    TEXT_INVISIBLE_CHAR:
      "supprime le caractère (retape le texte autour)\u00a0: il vient souvent d'un texte copié depuis un autre programme",
    TEXT_CHAR_REPLACED:
      'tape plutôt une espace à cet endroit (ou un saut de ligne Markdown sur une diapositive) pour faire taire cet avertissement',
    META_ID_TOO_LONG:
      'utilise un identifiant court, p. ex. `id: les6-klachten`\u00a0: les fichiers zip portent son nom',
    ASSET_NAME_TOO_LONG:
      'donne un nom plus court au fichier ou au dossier\u00a0: sinon certains systèmes ne peuvent pas décompresser le zip',
    SUSPEND_DATA_BUDGET:
      "divise la leçon en deux, ou publie le paquet SCORM 2004 (64 000 caractères)\u00a0: un LMS qui limite SCORM 1.2 à 4 096 caractères perd la progression de l'apprenant au-delà",
    QUIZ_EMPTY_TEXT: "écris le texte, ou supprime l'entrée",
    HTML_REFUSED:
      "supprime-le\u00a0: une leçon n'exécute aucun script à elle et ne charge rien hors de son paquet (voir le README, Security)",
    HTML_REMOVED:
      'supprime-le, ou écris-le avec les éléments et attributs que le README liste (Security)\u00a0: la construction le laisse de côté',
    CSS_REFUSED: 'écris le CSS sans cela\u202f; une image y entre avec url(assets/image.png), un fichier du paquet',
    YAML_UNQUOTED_COLON: 'mets un texte contenant ": " entre guillemets doubles',
    COURSE_INVALID:
      'course.yaml contient `title:`, `id:`, les dossiers des leçons en liste sous `lessons:`, et des valeurs par défaut des leçons comme `passingScore: 70`',
    COURSE_LESSON_MISSING:
      "écris le chemin d'un dossier de leçon (avec lesson.md) par rapport à course.yaml, p. ex. `- les-1`",
    COURSE_DUPLICATE_ID:
      'donne à chaque leçon du cours sa propre `id:` dans son front matter\u00a0: les fichiers zip portent son nom',
    META_LANGUAGE_NO_UI:
      'très bien si des boutons en anglais conviennent à tes apprenants\u202f; sinon écris toi-même les textes du lecteur avec `ui:` dans le front matter (voir le README)',
    QUESTIONS_GRADED_OTHERWISE:
      'écris `scoring: partial` sur la question (ou dans le front matter), pour que le lecteur donne une partie des points comme Moodle',
    QUESTIONS_NONE:
      'ajoute des questions à quiz.yaml et place-les avec `::quiz` ou `::question ID` (README\u00a0: quiz.yaml)',
    TRANSLATION_SAME_LANGUAGE: 'écris après --to la langue dans laquelle traduire, p. ex. `--to de`',
    TRANSLATION_KEPT:
      'traduis-le dans le fichier et importe à nouveau\u202f; pour un texte modifié, exporte à nouveau vers le même fichier (`--out`)\u00a0: les autres traductions sont gardées',
    IMPORT_NOT_RECOGNISED:
      "importe un export texte d'un outil de diapositives (.txt), une présentation PowerPoint (.pptx), un fichier GIFT ou une banque de questions Moodle XML",
  },

  didYouMean: (meant) => (meant === null ? '' : `\u202f; voulais-tu dire "${meant}"\u202f?`),
  knownValues: (values) => `utilise l'une de ces valeurs\u00a0: ${values.join(', ')}`,

  frontMatterMissing: () => 'lesson.md ne commence pas par un front matter (une ligne `---`)',
  frontMatterUnclosed: (lastLine) =>
    `le front matter n'est jamais fermé\u00a0: une ligne \`---\` va ici, après la ligne ${lastLine}`,
  frontMatterNotKeys: () => "le front matter n'est pas une liste de lignes `clé: valeur`",
  metaUnknownKey: (key) => `clé "${key}" inconnue dans le front matter`,
  metaKnownKeys: (keys) => `clés connues\u00a0: ${keys.join(', ')}`,
  metaTitleMissing: () => "le front matter n'a pas de `title:`",
  metaIdMissing: () => "le front matter n'a pas d'`id:`",
  metaCharReplaced: (key, name) =>
    `${key} contient ${char(name)}, un saut de ligne que personne ne voit\u00a0: il est remplacé par une espace`,
  metaCharInvisible: (key, name) =>
    `${key} contient ${char(name)}, un caractère que personne ne voit et que le manifeste du paquet ne peut pas contenir`,
  metaTitleEmpty: () => '`title:` est vide',
  metaIdInvalid: (id) => `"${id}" n'est pas un identifiant de leçon valide`,
  metaIdTooLong: (length, max) =>
    `l'identifiant fait ${length} caractères\u202f; il nomme les fichiers zip, et un nom de fichier peut en avoir ${max} ici`,
  metaLanguageInvalid: (language) => `"${language}" n'est pas un code de langue`,
  metaLanguageHint: () => 'utilise un code comme `fr`, `nl` ou `fr-BE`',
  passingScoreFraction: (written, percent): Text => ({
    message: `passingScore ${written} est un pourcentage\u00a0: tout apprenant qui obtient ${written} % ou plus réussirait`,
    hint: `pour ${percent} %, écris \`passingScore: ${percent}\``,
  }),
  passingScoreRange: (written) => `passingScore ${written || '(vide)'} n'est pas un pourcentage de 0 à 100`,
  attemptsInvalid: (written) => `attempts ${written || '(vide)'} n'est pas un nombre entier`,
  attemptsHint: () => 'donne le nombre de tentatives du quiz, p. ex. `attempts: 2`, ou 0 pour illimité',
  metaShuffleInvalid: (written) => `shuffle "${written}" n'est ni true ni false`,
  metaShuffleHint: () =>
    'écris `shuffle: true` pour mélanger les options de chaque question à choix unique et multiple',
  metaTriesInvalid: (written, max) => `tries ${written || '(vide)'} n'est pas un nombre entier de 1 à ${max}`,
  triesHint: () => 'p. ex. `tries: 2`\u00a0: une mauvaise réponse peut être modifiée et vérifiée une fois de plus',
  metaNotText: (key) => `${key} doit être du texte`,
  metaOneLine: (key) => `écris \`${key}: ...\` sur une seule ligne`,
  metaNotAllowed: (key, value) => `${key} "${value}" n'est pas autorisé`,
  themeNotMap: () => '`theme:` doit être suivi de lignes `clé: valeur`',
  themeHint: () => 'p. ex. `theme:` et en dessous `  color: "#0a58a8"`, `  logo: assets/logo.png`, `  font: serif`',
  themeColorEmpty: () =>
    'la couleur du thème est vide\u00a0: YAML lit un # sans guillemets comme le début d’un commentaire, écris donc la couleur entre guillemets, `color: "#0a58a8"`',
  themeColorInvalid: (value) => `la couleur du thème "${value}" n'est pas une couleur comme "#0a58a8"`,
  themeLogoInvalid: () =>
    'le logo du thème doit nommer une image du dossier de la leçon (.png, .jpg, .gif, .svg, .webp ou .avif)',
  themeUnknownKey: (key) => `clé de thème "${key}" inconnue`,
  themeContrast: (color, ratio) =>
    `la couleur du thème ${color} a un contraste de ${ratio.toLocaleString('fr', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1 avec le blanc\u00a0: les boutons et liens de cette couleur sont difficiles à lire (au moins 4,5:1)`,
  themeContrastHint: (shade) => `une nuance plus foncée qui atteint 4,5:1\u00a0: \`color: "${shade}"\``,
  languageNoUi: (language, known) =>
    `le lecteur n'a pas de textes en "${language}" (il a ${known.join(', ')})\u00a0: ses boutons et messages seront en anglais`,
  uiNotMap: () => '`ui:` doit être suivi de lignes `clé: texte`',
  uiHint: () => 'p. ex. `ui:` et en dessous `  next: Continuer` (les clés sont dans le README)',
  uiUnknownKey: (key) => `clé ui "${key}" inconnue`,
  metaQuizInvalid: () => 'quiz doit être un nom de fichier ou une liste de noms de fichiers',
  metaQuizHint: () => 'p. ex. `quiz: quiz.yaml` ou `quiz: [partie1.yaml, partie2.yaml]`',

  yamlTab: () => "cette ligne est indentée par une tabulation\u202f; YAML n'y permet que des espaces",
  yamlParser: (parserMessage) => `YAML invalide\u00a0: ${parserMessage}`,
  yaml: {
    colon: (line): Text => ({
      message: `ce texte contient ": " sans guillemets, donc YAML lit ce qui précède comme une clé\u00a0: écris la ligne \`${line}\``,
      hint: 'mets un texte contenant ": " entre guillemets doubles',
    }),
    'duplicate-key': (key): Text => ({
      message: `\`${key}:\` est écrit deux fois ici\u202f; une question (ou une liste de paires) ne contient chaque clé qu'une fois`,
      hint: 'supprime une des deux lignes, ou donne à la seconde son propre nom',
    }),
    'indented-more': (above): Text => ({
      message: `cette ligne est plus indentée que la ligne ${above}, donc YAML la lit comme la suite du texte de cette ligne`,
      hint: 'commence la ligne exactement sous la clé au-dessus (avec le même nombre d’espaces)',
    }),
    'indented-less': (): Text => ({
      message: 'cette ligne est moins (ou plus) indentée que les lignes dont elle fait partie',
      hint: 'commence chaque clé d’une question sous `id:`, et chaque `- ` d’une liste sous le premier',
    }),
    'no-space-after-colon': (line): Text => ({
      message: `une clé a besoin d'une espace après ses deux-points\u00a0: écris la ligne \`${line}\``,
      hint: 'mets une espace après le `:` de chaque clé',
    }),
    'no-colon': (key): Text => ({
      message: `\`${key}\` n'est pas suivi de deux-points, donc YAML ne le lit pas comme une clé`,
      hint: `écris \`${key}: \` suivi de sa valeur`,
    }),
    'unclosed-quote': (q): Text => ({
      message: `ce texte commence par ${q} mais n'est jamais fermé par ${q}, donc YAML lit jusqu'à la fin du fichier`,
      hint: `ajoute ${q} à la fin du texte`,
    }),
    'unclosed-bracket': (bracket): Text => ({
      message: `cette liste commence par ${bracket} mais n'est jamais fermée par ${bracket === '{' ? '}' : ']'} sur la même ligne`,
      hint: `ferme-la sur cette ligne, ou, pour un texte qui commence par ${bracket}, mets le texte entre guillemets doubles`,
    }),
    'reserved-start': (line): Text => ({
      message: `YAML donne un sens particulier au premier caractère de ce texte\u00a0: écris la ligne \`${line}\``,
      hint: 'un texte qui commence par * & ! [ { > | @ ` % ou ? se met entre guillemets doubles',
    }),
    'text-after-quote': (line): Text => ({
      message: `le texte continue après son guillemet fermant\u00a0: écris la ligne \`${line}\``,
      hint: "les guillemets entourent tout le texte\u202f; un ' entre guillemets simples s'écrit deux fois ('')",
    }),
    'bad-escape': (line): Text => ({
      message: `entre guillemets doubles, une barre oblique inverse commence un code comme \\n\u00a0: écris la ligne \`${line}\``,
      hint: 'mets un texte avec une barre oblique inverse (un chemin Windows) entre guillemets simples, ou écris-la deux fois',
    }),
    'unindented-text': (above): Text => ({
      message: `cette ligne continue le texte de la ligne ${above}, mais n'est pas indentée`,
      hint: 'écris le texte sur une ligne, ou indente les lignes qui le continuent sous le texte',
    }),
    'dash-without-space': (line): Text => ({
      message: `une entrée de liste commence par \`- \` (un tiret et une espace)\u00a0: écris la ligne \`${line}\``,
      hint: 'mets une espace après le `-`',
    }),
    'extra-document': (): Text => ({
      message:
        'un fichier de quiz contient une seule liste de questions\u00a0: cette ligne `---` en commence une seconde',
      hint: 'supprime la ligne `---`\u00a0: les questions se suivent, chacune commençant par `- id:`',
    }),
  },

  slideEmpty: () => 'cette diapositive est vide',
  lessonNoSlides: () => "lesson.md n'a pas de diapositives",
  slideIdDuplicate: (id, line) => `une autre diapositive s'appelle aussi "${id}" (ligne ${line})`,
  gateAlreadyCloses: (line) => `le \`::gate\` de la ligne ${line} ferme déjà cette diapositive`,
  markdownTooDeep: () => 'ce Markdown est imbriqué trop profondément pour être lu',
  gateAlone: () => '`::gate` est seul sur sa diapositive',
  gateAloneHint: () => 'écris `::gate` sur la première diapositive qui reste fermée, à côté de son contenu',
  gateArguments: (found) => `\`::gate\` ne prend pas d'arguments, trouvé "${found}"`,
  gateTwiceOnSlide: (line) => `cette diapositive a déjà un \`::gate\` (ligne ${line})`,
  slideNamedTwice: (id) => `cette diapositive s'appelle déjà "${id}"`,
  slideNamedTwiceHint: () => 'donne à une diapositive un seul `::slide ID`',
  slideIdInvalid: (written) => `"${written || '(rien)'}" n'est pas un nom de diapositive`,
  questionArguments: (found) => `::question a besoin d'exactement un identifiant de question, trouvé ${found}`,
  directiveUnknown: (name) => `directive "${name}" inconnue`,
  directiveKnown: (names) =>
    `directives connues\u00a0: ${names.join(', ')} (p. ex. \`::timer 20:00\`, \`::question mon-id\`, \`::quiz\`, \`::video https://youtu.be/ID\`)`,
  quizUnknownWord: (word) => `mot "${word}" inconnu après \`::quiz\``,
  quizDrawCount: (found) =>
    `\`::quiz draw\` a besoin d'un nombre entier de questions de 1 ou plus, trouvé "${found || '(rien)'}"`,
  videoNoAddress: () => "`::video` a besoin de l'adresse d'une vidéo",
  videoNotAddress: (url) => `"${url}" n'est pas l'adresse d'une vidéo YouTube ou Vimeo`,
  videoForms: (forms) => `écris \`::video\` et l'une de ces formes\u00a0: ${forms.join(', ')}`,
  videoNeedsInternet: (site) =>
    `cette diapositive montre une vidéo de ${site}\u00a0: les apprenants ont besoin d'Internet (et de ${site} non bloqué) pour la voir`,
  timerInvalid: (written) => `"${written || '(rien)'}" n'est pas une durée de minuteur`,

  quizNotAList: (file) => `${file} n'est pas une liste de questions`,
  quizEntryNotQuestion: () => "cette entrée n'est pas une question",
  quizEntryNotQuestionHint: () => 'chaque question est un bloc de lignes `clé: valeur` qui commence par `- id: ...`',
  quizNoId: () => "cette question n'a pas d'`id:`",
  quizNoIdHint: () => 'ajoute `id: un-nom-court` (lettres, chiffres, `-`, `_`)',
  quizIdInvalid: (id) =>
    `l'identifiant de question "${id}" ne peut contenir que des lettres, des chiffres, \`-\` et \`_\``,
  quizTypeHint: (types) => `ajoute \`type:\` avec l'une de ces valeurs\u00a0: ${types.join(', ')}`,
  quizUnknownType: (id, type) => `la question "${id}" a le type inconnu "${type}"`,
  quizTriesInvalid: (id, max, written) =>
    `tries de la question "${id}" doit être un nombre entier de 1 à ${max}, pas "${written}"`,
  quizShuffleIgnored: (id, type) =>
    `la question "${id}" (${type}) n'a pas d'options à mélanger\u00a0: \`shuffle\` est ignoré`,
  quizShuffleIgnoredHint: (alwaysMixed) =>
    `seules les questions à choix unique et multiple sont mélangées\u202f; ${alwaysMixed ? 'ce type est toujours affiché mélangé' : 'supprime `shuffle:`'}`,
  quizTriesIgnored: (id) => `la question ouverte "${id}" n'est jamais fausse\u00a0: \`tries\` est ignoré`,
  removeField: (key) => `supprime \`${key}:\``,
  quizPointsIgnored: (id) => `la question ouverte "${id}" est enregistrée, pas notée\u00a0: \`points\` est ignoré`,
  quizPointsIgnoredHint: () => 'supprime `points:`, ou choisis un type de question noté',
  quizUnknownField: (id, type, key) => `la question "${id}" (${type}) a un champ "${key}" inconnu`,
  quizFieldsOf: (type, fields) => `champs d'une question ${type}\u00a0: ${fields.join(', ')}`,
  quizPromptHint: () => "ajoute `prompt:` avec la question que voit l'apprenant",
  quizFeedbackNotMap: (id) =>
    `le feedback de la question "${id}" doit avoir des lignes \`correct:\` et/ou \`incorrect:\``,
  quizFeedbackUnknown: (id, key) => `le feedback de la question "${id}" a un champ "${key}" inconnu`,
  quizFeedbackHint: () => 'utilise `correct:` et `incorrect:`',
  quizPointsInvalid: (id, written) =>
    `points de la question "${id}" doit être un nombre de 0 ou plus, pas "${written}"`,
  quizPointsHint: () => 'p. ex. `points: 2`\u202f; laisse-le de côté pour 1 point',
  quizMissingField: (id, key) => `la question "${id}" n'a pas de \`${key}:\``,
  quizNotText: (what, id) => `${what} de la question "${id}" doit être du texte`,
  quizTooDeep: (what, id) => `${what} de la question "${id}" est imbriqué trop profondément pour être lu`,
  quizTextEmpty: (what, id) => `${what} de la question "${id}" est vide`,
  quizNotBoolean: (what, id, written) => `${what} de la question "${id}" doit être true ou false, pas "${written}"`,
  booleanHint: (written, meant) =>
    meant === null
      ? 'écris `true` ou `false` (sans guillemets)'
      : `écris \`${meant}\` pour ${written}\u00a0: seuls \`true\` et \`false\` sont lus comme oui et non`,
  thePrompt: () => "l'énoncé",
  theFeedback: (key) => `feedback.${key}`,
  anOption: () => 'une option',
  anItem: () => 'un élément',
  aTerm: () => 'un terme',
  theDescriptionOf: (term) => `la description de "${term}"`,
  theField: (key) => key,
  quizAnswerHint: () => 'ajoute `answer: true` ou `answer: false`',
  quizScoringUnknown: (id, written) => `scoring de la question "${id}" vaut "${written}"`,
  quizOptionCount: (id, found, what) =>
    `la question "${id}" a ${found < 2 ? `seulement ${found}` : found} ${QUIZ_PARTS[what][found < 2 ? 0 : 1]}\u202f; il en faut de 2 à 26`,
  quizNotList: (key, id) => `${key} de la question "${id}" doit être une liste`,
  quizOptionsHint: () => 'ajoute `options:` avec une liste d’entrées `- text: ...`, dont une avec `correct: true`',
  quizOptionsListHint: () => 'commence chaque option par `- text: `',
  quizOptionNoText: (id) => `une option de la question "${id}" n'a pas de \`text:\``,
  quizOptionNoTextHint: () =>
    "écris l'option sous la forme `- text: ...` (avec `correct: true` en dessous quand elle est juste), ou `- ...` seul",
  quizNoCorrect: (id) => `la question "${id}" n'a pas d'option correcte`,
  quizSingleCorrect: (id, found) =>
    `la question à choix unique "${id}" a ${found} options correctes\u202f; il en faut exactement une`,
  quizSingleCorrectHint: () =>
    'garde `correct: true` sur une seule option, ou utilise `type: multiple` quand plusieurs sont justes',
  quizItemsHint: () => 'ajoute `items:` avec les éléments dans le bon ordre',
  quizItemsListHint: () => 'écris `items: [premier, deuxième, troisième]`',
  quizPairsHint: () => 'ajoute `pairs:` avec une ligne `terme: description` par paire',
  quizPairsInvalid: (id) => `pairs de la question "${id}" doit être des lignes \`terme: description\``,
  quizAnswersHint: () => 'ajoute `answers: [première réponse acceptée, une autre réponse acceptée]`',
  quizAnswerEmpty: (id) => `la question "${id}" a une réponse acceptée vide`,
  quizAnswerEmptyHint: () => 'chaque réponse acceptée est un texte non vide',
  numberInvalid: (key, id, limit, decimals, written) =>
    `${key} de la question "${id}" doit être un nombre de -${limit} à ${limit} avec au plus ${decimals} décimales, pas "${written}"`,
  numberHint: (example) => `${example}\u202f; écris-le avec un point, sans guillemets`,
  unitInvalid: (id, written) => `l'unité de la question "${id}" doit être un mot sans chiffres, pas "${written}"`,
  unitHint: () => 'p. ex. `unit: degrés`, ou laisse `unit:` de côté',
  exampleTolerance: () => 'p. ex. `tolerance: 2` accepte de 73 à 77 pour `answer: 75`',
  exampleMin: () => 'p. ex. `min: 70`',
  exampleMax: () => 'p. ex. `max: 80`',
  exampleAnswer: () => 'p. ex. `answer: 75`',
  toleranceAndRange: (id) => `la question "${id}" a à la fois \`tolerance:\` et \`min:\`/\`max:\``,
  toleranceAndRangeHint: () => "garde `answer:` avec `tolerance:`, ou donne l'intervalle avec `min:` et `max:`",
  toleranceNegative: (id) => `tolerance de la question "${id}" est inférieure à 0`,
  toleranceNegativeHint: () => 'p. ex. `tolerance: 2`, ou 0 pour exactement la réponse',
  toleranceBeyond: (id, limit) => `answer +- tolerance de la question "${id}" dépasse -${limit}..${limit}`,
  rangeHalf: (id, given, missing) => `la question "${id}" a \`${given}:\` sans \`${missing}:\``,
  rangeHalfHint: () => 'donne à la fois `min:` et `max:` (les bornes sont comprises)',
  rangeMaxBelowMin: (id) => `max de la question "${id}" est inférieur à son min`,
  rangeAnswerOutside: (id) => `answer de la question "${id}" est en dehors de min..max`,
  rangeHint: () => "l'intervalle min..max comprend ses bornes et contient la réponse",
  numericNoAnswer: (id) => `la question "${id}" n'a pas d'\`answer:\``,
  numericNoAnswerHint: () =>
    "ajoute `answer: 75` (éventuellement `tolerance: 2`), ou l'intervalle accepté avec `min:` et `max:`",

  quizDuplicateId: (id, where) => `l'identifiant de question "${id}" est aussi utilisé à ${where}`,
  quizFileMissing: (name) => `le fichier de quiz "${name}" n'existe pas`,
  quizFileOutside: (name) => `le fichier de quiz "${name}" est en dehors du dossier de la leçon`,
  quizFileOutsideHint: () => 'mets le fichier de quiz dans le dossier de la leçon, à côté de lesson.md',
  quizFileNone: (file) => `la leçon place des questions mais il n'y a pas de ${file}`,
  quizFileNoneHint: () =>
    'crée quiz.yaml à côté de lesson.md, ou nomme ton fichier de quiz avec `quiz:` dans le front matter',
  lessonFileMissing: (folder) => `il n'y a pas de lesson.md dans ${folder}`,
  theQuizFile: (name) => `le fichier de quiz "${name}"`,
  theLessonFile: () => 'lesson.md',
  theAsset: (kind, url) => `${ASSET_KINDS[kind]} "${url}"`,
  theCaptions: (file) => `les sous-titres "${file}" de cette vidéo`,
  linkOutside: (what, link, target) =>
    `${what} mène hors du dossier de la leçon\u00a0: "${link}" est un lien vers ${target}`,
  notAFile: (what, kind) => `${what} est ${FILE_KINDS[kind]}, pas un fichier`,
  unreadable: (what, why) => `${what} ne peut pas être lu\u00a0: ${UNREADABLE[why]}`,
  unreadableFolder: (what, folder) =>
    `${what} ne peut pas être lu\u00a0: permission refusée (le dossier "${folder}" ne peut pas être listé)`,
  hardLinked: (what, links) =>
    `${what} a ${links} liens physiques\u00a0: ce peut être un fichier hors du dossier de la leçon, et il entre tel quel dans le paquet`,
  quizFileFolderHint: (folder) =>
    `nomme le fichier qu'il contient dans \`quiz:\`, p. ex. \`quiz: ${folder}/quiz.yaml\``,

  questionUnused: (id) => `la question "${id}" n'est jamais affichée`,
  drawTooMany: (draw, graded) =>
    `\`::quiz draw ${draw}\` tire plus de questions que les ${graded} questions notées de cette section`,
  questionNotDefined: (id) => `la question "${id}" n'est pas dans le quiz`,
  questionPlacedTwice: (id, line) => `la question "${id}" est déjà placée à la ligne ${line}`,
  quizSectionEmpty: () => "`::quiz` n'a plus de questions à afficher",

  addressRefused: (link, url, scheme) =>
    `${link ? 'le lien' : 'le fichier'} "${url}" est une adresse ${scheme}:, qu'une leçon ne peut pas utiliser`,
  addressRefusedHint: () =>
    "fais un lien vers une page web (https://...) ou vers un fichier de la leçon\u00a0: un lien n'exécute aucun script",
  assetRemote: (url) => `"${url}" est chargé depuis Internet`,
  assetRemoteVideoHint: (url) =>
    `écris \`::video ${url}\` seul sur une ligne\u00a0: c'est ainsi qu'une vidéo YouTube ou Vimeo est intégrée`,
  assetOutside: (url) => `"${url}" est en dehors du dossier de la leçon`,
  assetIsFolder: (url) => `"${url}" est un dossier, pas un fichier`,
  assetIsFolderHint: () => 'désigne un fichier dans le dossier',
  assetMissing: (what, meant) =>
    `${what} n'existe pas dans le dossier de la leçon${meant === null ? '' : `\u202f; voulais-tu dire "${meant}"\u202f?`}`,
  assetCapitalsHint: (name) => `le fichier s'appelle "${name}"\u00a0: les majuscules comptent sur le serveur du LMS`,
  gateNoQuiz: () => "cette leçon n'a pas de questions notées, donc `::gate` ne ferme rien",
  gateBeforeResult: (line) =>
    `\`::gate\` ferme la diapositive de résultat (ligne ${line}) jusqu'à la fin du quiz, qui ne peut donc jamais arriver`,
  gateBeforeQuestion: (title, line) =>
    `\`::gate\` ferme la question "${title}" (ligne ${line}) jusqu'à la fin du quiz, qui ne peut donc jamais arriver`,
  completionNoQuiz: (completion) =>
    `completion "${completion}" a besoin d'un quiz, mais la leçon n'a pas de question notée\u00a0: elle est terminée quand chaque diapositive a été vue`,
  indentedCode: () =>
    "ce texte est indenté d'une tabulation ou de 4 espaces, donc il s'affiche comme un bloc de code, pas comme un paragraphe",
  nameTooLong: (name, path, bytes, max) =>
    `"${name}" dans ${path} fait ${bytes} octets\u202f; un nom de fichier ou de dossier peut en avoir ${max} sur tous les systèmes`,

  htmlRefused: (element, why) => `<${element}> n'est pas autorisé dans une leçon\u00a0: il ${why}`,
  htmlRefusedWhy: {
    script: "exécute un programme dans la fenêtre de l'apprenant",
    iframe: 'affiche une autre page web dans la leçon',
    frame: 'affiche une autre page web dans la leçon',
    frameset: "affiche d'autres pages web dans la leçon",
    object: 'intègre un plug-in ou une autre page',
    embed: 'intègre un plug-in ou une autre page',
    applet: 'intègre un plug-in',
    portal: 'affiche une autre page web dans la leçon',
    form: "envoie ce que tape l'apprenant à une autre adresse",
    base: 'change la cible de chaque lien et fichier de la page, ceux du lecteur aussi',
    meta: 'peut envoyer vers une autre page ou changer le chargement de la page',
    link: 'charge une feuille de style ou un autre fichier dans la page',
    image: 'charge une image que la vérification du paquet ne peut pas suivre (une <image> SVG)',
    feimage: 'charge une image que la vérification du paquet ne peut pas suivre (un filtre SVG)',
    use: 'copie un dessin depuis un autre fichier (un <use> SVG)',
    'input-image': 'charge une image et envoie un formulaire',
  },
  htmlRefusedHint: {
    script:
      'supprime-le\u202f; une leçon qui a besoin de son propre script peut écrire `html: trusted` dans le front matter (voir le README, Security)',
    iframe:
      'pour une vidéo YouTube ou Vimeo écris `::video URL` seul sur une ligne\u202f; sinon fais un lien vers la page',
    image: 'dessine l\'image avec `![alt](assets/image.png)` ou `<img src="assets/image.png" alt="...">`',
    feimage: 'dessine l\'image avec `![alt](assets/image.png)` ou `<img src="assets/image.png" alt="...">`',
  },
  htmlRemoved: (element, keepText) =>
    `<${element}> ne fait pas partie des éléments qu'une leçon peut utiliser\u00a0: ${keepText ? 'supprimé, son texte est gardé' : 'supprimé avec son contenu'}`,
  htmlTarget: (value, element) =>
    `target="${value}" de <${element}> n'est pas autorisé dans une leçon\u00a0: supprimé, le lien s'ouvre dans un nouvel onglet`,
  htmlAttributeRemoved: (attribute, element, why) =>
    `l'attribut ${attribute} de <${element}> n'est pas autorisé dans une leçon\u00a0: supprimé${why === null ? '' : `, car ${REMOVED_WHY[why]}`}`,
  htmlAttributeUrl: (attribute, element) =>
    `l'attribut ${attribute} de <${element}> renvoie à un autre fichier avec url()\u00a0: supprimé`,
  htmlHandler: (attribute, element) =>
    `l'attribut ${attribute} de <${element}> exécute un programme dans la fenêtre de l'apprenant`,
  htmlHandlerHint: () =>
    'supprime-le\u202f; une leçon qui a besoin de son propre script peut écrire `html: trusted` dans le front matter (voir le README, Security)',
  htmlFormAction: (attribute, element) =>
    `l'attribut ${attribute} de <${element}> envoie ce que tape l'apprenant à une autre adresse`,
  htmlDataAddress: (attribute, element) =>
    `l'attribut ${attribute} de <${element}> est une adresse data: qui n'est ni une image, ni un son, ni une vidéo`,
  styleLessThan: () => 'un `<` dans un bloc de style pourrait commencer un élément',
  css: {
    escape: 'un échappement par barre oblique inverse dans le CSS peut cacher une adresse',
    import: '@import charge une autre feuille de style',
    'image-set': 'image-set() charge des images que la vérification du paquet ne peut pas suivre',
    image: 'image() charge une image que la vérification du paquet ne peut pas suivre',
    'cross-fade': 'cross-fade() charge des images que la vérification du paquet ne peut pas suivre',
    src: 'src() charge un fichier que la vérification du paquet ne peut pas suivre',
    expression: 'expression() exécute du script dans les anciens navigateurs',
    binding: 'un binding ou behavior charge du script',
  },

  suspendBudget: (worst, limit, fit) =>
    `avec chaque diapositive vue et chaque question répondue, la progression sauvegardée de cette leçon prend jusqu'à ${n(worst)} caractères, ` +
    `et SCORM 1.2 en contient ${n(limit)}\u00a0: ` +
    (fit.questions === null
      ? `${n(fit.slides)} diapositives y tiennent`
      : `avec ses ${n(fit.allSlides)} diapositives, ${n(fit.questions)} de ses ${n(fit.allQuestions)} questions y tiennent\u202f; avec toutes ses questions, ${n(fit.slides)} diapositives`),

  courseNotKeys: () => "course.yaml n'est pas une liste de lignes `clé: valeur`",
  courseUnknownKey: (key) => `clé "${key}" inconnue dans course.yaml`,
  courseKnownKeys: (keys) => `clés connues\u00a0: ${keys.join(', ')}`,
  courseMissing: (key) => `course.yaml n'a pas de \`${key}:\``,
  courseLessonsList: () => '`lessons:` doit être une liste de dossiers de leçons, un par ligne commençant par `- `',
  courseLessonMissing: (path) => `le dossier de leçon "${path}" n'existe pas ou n'a pas de lesson.md`,
  courseDuplicateId: (id, other) => `l'identifiant de leçon "${id}" est aussi celui de la leçon de ${other}`,
  coursePreviewLessons: () => 'Leçons',
  coursePreviewNote: () =>
    'Chaque leçon est un SCO à part dans le paquet du cours\u00a0: elle a ici ses propres données enregistrées, comme dans le LMS.',
  coursePreviewRunning: (courseDir, version, url) => `Aperçu du cours ${courseDir} en SCORM ${version}\u00a0: ${url}`,
  courseWrote: (title, lessons) => `Cours "${title}"\u00a0: ${count(lessons, 'leçon', 'leçons')}.`,

  importUnknown: (what) => `ceci est ${IMPORTED_KINDS[what]}, pas un fichier que scormdown importe`,
  importEmpty: () => 'le fichier est vide',
  importIsFolder: () => 'ceci est un dossier\u00a0: donne le fichier à importer',
  importLegacyText: () =>
    'le fichier n’est pas en UTF-8\u00a0: il a été lu en Windows-1252 (Europe de l’Ouest, ce que le Bloc-notes appelle «\u00a0ANSI\u00a0»)',
  importLegacyTextHint: () =>
    'vérifie les lettres accentuées (é, ë, ü, ß) dans lesson.md et quiz.yaml\u202f; scormdown les écrit en UTF-8',
  importNoSlides: () => 'aucune diapositive trouvée dans cet export texte',
  importNoSlidesHint: () =>
    "l'export texte d'un outil de diapositives a une ligne \"Slide 1 - <type>\" après le texte de chaque diapositive\u202f; vérifie que c'en est un",
  importOnlyTitle: (slide) =>
    `la diapositive ${slide} ne contient que son titre\u00a0: ce qu'elle montrait d'autre (une image, une vidéo) n'est pas dans un export texte`,
  importOnlyTitleHint: () => "ajoute l'image à assets/ et écris ![Ce qu'elle montre](assets/image.png) sous le titre",
  importQuestionSlide: (slide, id) =>
    `la diapositive ${slide} pose une question\u00a0: elle est devenue la question ouverte "${id}" sur cette diapositive`,
  importQuestionSlideHint: () =>
    "très bien ainsi (l'apprenant écrit une réponse enregistrée, pas notée)\u202f; fais-en une question notée dans quiz.yaml si tu veux",
  importWrote: (folder, slides, questions, assets) =>
    `Importé dans ${folder}\u00a0: ${count(slides, 'diapositive', 'diapositives')}, ${count(questions, 'question', 'questions')}, ${count(assets, 'fichier', 'fichiers')} dans assets/.`,
  importLanguage: (language, guessed) =>
    guessed
      ? `La langue de la leçon est ${language}, reconnue d'après son texte\u00a0: donne --language pour en choisir une autre.`
      : `La langue de la leçon est ${language}.`,
  importNext: (preview, build) =>
    [
      'Regarde-la comme un apprenant\u00a0:',
      `  ${preview}`,
      'et crée les fichiers zip SCORM\u00a0:',
      `  ${build}`,
    ].join('\n'),
  importSummary: () =>
    "lit FILE (l'export texte d'un outil de diapositives, .pptx, GIFT ou Moodle XML) dans un nouveau dossier de leçon.",
  importOut: () => 'le dossier de leçon à écrire (par défaut\u00a0: un nouveau dossier au nom de la leçon)',
  importLanguageOption: () =>
    'la langue de la leçon, p. ex. fr ou nl (par défaut\u00a0: celle du fichier ou de son texte)',
  importTitle: () => 'le titre de la leçon (par défaut\u00a0: celui du fichier)',

  pptxDamaged: (why) =>
    why === 'zip'
      ? 'ce fichier PowerPoint est endommagé\u00a0: il ne peut pas être décompressé'
      : "ce fichier PowerPoint n'a pas de diapositives à lire",
  pptxDamagedHint: () => 'ouvre-le dans PowerPoint, enregistre-le à nouveau en .pptx, puis importe ce fichier',
  pptxOnlyPictures: (slides, pictures) =>
    `cette présentation ne contient que des images (${count(slides, 'diapositive', 'diapositives')}, ${count(pictures, 'image', 'images')}) et aucun texte\u00a0: il n'y a rien pour écrire une leçon`,
  pptxOnlyPicturesHint: () =>
    'importe la présentation dont les images ont été tirées (avec son texte), ou commence avec `scormdown new` et ajoute les images dont tu as besoin',
  pptxHidden: (slide) => `la diapositive ${slide} est masquée dans la présentation\u00a0: elle est laissée de côté`,
  pptxHiddenHint: () => 'affiche la diapositive dans PowerPoint et importe à nouveau si elle fait partie de la leçon',
  pptxNoAlt: (slide, file) => `diapositive ${slide}\u00a0: l'image ${file} n'a pas de texte alternatif`,
  pptxNoAltHint: () =>
    "décris l'image entre les crochets dans lesson.md, ![comme ceci](...), pour les apprenants qui ne peuvent pas la voir",
  pptxUnconverted: (slide, what) =>
    `la diapositive ${slide} contient ${{ chart: 'un graphique', smartart: 'un graphique SmartArt', media: 'une vidéo ou un son', object: 'un objet incorporé' }[what]}, qui n'est pas converti\u00a0: un commentaire dans lesson.md marque sa place`,
  pptxUnconvertedHint: () =>
    "enregistre-le comme image dans PowerPoint (clic droit, Enregistrer en tant qu'image) et mets-le dans assets/, une vidéo avec\u00a0::video",

  xmlDamaged: (why) => `ce fichier Moodle XML ne peut pas être lu\u00a0: ${why}`,
  xmlDamagedHint: () =>
    'exporte à nouveau les questions depuis la banque de questions de Moodle (Exporter, format Moodle XML)',
  giftDamaged: (why) => `cette question GIFT ne peut pas être lue\u00a0: ${why}`,
  giftWhy: (why) =>
    why === 'brace'
      ? 'ses réponses ont un `{` ou un `}` de trop ou en moins'
      : "elle n'a pas de réponses entre `{` et `}`",
  giftDamagedHint: () =>
    "chaque question est `::titre:: texte {réponses}`\u202f; un `{`, `}`, `~`, `=`, `#` ou `:` dans un texte s'écrit `\\{`, etc.",
  bankSkipped: (name, type) =>
    `la question "${name}" est une question ${type}, un type que le lecteur n'a pas\u00a0: elle est laissée de côté`,
  bankSkippedHint: () =>
    'le lecteur a des questions à choix unique et multiple, vrai-faux, réponse courte, numériques, d’appariement, de mise en ordre et ouvertes',
  bankWildcard: (id, answers) =>
    `la question «\u00a0${id}\u00a0» accepte ${list(answers.map((a) => `«\u00a0${a}\u00a0»`))} avec le * de Moodle (n’importe quel texte), qu’une question fill-in n’a pas`,
  bankWildcardHint: () =>
    'écris dans quiz.yaml chaque réponse qu’un apprenant peut donner, ou fais-en une question ouverte',
  bankFeedbackLost: (id) =>
    `la question "${id}" a un feedback ou des points partiels par réponse, que quiz.yaml ne contient pas\u00a0: ils sont laissés de côté`,
  bankFeedbackLostHint: () =>
    'quiz.yaml contient un feedback pour une bonne et un pour une mauvaise réponse\u00a0: vérifie-les dans quiz.yaml',
  bankCategory: (category) => `catégorie "${category}"\u00a0: ses questions sont dans quiz.yaml`,
  bankCategoryHint: () =>
    'chaque catégorie va dans un seul quiz\u202f; divise quiz.yaml en plusieurs fichiers si tu veux les séparer',
  bankDescription: (name, slide) =>
    `« ${name} » est une description (un texte, pas une question)\u00a0: c’est la diapositive ${slide}, avant le quiz`,
  bankDescriptionHint: () =>
    'les questions sont sur la diapositive du quiz à la fin\u202f; déplace le texte ou place une question à côté avec `::question id`',

  printNoChromium: () =>
    'installe Chromium ou Google Chrome (Debian\u00a0: `apt-get install chromium`), ou donne son chemin dans CHROMIUM',
  printSummary: () =>
    'imprime la leçon en PDF de polycopié (chaque diapositive dans l’ordre) avec le Chromium installé ici.',
  printOut: () =>
    'le PDF à écrire (par défaut\u00a0: <id de la leçon>.pdf)\u202f; pour un cours, le dossier d’un PDF par leçon',
  printAnswers: () => 'ajoute la bonne réponse après chaque question (un exemplaire pour l’enseignant)',
  printWrote: (file, slides) => `${file} écrit\u00a0: ${count(slides, 'diapositive', 'diapositives')}.`,

  giftNoOrder: (id) =>
    `la question "${id}" met des éléments en ordre, ce que GIFT ne peut pas contenir\u00a0: elle est laissée de côté`,
  giftNoOrderHint: () =>
    'écris les questions en Moodle XML (`--format moodle-xml`, par défaut)\u00a0: il contient les questions de mise en ordre',
  questionsPartLost: (id, lost, format) =>
    `la question "${id}" perd ${list(lost.map((l) => QUESTIONS_LOSSES[l]))} en ${format}, qui ne peut pas les contenir`,
  questionsPartLostHint: () =>
    "écris les questions en Moodle XML (`--format moodle-xml`, par défaut), qui les contient, ou règle-les dans Moodle après l'import",
  questionsDescriptionFilesHint: () =>
    "les réponses d'une question d'appariement sont du texte simple dans Moodle\u00a0: montre l'image dans l'énoncé ou dans un terme à gauche",
  questionsGradedOtherwise: (id, why) =>
    why === 'choices'
      ? `la question "${id}" a plusieurs options correctes et pas de points partiels\u00a0: Moodle donne une partie des points pour certaines choisies sans mauvaise option, là où le lecteur n'en donne aucun`
      : `la question "${id}" ne donne ses points que si toutes les paires sont justes\u00a0: Moodle donne une part pour chaque paire juste`,
  questionsNoGrade: (id, rights) =>
    `la question "${id}" a ${n(rights)} options correctes\u00a0: les notes de Moodle ne peuvent pas diviser 100 % en ${n(rights)} parts égales, elle est donc laissée de côté`,
  questionsNoGradeHint: () => 'donne-lui au plus 10 options correctes, ou exactement 20, ou fais-en deux questions',
  questionsNone: () => "la leçon n'a pas de questions\u00a0: il n'y a rien pour la banque de questions de Moodle",
  questionsAllLeftOut: (format) => `aucune des questions de la leçon ne peut être écrite en ${format}`,
  questionsAllLeftOutHint: () =>
    'écris les questions en Moodle XML (`--format moodle-xml`, par défaut), ou vois les avertissements ci-dessus',
  questionsExistsHint: (another) =>
    `donne un autre nom au fichier avec --out (p. ex. \`--out ${another}\`), ou déplace d'abord celui qui est là`,
  questionsSummary: () =>
    'écrit les questions de la leçon dans un fichier que la banque de questions de Moodle importe (Moodle XML ou GIFT).\n' +
    "Il n'écrase jamais un fichier.",
  questionsFormat: () => 'moodle-xml ou gift (par défaut\u00a0: moodle-xml)',
  questionsOut: () => 'le fichier à écrire (par défaut\u00a0: <id de la leçon>-questions.xml ou .gift.txt)',
  questionsWrote: (file, questions, format) =>
    `${file} écrit\u00a0: ${count(questions, 'question', 'questions')} pour la banque de questions de Moodle (Importer, format ${format}).`,
  questionsFormatInvalid: (value) => `--format doit être moodle-xml ou gift, pas "${value}"`,

  translateCourseOutside: (lesson) =>
    `la leçon "${lesson}" du cours est en dehors du dossier du cours\u00a0: un cours traduit est écrit en un seul dossier`,
  translateCourseOutsideHint: () =>
    'déplace le dossier de la leçon dans le dossier du cours (et son chemin dans course.yaml), ou traduis la leçon à part',
  translateSameLanguage: (to) => `la leçon est déjà en "${to}"\u00a0: --to indique la langue dans laquelle la traduire`,
  translateExistsHint: (file) =>
    `${file} n'est pas une traduction de cette leçon dans cette langue, il n'est donc pas mis à jour\u00a0: donne un autre fichier avec --out, ou déplace-le d'abord`,
  translateUnreadable: (why) => `ce n'est pas un fichier de traduction que scormdown peut lire (${why})`,
  translateUnreadableHint: () =>
    'importe le fichier .po ou .xlf que `scormdown translate export` a écrit, tel que le traducteur l’a renvoyé',
  translateNoLanguage: () =>
    "le fichier de traduction ne dit pas dans quelle langue il est (PO\u00a0: l'en-tête Language\u202f; XLIFF\u00a0: target-language)",
  translateLessonMissing: (dir) => `la leçon d'où vient ce fichier n'est pas dans ${dir}`,
  translateLessonMissingHint: () => 'donne le dossier de la leçon avec --lesson, p. ex. `--lesson les6`',
  translateKept: (id, why: TranslationKept, language) =>
    ({
      missing: `"${id}" n'est pas dans le fichier de traduction`,
      empty: `"${id}" n'est pas encore traduit`,
      review: `"${id}" est marqué à revoir (fuzzy)`,
      changed: `"${id}" a changé dans la leçon depuis l'export du fichier`,
      structure: `la traduction de "${id}" ajoute une ligne \`---\` ou une directive \`::\`, qui changerait les diapositives de la leçon`,
    })[why] + `\u00a0: gardé en ${languageName(language)}`,
  translateExportSummary: () =>
    'écrit chaque texte de la leçon dans un fichier pour un traducteur (PO ou XLIFF 1.2).\n' +
    'Par-dessus un export précédent, il garde les traductions et marque à revoir les textes modifiés.',
  translateImportSummary: () =>
    "écrit la leçon dans la langue d'un fichier PO ou XLIFF traduit, dans un nouveau dossier.",
  translateTo: () => 'la langue dans laquelle traduire, p. ex. de (obligatoire)',
  translateFormat: () => 'po ou xliff (par défaut\u00a0: po)',
  translateOut: () => 'le fichier à écrire ou mettre à jour (par défaut\u00a0: <id de la leçon>-<langue>.po ou .xlf)',
  translateImportOut: () => 'le dossier à écrire (par défaut\u00a0: le nom du dossier de la leçon avec -<langue>)',
  translateLesson: () => "la leçon d'où vient le fichier (par défaut\u00a0: le dossier que nomme le fichier)",
  translateFormatInvalid: (value) => `--format doit être po ou xliff, pas "${value}"`,
  translateToMissing: () => '--to est obligatoire\u00a0: la langue dans laquelle traduire, p. ex. `--to de`',
  translateWrote: (file, texts, kept, review, fresh, to) =>
    `${file} écrit\u00a0: ${count(texts, 'texte', 'textes')} à traduire en ${languageName(to)}` +
    (kept + review > 0 ? ` (${n(kept)} traduits, ${n(review)} à revoir, ${n(fresh)} nouveaux).` : '.'),
  translateImported: (folder, translated, texts, language) =>
    `${folder} écrit\u00a0: la leçon en ${languageName(language)}, ${n(translated)} sur ${count(texts, 'texte', 'textes')} traduits.`,

  severity: { error: 'erreur', warning: 'avertissement' },
  hintLabel: () => 'conseil\u00a0:',
  colon: '\u00a0:',
  moreNotShown: (more, code, error) =>
    `... et ${n(more)} autres ${error ? 'erreurs' : 'avertissements'} ${code} non affichés`,

  errorCount: (errors) => count(errors, 'erreur', 'erreurs'),
  nothingWritten: () => 'rien n’a été écrit. Corrige les lignes ci-dessus et construis à nouveau.',
  nothingToPreview: () => "rien à prévisualiser. Corrige les lignes ci-dessus et relance l'aperçu.",
  rebuilt: () => 'Reconstruit\u00a0:',
  rebuiltClean: () => 'Reconstruit\u00a0: plus aucun problème.',
  previewRunning: (lessonDir, version, url) => `Aperçu de ${lessonDir} en SCORM ${version}\u00a0: ${url}`,
  previewFollows: () => "Il suit chaque enregistrement de la leçon. Ctrl-C arrête l'aperçu.",
  coursePreviewFollows: () => "Il suit chaque enregistrement d'une leçon et de course.yaml. Ctrl-C arrête l'aperçu.",
  starterWritten: (files, preview, build) =>
    [
      'Leçon de départ écrite\u00a0:',
      ...files.map((file) => `  ${file}`),
      '',
      'Modifie lesson.md et quiz.yaml, puis regarde la leçon comme un apprenant\u00a0:',
      `  ${preview}`,
      'et crée les fichiers zip SCORM\u00a0:',
      `  ${build}`,
    ].join('\n'),
  starterFromCourse: (keys) =>
    `Le cours (course.yaml) donne à cette leçon ${list(keys)}\u00a0: enlève le # devant une ligne pour lui donner sa propre valeur.`,
  starterAddToCourse: (entry, file) =>
    `Pour la mettre dans le cours, ajoute la ligne \`  - ${entry}\` sous \`lessons:\` dans ${file}.`,
  usage: () => 'Utilisation\u00a0:',
  helpOption: () => 'affiche cette aide',
  versionOption: () => 'affiche la version de scormdown',
  langOption: () =>
    'la langue dans laquelle scormdown te parle\u00a0: en, nl, de, fr ou es (par défaut\u00a0: la langue de la leçon, sinon celle du système)',
  buildSummary: () =>
    'construit la leçon de lessonDir (par défaut\u00a0: le dossier courant) en fichiers zip SCORM\u202f; un dossier avec\n' +
    'course.yaml\u00a0: les zips de chaque leçon et le paquet du cours.',
  buildOut: () => 'dossier des fichiers zip (par défaut\u00a0: dist)',
  buildScorm: () => '1.2, 2004 ou both (par défaut\u00a0: both)',
  previewSummary: () =>
    'montre la leçon dans un LMS de remplacement sur http://127.0.0.1:PORT/, avec à côté ce que le LMS enregistre\u202f;\n' +
    "chaque enregistrement de la leçon apparaît tout seul dans la page. Ctrl-C l'arrête.",
  previewScorm: () => '1.2 ou 2004 (par défaut\u00a0: 2004)',
  previewPort: () => "le port sur 127.0.0.1 (par défaut\u00a0: 0, n'importe quel port libre)",
  newSummary: () =>
    'écrit une leçon de départ à modifier dans folder (par défaut\u00a0: le dossier courant\u202f; créé s’il manque)\u00a0:\n' +
    "lesson.md, quiz.yaml et une image. Il n'écrase jamais un fichier.",
  newLanguage: () =>
    'la langue de la leçon, p. ex. fr ou nl (par défaut\u00a0: la langue que parle scormdown\u202f; textes français pour fr, allemands pour de, espagnols pour es, néerlandais pour nl, anglais sinon)',
  newTitle: () => 'le titre de la leçon (par défaut\u00a0: "Ma première leçon")',
  unknownOption: (option) => `option "${option}" inconnue`,
  optionTwice: (option) => `${option} est donnée deux fois\u00a0: donne-la une seule fois`,
  noCommand: () => 'aucune commande donnée',
  unknownCommand: (name) => `commande "${name}" inconnue`,
  needsValue: (option) => `${option} a besoin d'une valeur`,
  oneFolder: (given) => `un seul dossier de leçon à la fois, reçu\u00a0: ${given.join(' ')}`,
  languageInvalid: (value) => `--language doit être un code de langue comme fr, nl ou fr-BE, pas "${value}"`,
  langInvalid: (value, spoken) =>
    `--lang doit être ${spoken.slice(0, -1).join(', ')} ou ${spoken.at(-1) ?? ''}, pas "${value}"`,
  titleInvisible: (name) =>
    `--title contient ${char(name)}, un caractère que personne ne voit\u00a0: retape le titre sans lui`,
  titleEmpty: () => '--title a besoin d’un texte, p. ex. --title "Leçon 7\u00a0: Entretiens de vente"',
  starterTitleInvisible: (name) => `le titre contient ${char(name)}, un caractère que personne ne voit`,
  previewScormInvalid: (labels, value) => `--scorm doit être ${labels.join(' ou ')} pour un aperçu, pas "${value}"`,
  portInvalid: (value) => `--port doit être un nombre de 0 à 65535, pas "${value}"`,
  scormInvalid: (labels, value) => `--scorm doit être ${labels.join(', ')} ou both, pas "${value}"`,

  readFailed: (path, reason) => `impossible de lire ${path} (${reason})`,
  writeFailed: (path, reason) => `impossible d'écrire ${path} (${reason})`,
  portFailed: (port, reason) => `impossible de servir l'aperçu sur le port ${port} (${reason})`,
  starterExists: (paths, command) =>
    `${paths.join(', ')} ${paths.length === 1 ? 'existe' : 'existent'} déjà\u202f; scormdown ${command} n'écrase jamais un fichier\u00a0: rien n'a été écrit`,
  failureHint: {
    read: "vérifie que le fichier est là, que c'est un fichier ordinaire d'au plus 2 Gio, et que tu peux le lire",
    write: "vérifie que le dossier de --out est un dossier où tu peux écrire, et que le disque n'est pas plein",
    portInUse:
      "un autre programme l'utilise peut-être\u00a0: choisis un autre --port, ou laisse-le de côté pour prendre un port libre",
    exists: 'commence la nouvelle leçon dans un autre dossier, nouveau, ou déplace d’abord le fichier',
  },
  starterWriteHint: (command, writer) =>
    `vérifie que tu peux écrire dans ce dossier et que le disque n'est pas plein, puis relance \`${command} ${writer}\``,
  notAFolder: () => "c'est un fichier, pas un dossier",
  newFolderHint: (command, writer) =>
    writer === 'new'
      ? `donne le nom d'un dossier nouveau ou vide, p. ex. \`${command} new ma-lecon\``
      : 'donne un dossier nouveau ou vide avec --out, p. ex. `--out ma-lecon`',
  starterExistsHint: (command, writer, files, folder) =>
    (writer === 'new'
      ? `commence la nouvelle leçon dans un autre dossier (\`${command} new ma-lecon\`)`
      : 'écris la leçon dans un autre dossier (`--out ma-lecon`)') +
    `, ou déplace d'abord ${files === 1 ? 'ce fichier' : 'ces fichiers'}\u202f; ` +
    `pour construire la leçon qui est déjà là\u00a0: \`${command} build ${folder}\``,
};
