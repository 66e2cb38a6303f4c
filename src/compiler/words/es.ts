// Every text the tool says to an author, in Spanish: the same keys and signatures as en.ts (`Words`).
// Codes, keys (`title:`), values (`true`) and directives (`::quiz`) stay as the author types them.
// The author is addressed as "tú", as the player addresses the learner.

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

const { count, n, languageName, list } = sayIn('es', 'y');

const QUESTIONS_LOSSES: Record<QuestionsLoss, string> = {
  points: 'sus puntos',
  case: 'su ajuste de mayúsculas (caseSensitive)',
  unit: 'su unidad',
  feedback: 'su retroalimentación',
  files: 'sus imágenes y archivos',
  'description-files': 'las imágenes de sus descripciones',
};

/** "U+000B vertical tab" -> "U+000B": the code point says it in every language. */
const char = (name: string): string => `el carácter invisible ${name.split(' ')[0] ?? name}`;

const ASSET_KINDS: Record<AssetKind, string> = {
  image: 'imagen',
  audio: 'archivo de audio',
  video: 'vídeo',
  media: 'archivo multimedia',
  link: 'archivo enlazado',
  style: 'archivo en el CSS',
};

const FILE_KINDS: Record<FileKind, string> = {
  folder: 'una carpeta',
  fifo: 'una FIFO (tubería con nombre)',
  device: 'un dispositivo',
  socket: 'un socket',
  'socket-or-device': 'un socket o un dispositivo',
  other: 'no es un archivo normal',
};

const UNREADABLE: Record<UnreadableWhy, string> = {
  permission: 'sin permiso',
  loop: 'sus enlaces dan vueltas en círculo',
  changed: 'cambió mientras se leía; vuelve a construir',
};

const IMPORTED_KINDS: Record<ImportedKind, string> = {
  binary: 'no es un archivo de texto',
  docx: 'un documento de Word',
  zip: 'un archivo zip que no es una presentación de PowerPoint',
  xml: 'un archivo XML que no es un banco de preguntas de Moodle',
  text: 'un texto que no es una exportación de diapositivas, ni un archivo GIFT, ni Moodle XML',
  protected: 'un archivo de Office protegido con contraseña, que no se puede leer sin ella',
};

const REMOVED_WHY: Record<RemovedAttribute, string> = {
  srcset: 'carga imágenes que la comprobación del paquete no puede seguir',
  ping: 'informa de los clics a otra dirección',
  background: 'carga una imagen que la comprobación del paquete no puede seguir',
  autoplay: 'el sonido o el vídeo solo empiezan cuando el estudiante los inicia (WCAG 1.4.2)',
};

const QUIZ_PARTS: Record<'options' | 'items' | 'pairs', [string, string]> = {
  options: ['opción', 'opciones'],
  items: ['elemento', 'elementos'],
  pairs: ['pareja', 'parejas'],
};

export const es: Words = {
  hint: {
    FRONT_MATTER_MISSING:
      'empieza lesson.md con una línea `---`, luego `title:` e `id:`, y después una línea de cierre `---`',
    FRONT_MATTER_INVALID: 'el front matter son líneas `clave: valor` entre dos líneas que solo contienen `---`',
    FRONT_MATTER_UNCLOSED: 'añade una línea `---` después de la última clave del front matter',
    YAML_TAB: 'sangra con espacios, no con tabuladores (configura tu editor para que la tecla Tab inserte espacios)',
    YAML_SYNTAX:
      'revisa la sangría, los dos puntos y las comillas; pon entre comillas el texto que contenga `: ` o `#`',
    META_TITLE_MISSING: 'añade `title: "El título de la lección"` al front matter',
    META_ID_MISSING: 'añade `id: mi-leccion` al front matter (letras, cifras, `-`, `_`, `.`, empezando por una letra)',
    META_ID_INVALID: 'usa solo letras, cifras, `-`, `_` y `.`, empezando por una letra, p. ej. `id: les6-klachten`',
    META_PASSING_SCORE_RANGE: 'da un porcentaje de 0 a 100, p. ej. `passingScore: 70`',
    META_COMPLETION_NO_QUIZ: 'añade preguntas puntuables con `::quiz` o `::question`, o escribe `completion: slides`',
    LESSON_FILE_MISSING: 'una carpeta de lección necesita un archivo lesson.md',
    LESSON_NO_SLIDES: 'escribe al menos una diapositiva debajo del front matter',
    SLIDE_EMPTY: 'quita una de las dos líneas `---`, o escribe algo en la diapositiva',
    DIRECTIVE_ARGUMENTS: 'escribe `::question ID` con exactamente un id de pregunta',
    SLIDE_ID_INVALID:
      'escribe `::slide mi-nombre` en su propia línea: un nombre de letras, cifras, `-` y `_`, empezando por una letra',
    SLIDE_ID_DUPLICATE: 'da a cada diapositiva su propio nombre `::slide`',
    VIDEO_NEEDS_INTERNET:
      'bien donde los estudiantes tienen internet; para una lección que funcione sin conexión, pon el archivo de vídeo en assets/ y escribe ![Título](assets/video.mp4)',
    GATE_INVALID:
      'escribe `::gate` solo en una línea de la primera diapositiva que queda cerrada hasta terminar el cuestionario',
    GATE_TWICE: 'el primer `::gate` ya cierra todas las diapositivas siguientes: quita este',
    GATE_BEFORE_QUIZ:
      'mueve `::gate` a una diapositiva posterior al cuestionario y a su diapositiva de resultado: si no, nadie podría llegar a las preguntas que cierra',
    GATE_NO_QUIZ: 'un `::gate` espera a que termine el cuestionario: añade preguntas puntuables, o quita `::gate`',
    TIMER_INVALID: 'escribe el tiempo como minutos:segundos u horas:minutos:segundos, p. ej. `::timer 20:00`',
    QUIZ_FILE_MISSING: 'crea el archivo junto a lesson.md, o corrige `quiz:` en el front matter',
    QUIZ_NOT_A_LIST: 'un archivo de cuestionario es una lista de preguntas: cada pregunta empieza con `- id: ...`',
    QUIZ_MISSING_FIELD: 'añade el campo a la pregunta (el README describe los campos de cada tipo de pregunta)',
    QUIZ_INVALID_VALUE: 'el README describe qué contiene este campo',
    QUIZ_ID_INVALID: 'usa solo letras, cifras, `-` y `_`, p. ej. `id: soorten-klachten`',
    QUIZ_DUPLICATE_ID: 'da a cada pregunta su propio id',
    QUIZ_NO_CORRECT: 'marca al menos una opción con `correct: true`',
    QUIZ_OPTION_COUNT: 'da entre 2 y 26 opciones (elementos, parejas)',
    QUESTION_NOT_DEFINED: 'revisa la ortografía, o añade una pregunta con este id al archivo de cuestionario',
    QUESTION_PLACED_TWICE: 'una pregunta solo puede estar en una diapositiva; quita una de las dos',
    QUESTION_UNUSED: 'colócala con `::question ID` en una diapositiva, o añade `::quiz` a la lección',
    QUIZ_DRAW_INVALID:
      'escribe `::quiz draw 3` (3 preguntas sacadas de esta sección) o `::quiz draw 3 id1 id2 id3 id4`',
    QUIZ_DRAW_TOO_MANY: 'saca menos preguntas, o añade preguntas puntuables a esta sección `::quiz`',
    QUIZ_SECTION_EMPTY: 'cada pregunta ya está en otro sitio: quita este `::quiz`, o escribe ids detrás',
    ASSET_MISSING:
      'revisa la ortografía (las mayúsculas cuentan en el servidor del LMS) o añade el archivo a la carpeta de la lección',
    LINK_OUTSIDE_LESSON:
      'copia el propio archivo en la carpeta de la lección en vez de enlazarlo: un paquete solo contiene la carpeta de la lección',
    MARKDOWN_INDENTED_CODE:
      'quita los espacios o el tabulador antes de la línea; para código a propósito, ponlo entre dos líneas ```',
    ASSET_OUTSIDE_LESSON:
      'mueve el archivo a la carpeta de la lección (p. ej. assets/) y refiérete a él en relación con lesson.md',
    ASSET_REMOTE:
      'descarga el archivo en assets/ y refiérete a él como assets/<nombre>: el paquete no puede cargar nada de fuera',
    MARKDOWN_TOO_DEEP:
      'aquí las citas, listas o énfasis están anidados miles de niveles: escribe el texto de forma sencilla',
    FILE_NOT_REGULAR:
      'pon un archivo normal en su lugar: una carpeta, FIFO, dispositivo o socket no puede ir en un paquete',
    FILE_UNREADABLE:
      'comprueba que puedes leer el archivo y su carpeta (p. ej. `chmod a+r` en el archivo, `chmod a+rx` en su carpeta)',
    FILE_HARD_LINKED:
      'si no es un archivo propio de tu lección, cópialo en la carpeta de la lección (cp, no ln) o quita los otros enlaces',
    TEXT_INVISIBLE_CHAR:
      'borra el carácter (vuelve a escribir el texto de alrededor): suele venir con texto copiado de otro programa',
    TEXT_CHAR_REPLACED:
      'escribe ahí un espacio (o usa un salto de línea de Markdown en una diapositiva) para quitar este aviso',
    META_ID_TOO_LONG: 'usa un id corto, p. ej. `id: les6-klachten`: los archivos zip llevan su nombre',
    ASSET_NAME_TOO_LONG:
      'pon un nombre más corto al archivo o la carpeta: si no, algunos sistemas no pueden descomprimir el zip',
    SUSPEND_DATA_BUDGET:
      'divide la lección en dos, o publica el paquete SCORM 2004 (64.000 caracteres): un LMS que limita SCORM 1.2 a 4.096 caracteres pierde el progreso del estudiante más allá',
    QUIZ_EMPTY_TEXT: 'escribe el texto, o quita la entrada',
    HTML_REFUSED:
      'quítalo: una lección no ejecuta ningún script propio ni carga nada de fuera de su paquete (ver el README, Security)',
    HTML_REMOVED:
      'quítalo, o escríbelo con los elementos y atributos que lista el README (Security): la construcción lo deja fuera',
    CSS_REFUSED: 'escribe el CSS sin eso; una imagen entra con url(assets/imagen.png), un archivo del paquete',
    YAML_UNQUOTED_COLON: 'pon entre comillas dobles un texto que contenga ": "',
    COURSE_INVALID:
      'course.yaml contiene `title:`, `id:`, las carpetas de las lecciones como lista bajo `lessons:` y valores por defecto de las lecciones como `passingScore: 70`',
    COURSE_LESSON_MISSING:
      'escribe la ruta de una carpeta de lección (con lesson.md) relativa a course.yaml, p. ej. `- les-1`',
    COURSE_DUPLICATE_ID:
      'da a cada lección del curso su propio `id:` en su front matter: los archivos zip llevan su nombre',
    META_LANGUAGE_NO_UI:
      'bien si los botones en inglés sirven a tus estudiantes; si no, escribe tú mismo los textos del reproductor con `ui:` en el front matter (ver el README)',
    QUESTIONS_GRADED_OTHERWISE:
      'escribe `scoring: partial` en la pregunta (o en el front matter), para que el reproductor dé parte de los puntos como Moodle',
    QUESTIONS_NONE: 'añade preguntas a quiz.yaml y colócalas con `::quiz` o `::question ID` (README: quiz.yaml)',
    TRANSLATION_SAME_LANGUAGE: 'escribe después de --to el idioma al que traducir, p. ej. `--to de`',
    TRANSLATION_KEPT:
      'tradúcelo en el archivo e importa de nuevo; para un texto que cambió, exporta de nuevo al mismo archivo (`--out`): las demás traducciones se conservan',
    IMPORT_NOT_RECOGNISED:
      'importa una exportación de texto de una herramienta de diapositivas (.txt), una presentación de PowerPoint (.pptx), un archivo GIFT o un banco de preguntas Moodle XML',
  },

  didYouMean: (meant) => (meant === null ? '' : `; ¿querías decir "${meant}"?`),
  knownValues: (values) => `usa uno de: ${values.join(', ')}`,

  frontMatterMissing: () => 'lesson.md no empieza con un front matter (una línea `---`)',
  frontMatterUnclosed: (lastLine) =>
    `el front matter nunca se cierra: aquí, después de la línea ${lastLine}, va una línea \`---\``,
  frontMatterNotKeys: () => 'el front matter no es una lista de líneas `clave: valor`',
  metaUnknownKey: (key) => `clave "${key}" desconocida en el front matter`,
  metaKnownKeys: (keys) => `claves conocidas: ${keys.join(', ')}`,
  metaTitleMissing: () => 'el front matter no tiene `title:`',
  metaIdMissing: () => 'el front matter no tiene `id:`',
  metaCharReplaced: (key, name) =>
    `${key} contiene ${char(name)}, un salto de línea que nadie ve: se sustituye por un espacio`,
  metaCharInvisible: (key, name) =>
    `${key} contiene ${char(name)}, un carácter que nadie ve y que el manifiesto del paquete no puede contener`,
  metaTitleEmpty: () => '`title:` está vacío',
  metaIdInvalid: (id) => `"${id}" no es un id de lección válido`,
  metaIdTooLong: (length, max) =>
    `el id tiene ${length} caracteres; da nombre a los archivos zip, y un nombre de archivo admite ${max} aquí`,
  metaLanguageInvalid: (language) => `"${language}" no es un código de idioma`,
  metaLanguageHint: () => 'usa un código como `es`, `nl` o `es-MX`',
  passingScoreFraction: (written, percent): Text => ({
    message: `passingScore ${written} es un porcentaje: aprobaría cualquier estudiante que obtenga ${written} % o más`,
    hint: `para ${percent} %, escribe \`passingScore: ${percent}\``,
  }),
  passingScoreRange: (written) => `passingScore ${written || '(vacío)'} no es un porcentaje de 0 a 100`,
  attemptsInvalid: (written) => `attempts ${written || '(vacío)'} no es un número entero`,
  attemptsHint: () => 'da el número de intentos del cuestionario, p. ej. `attempts: 2`, o 0 para ilimitados',
  metaShuffleInvalid: (written) => `shuffle "${written}" no es true ni false`,
  metaShuffleHint: () =>
    'escribe `shuffle: true` para mezclar las opciones de cada pregunta de opción única y múltiple',
  metaTriesInvalid: (written, max) => `tries ${written || '(vacío)'} no es un número entero de 1 a ${max}`,
  triesHint: () => 'p. ej. `tries: 2`: una respuesta incorrecta se puede cambiar y comprobar una vez más',
  metaNotText: (key) => `${key} debe ser texto`,
  metaOneLine: (key) => `escribe \`${key}: ...\` en una sola línea`,
  metaNotAllowed: (key, value) => `${key} "${value}" no está permitido`,
  themeNotMap: () => '`theme:` debe llevar líneas `clave: valor` debajo',
  themeHint: () => 'p. ej. `theme:` y debajo `  color: "#0a58a8"`, `  logo: assets/logo.png`, `  font: serif`',
  themeColorEmpty: () =>
    'el color del tema está vacío: YAML lee un # sin comillas como el inicio de un comentario, así que escribe el color entre comillas, `color: "#0a58a8"`',
  themeColorInvalid: (value) => `el color del tema "${value}" no es un color como "#0a58a8"`,
  themeLogoInvalid: () =>
    'el logo del tema debe nombrar una imagen de la carpeta de la lección (.png, .jpg, .gif, .svg, .webp o .avif)',
  themeUnknownKey: (key) => `clave de tema "${key}" desconocida`,
  themeContrast: (color, ratio) =>
    `el color del tema ${color} tiene un contraste de ${ratio.toLocaleString('es', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1 con el blanco: los botones y enlaces de ese color se leen mal (al menos 4,5:1)`,
  themeContrastHint: (shade) => `un tono más oscuro que llega a 4,5:1: \`color: "${shade}"\``,
  languageNoUi: (language, known) =>
    `el reproductor no tiene textos en "${language}" (tiene ${known.join(', ')}): sus botones y mensajes estarán en inglés`,
  uiNotMap: () => '`ui:` debe llevar una lista de líneas `clave: texto` debajo',
  uiHint: () => 'p. ej. `ui:` y debajo `  next: Continuar` (las claves están en el README)',
  uiUnknownKey: (key) => `clave ui "${key}" desconocida`,
  metaQuizInvalid: () => 'quiz debe ser un nombre de archivo o una lista de nombres de archivo',
  metaQuizHint: () => 'p. ej. `quiz: quiz.yaml` o `quiz: [parte1.yaml, parte2.yaml]`',

  yamlTab: () => 'esta línea está sangrada con un tabulador; YAML solo admite espacios ahí',
  yamlParser: (parserMessage) => `YAML no válido: ${parserMessage}`,
  yaml: {
    colon: (line): Text => ({
      message: `este texto contiene ": " sin comillas, así que YAML lee la parte anterior como una clave: escribe la línea como \`${line}\``,
      hint: 'pon entre comillas dobles un texto que contenga ": "',
    }),
    'duplicate-key': (key): Text => ({
      message: `\`${key}:\` está escrito dos veces aquí; una pregunta (o una lista de parejas) contiene cada clave una sola vez`,
      hint: 'quita una de las dos líneas, o da a la segunda su propio nombre',
    }),
    'indented-more': (above): Text => ({
      message: `esta línea está más sangrada que la línea ${above}, así que YAML la lee como continuación del texto de esa línea`,
      hint: 'empieza la línea justo debajo de la clave de arriba (con el mismo número de espacios)',
    }),
    'indented-less': (): Text => ({
      message: 'esta línea está menos (o más) sangrada que las líneas a las que pertenece',
      hint: 'empieza cada clave de una pregunta debajo de `id:`, y cada `- ` de una lista debajo del primero',
    }),
    'no-space-after-colon': (line): Text => ({
      message: `una clave necesita un espacio después de sus dos puntos: escribe la línea como \`${line}\``,
      hint: 'pon un espacio después de los `:` de cada clave',
    }),
    'no-colon': (key): Text => ({
      message: `\`${key}\` no lleva dos puntos detrás, así que YAML no lo lee como una clave`,
      hint: `escribe \`${key}: \` seguido de su valor`,
    }),
    'unclosed-quote': (q): Text => ({
      message: `este texto empieza con ${q} pero nunca se cierra con ${q}, así que YAML sigue leyendo hasta el final del archivo`,
      hint: `añade ${q} al final del texto`,
    }),
    'unclosed-bracket': (bracket): Text => ({
      message: `esta lista empieza con ${bracket} pero nunca se cierra con ${bracket === '{' ? '}' : ']'} en la misma línea`,
      hint: `ciérrala en esta línea, o, para un texto que empieza con ${bracket}, pon el texto entre comillas dobles`,
    }),
    'reserved-start': (line): Text => ({
      message: `YAML da un significado propio al primer carácter de este texto: escribe la línea como \`${line}\``,
      hint: 'un texto que empieza por * & ! [ { > | @ ` % o ? va entre comillas dobles',
    }),
    'text-after-quote': (line): Text => ({
      message: `el texto sigue después de su comilla de cierre: escribe la línea como \`${line}\``,
      hint: "las comillas rodean todo el texto; una ' dentro de comillas simples se escribe dos veces ('')",
    }),
    'bad-escape': (line): Text => ({
      message: `entre comillas dobles, una barra invertida empieza un código como \\n: escribe la línea como \`${line}\``,
      hint: 'pon un texto con barra invertida (una ruta de Windows) entre comillas simples, o escribe la barra dos veces',
    }),
    'unindented-text': (above): Text => ({
      message: `esta línea continúa el texto de la línea ${above}, pero no está sangrada`,
      hint: 'escribe el texto en una línea, o sangra las líneas que lo continúan debajo del texto',
    }),
    'dash-without-space': (line): Text => ({
      message: `una entrada de lista empieza con \`- \` (un guion y un espacio): escribe la línea como \`${line}\``,
      hint: 'pon un espacio después del `-`',
    }),
    'extra-document': (): Text => ({
      message: 'un archivo de cuestionario contiene una sola lista de preguntas: esta línea `---` empieza una segunda',
      hint: 'quita la línea `---`: las preguntas van una tras otra, cada una empezando con `- id:`',
    }),
  },

  slideEmpty: () => 'esta diapositiva está vacía',
  lessonNoSlides: () => 'lesson.md no tiene diapositivas',
  slideIdDuplicate: (id, line) => `otra diapositiva también se llama "${id}" (línea ${line})`,
  gateAlreadyCloses: (line) => `el \`::gate\` de la línea ${line} ya cierra esta diapositiva`,
  markdownTooDeep: () => 'este Markdown está anidado demasiado hondo para leerlo',
  gateAlone: () => '`::gate` está solo en su diapositiva',
  gateAloneHint: () => 'escribe `::gate` en la primera diapositiva que queda cerrada, junto a su contenido',
  gateArguments: (found) => `\`::gate\` no lleva argumentos, encontrado "${found}"`,
  gateTwiceOnSlide: (line) => `esta diapositiva ya tiene un \`::gate\` (línea ${line})`,
  slideNamedTwice: (id) => `esta diapositiva ya se llama "${id}"`,
  slideNamedTwiceHint: () => 'da a una diapositiva un solo `::slide ID`',
  slideIdInvalid: (written) => `"${written || '(nada)'}" no es un nombre de diapositiva`,
  questionArguments: (found) => `::question necesita exactamente un id de pregunta, encontrados ${found}`,
  directiveUnknown: (name) => `directiva "${name}" desconocida`,
  directiveKnown: (names) =>
    `directivas conocidas: ${names.join(', ')} (p. ej. \`::timer 20:00\`, \`::question mi-id\`, \`::quiz\`, \`::video https://youtu.be/ID\`)`,
  quizUnknownWord: (word) => `palabra "${word}" desconocida después de \`::quiz\``,
  quizDrawCount: (found) =>
    `\`::quiz draw\` necesita un número entero de preguntas de 1 o más, encontrado "${found || '(nada)'}"`,
  videoNoAddress: () => '`::video` necesita la dirección de un vídeo',
  videoNotAddress: (url) => `"${url}" no es la dirección de un vídeo de YouTube o Vimeo`,
  videoForms: (forms) => `escribe \`::video\` y una de estas formas: ${forms.join(', ')}`,
  videoNeedsInternet: (site) =>
    `esta diapositiva muestra un vídeo de ${site}: los estudiantes necesitan internet (y ${site} sin bloquear) para verlo`,
  timerInvalid: (written) => `"${written || '(nada)'}" no es una duración de temporizador`,

  quizNotAList: (file) => `${file} no es una lista de preguntas`,
  quizEntryNotQuestion: () => 'esta entrada no es una pregunta',
  quizEntryNotQuestionHint: () => 'cada pregunta es un bloque de líneas `clave: valor` que empieza con `- id: ...`',
  quizNoId: () => 'esta pregunta no tiene `id:`',
  quizNoIdHint: () => 'añade `id: un-nombre-corto` (letras, cifras, `-`, `_`)',
  quizIdInvalid: (id) => `el id de pregunta "${id}" solo puede contener letras, cifras, \`-\` y \`_\``,
  quizTypeHint: (types) => `añade \`type:\` con uno de: ${types.join(', ')}`,
  quizUnknownType: (id, type) => `la pregunta "${id}" tiene el tipo desconocido "${type}"`,
  quizTriesInvalid: (id, max, written) =>
    `tries de la pregunta "${id}" debe ser un número entero de 1 a ${max}, no "${written}"`,
  quizShuffleIgnored: (id, type) =>
    `la pregunta "${id}" (${type}) no tiene opciones que mezclar: se ignora \`shuffle\``,
  quizShuffleIgnoredHint: (alwaysMixed) =>
    `solo se mezclan las preguntas de opción única y múltiple; ${alwaysMixed ? 'este tipo siempre se muestra mezclado' : 'quita `shuffle:`'}`,
  quizTriesIgnored: (id) => `la pregunta abierta "${id}" nunca es incorrecta: se ignora \`tries\``,
  removeField: (key) => `quita \`${key}:\``,
  quizPointsIgnored: (id) => `la pregunta abierta "${id}" se registra, no se puntúa: se ignora \`points\``,
  quizPointsIgnoredHint: () => 'quita `points:`, o usa un tipo de pregunta puntuable',
  quizUnknownField: (id, type, key) => `la pregunta "${id}" (${type}) tiene un campo desconocido "${key}"`,
  quizFieldsOf: (type, fields) => `campos de una pregunta ${type}: ${fields.join(', ')}`,
  quizPromptHint: () => 'añade `prompt:` con la pregunta que ve el estudiante',
  quizFeedbackNotMap: (id) =>
    `la retroalimentación de la pregunta "${id}" debe tener líneas \`correct:\` y/o \`incorrect:\``,
  quizFeedbackUnknown: (id, key) => `la retroalimentación de la pregunta "${id}" tiene un campo desconocido "${key}"`,
  quizFeedbackHint: () => 'usa `correct:` e `incorrect:`',
  quizPointsInvalid: (id, written) => `points de la pregunta "${id}" debe ser un número de 0 o más, no "${written}"`,
  quizPointsHint: () => 'p. ej. `points: 2`; déjalo fuera para 1 punto',
  quizMissingField: (id, key) => `la pregunta "${id}" no tiene \`${key}:\``,
  quizNotText: (what, id) => `${what} de la pregunta "${id}" debe ser texto`,
  quizTooDeep: (what, id) => `${what} de la pregunta "${id}" está anidado demasiado hondo para leerlo`,
  quizTextEmpty: (what, id) => `${what} de la pregunta "${id}" está vacío`,
  quizNotBoolean: (what, id, written) => `${what} de la pregunta "${id}" debe ser true o false, no "${written}"`,
  booleanHint: (written, meant) =>
    meant === null
      ? 'escribe `true` o `false` (sin comillas)'
      : `escribe \`${meant}\` para ${written}: solo \`true\` y \`false\` se leen como sí y no`,
  thePrompt: () => 'el enunciado',
  theFeedback: (key) => `feedback.${key}`,
  anOption: () => 'una opción',
  anItem: () => 'un elemento',
  aTerm: () => 'un término',
  theDescriptionOf: (term) => `la descripción de "${term}"`,
  theField: (key) => key,
  quizAnswerHint: () => 'añade `answer: true` o `answer: false`',
  quizScoringUnknown: (id, written) => `scoring de la pregunta "${id}" es "${written}"`,
  quizOptionCount: (id, found, what) =>
    `la pregunta "${id}" tiene ${found < 2 ? `solo ${found}` : found} ${QUIZ_PARTS[what][found === 1 ? 0 : 1]}; necesita de 2 a 26`,
  quizNotList: (key, id) => `${key} de la pregunta "${id}" debe ser una lista`,
  quizOptionsHint: () => 'añade `options:` con una lista de entradas `- text: ...`, una con `correct: true`',
  quizOptionsListHint: () => 'empieza cada opción con `- text: `',
  quizOptionNoText: (id) => `una opción de la pregunta "${id}" no tiene \`text:\``,
  quizOptionNoTextHint: () =>
    'escribe la opción como `- text: ...` (con `correct: true` debajo cuando es correcta), o como `- ...` solo',
  quizNoCorrect: (id) => `la pregunta "${id}" no tiene ninguna opción correcta`,
  quizSingleCorrect: (id, found) =>
    `la pregunta de opción única "${id}" tiene ${found} opciones correctas; necesita exactamente una`,
  quizSingleCorrectHint: () =>
    'deja `correct: true` en una sola opción, o usa `type: multiple` cuando varias son correctas',
  quizItemsHint: () => 'añade `items:` con los elementos en el orden correcto',
  quizItemsListHint: () => 'escribe `items: [primero, segundo, tercero]`',
  quizPairsHint: () => 'añade `pairs:` con una línea `término: descripción` por pareja',
  quizPairsInvalid: (id) => `pairs de la pregunta "${id}" deben ser líneas \`término: descripción\``,
  quizAnswersHint: () => 'añade `answers: [primera respuesta aceptada, otra respuesta aceptada]`',
  quizAnswerEmpty: (id) => `la pregunta "${id}" tiene una respuesta aceptada vacía`,
  quizAnswerEmptyHint: () => 'cada respuesta aceptada es un texto no vacío',
  numberInvalid: (key, id, limit, decimals, written) =>
    `${key} de la pregunta "${id}" debe ser un número de -${limit} a ${limit} con como mucho ${decimals} decimales, no "${written}"`,
  numberHint: (example) => `${example}; escríbelo con punto, sin comillas`,
  unitInvalid: (id, written) => `la unidad de la pregunta "${id}" debe ser una palabra sin cifras, no "${written}"`,
  unitHint: () => 'p. ej. `unit: grados`, o deja fuera `unit:`',
  exampleTolerance: () => 'p. ej. `tolerance: 2` acepta de 73 a 77 para `answer: 75`',
  exampleMin: () => 'p. ej. `min: 70`',
  exampleMax: () => 'p. ej. `max: 80`',
  exampleAnswer: () => 'p. ej. `answer: 75`',
  toleranceAndRange: (id) => `la pregunta "${id}" tiene a la vez \`tolerance:\` y \`min:\`/\`max:\``,
  toleranceAndRangeHint: () => 'deja `answer:` con `tolerance:`, o da el intervalo como `min:` y `max:`',
  toleranceNegative: (id) => `tolerance de la pregunta "${id}" es menor que 0`,
  toleranceNegativeHint: () => 'p. ej. `tolerance: 2`, o 0 para exactamente la respuesta',
  toleranceBeyond: (id, limit) => `answer +- tolerance de la pregunta "${id}" sale de -${limit}..${limit}`,
  rangeHalf: (id, given, missing) => `la pregunta "${id}" tiene \`${given}:\` sin \`${missing}:\``,
  rangeHalfHint: () => 'da tanto `min:` como `max:` (los extremos cuentan)',
  rangeMaxBelowMin: (id) => `max de la pregunta "${id}" es menor que su min`,
  rangeAnswerOutside: (id) => `answer de la pregunta "${id}" está fuera de min..max`,
  rangeHint: () => 'el intervalo min..max incluye sus extremos y contiene la respuesta',
  numericNoAnswer: (id) => `la pregunta "${id}" no tiene \`answer:\``,
  numericNoAnswerHint: () =>
    'añade `answer: 75` (si quieres con `tolerance: 2`), o el intervalo aceptado como `min:` y `max:`',

  quizDuplicateId: (id, where) => `el id de pregunta "${id}" también se usa en ${where}`,
  quizFileMissing: (name) => `el archivo de cuestionario "${name}" no existe`,
  quizFileOutside: (name) => `el archivo de cuestionario "${name}" está fuera de la carpeta de la lección`,
  quizFileOutsideHint: () => 'pon el archivo de cuestionario en la carpeta de la lección, junto a lesson.md',
  quizFileNone: (file) => `la lección coloca preguntas pero no hay ${file}`,
  quizFileNoneHint: () =>
    'crea quiz.yaml junto a lesson.md, o nombra tu archivo de cuestionario con `quiz:` en el front matter',
  lessonFileMissing: (folder) => `no hay lesson.md en ${folder}`,
  theQuizFile: (name) => `el archivo de cuestionario "${name}"`,
  theLessonFile: () => 'lesson.md',
  theAsset: (kind, url) => `${ASSET_KINDS[kind]} "${url}"`,
  theCaptions: (file) => `los subtítulos "${file}" de este vídeo`,
  linkOutside: (what, link, target) =>
    `${what} lleva fuera de la carpeta de la lección: "${link}" es un enlace a ${target}`,
  notAFile: (what, kind) => `${what} es ${FILE_KINDS[kind]}, no un archivo`,
  unreadable: (what, why) => `${what} no se puede leer: ${UNREADABLE[why]}`,
  unreadableFolder: (what, folder) =>
    `${what} no se puede leer: sin permiso (la carpeta "${folder}" no se puede listar)`,
  hardLinked: (what, links) =>
    `${what} tiene ${links} enlaces duros: puede ser un archivo de fuera de la carpeta de la lección, y entra tal cual en el paquete`,
  quizFileFolderHint: (folder) => `nombra en \`quiz:\` el archivo que contiene, p. ej. \`quiz: ${folder}/quiz.yaml\``,

  questionUnused: (id) => `la pregunta "${id}" nunca se muestra`,
  drawTooMany: (draw, graded) =>
    `\`::quiz draw ${draw}\` saca más preguntas que las ${graded} puntuables de esta sección`,
  questionNotDefined: (id) => `la pregunta "${id}" no está en el cuestionario`,
  questionPlacedTwice: (id, line) => `la pregunta "${id}" ya está colocada en la línea ${line}`,
  quizSectionEmpty: () => '`::quiz` no tiene más preguntas que mostrar',

  addressRefused: (link, url, scheme) =>
    `${link ? 'el enlace' : 'el archivo'} "${url}" es una dirección ${scheme}:, que una lección no puede usar`,
  addressRefusedHint: () =>
    'enlaza a una página web (https://...) o a un archivo de la lección: un enlace no ejecuta ningún script',
  assetRemote: (url) => `"${url}" se carga desde internet`,
  assetRemoteVideoHint: (url) =>
    `escribe \`::video ${url}\` solo en una línea: así se inserta un vídeo de YouTube o Vimeo`,
  assetOutside: (url) => `"${url}" está fuera de la carpeta de la lección`,
  assetIsFolder: (url) => `"${url}" es una carpeta, no un archivo`,
  assetIsFolderHint: () => 'refiérete a un archivo de la carpeta',
  assetMissing: (what, meant) =>
    `${what} no existe en la carpeta de la lección${meant === null ? '' : `; ¿querías decir "${meant}"?`}`,
  assetCapitalsHint: (name) => `el archivo se llama "${name}": las mayúsculas cuentan en el servidor del LMS`,
  gateNoQuiz: () => 'esta lección no tiene preguntas puntuables, así que `::gate` no cierra nada',
  gateBeforeResult: (line) =>
    `\`::gate\` cierra la diapositiva de resultado (línea ${line}) hasta que termine el cuestionario, lo que así nunca puede ocurrir`,
  gateBeforeQuestion: (title, line) =>
    `\`::gate\` cierra la pregunta "${title}" (línea ${line}) hasta que termine el cuestionario, lo que así nunca puede ocurrir`,
  completionNoQuiz: (completion) =>
    `completion "${completion}" necesita un cuestionario, pero la lección no tiene preguntas puntuables: se completa cuando se han visto todas las diapositivas`,
  indentedCode: () =>
    'este texto está sangrado con un tabulador o 4 espacios, así que se muestra como bloque de código, no como párrafo',
  nameTooLong: (name, path, bytes, max) =>
    `"${name}" en ${path} ocupa ${bytes} bytes; un nombre de archivo o carpeta admite ${max} en todos los sistemas`,

  htmlRefused: (element, why) => `<${element}> no está permitido en una lección: ${why}`,
  htmlRefusedWhy: {
    script: 'ejecuta un programa en la ventana del estudiante',
    iframe: 'muestra otra página web dentro de la lección',
    frame: 'muestra otra página web dentro de la lección',
    frameset: 'muestra otras páginas web dentro de la lección',
    object: 'inserta un complemento u otra página',
    embed: 'inserta un complemento u otra página',
    applet: 'inserta un complemento',
    portal: 'muestra otra página web dentro de la lección',
    form: 'envía lo que escribe el estudiante a otra dirección',
    base: 'cambia adónde apunta cada enlace y archivo de la página, también los del reproductor',
    meta: 'puede enviar a otra página o cambiar cómo se carga la página',
    link: 'carga una hoja de estilo u otro archivo en la página',
    image: 'carga una imagen que la comprobación del paquete no puede seguir (una <image> SVG)',
    feimage: 'carga una imagen que la comprobación del paquete no puede seguir (un filtro SVG)',
    use: 'copia un dibujo de otro archivo (un <use> SVG)',
    'input-image': 'carga una imagen y envía un formulario',
  },
  htmlRefusedHint: {
    script:
      'quítalo; una lección que necesita su propio script puede escribir `html: trusted` en el front matter (ver el README, Security)',
    iframe: 'para un vídeo de YouTube o Vimeo escribe `::video URL` solo en una línea; si no, enlaza a la página',
    image: 'dibuja la imagen con `![alt](assets/imagen.png)` o `<img src="assets/imagen.png" alt="...">`',
    feimage: 'dibuja la imagen con `![alt](assets/imagen.png)` o `<img src="assets/imagen.png" alt="...">`',
  },
  htmlRemoved: (element, keepText) =>
    `<${element}> no está entre los elementos que puede usar una lección: ${keepText ? 'quitado, su texto se conserva' : 'quitado con su contenido'}`,
  htmlTarget: (value, element) =>
    `target="${value}" de <${element}> no está permitido en una lección: quitado, el enlace se abre en una pestaña nueva`,
  htmlAttributeRemoved: (attribute, element, why) =>
    `el atributo ${attribute} de <${element}> no está permitido en una lección: quitado${why === null ? '' : `, porque ${REMOVED_WHY[why]}`}`,
  htmlAttributeUrl: (attribute, element) =>
    `el atributo ${attribute} de <${element}> remite a otro archivo con url(): quitado`,
  htmlHandler: (attribute, element) =>
    `el atributo ${attribute} de <${element}> ejecuta un programa en la ventana del estudiante`,
  htmlHandlerHint: () =>
    'quítalo; una lección que necesita su propio script puede escribir `html: trusted` en el front matter (ver el README, Security)',
  htmlFormAction: (attribute, element) =>
    `el atributo ${attribute} de <${element}> envía lo que escribe el estudiante a otra dirección`,
  htmlDataAddress: (attribute, element) =>
    `el atributo ${attribute} de <${element}> es una dirección data: que no es imagen, sonido ni vídeo`,
  styleLessThan: () => 'un `<` en un bloque de estilo podría empezar un elemento',
  css: {
    escape: 'un escape con barra invertida en el CSS puede ocultar una dirección',
    import: '@import carga otra hoja de estilo',
    'image-set': 'image-set() carga imágenes que la comprobación del paquete no puede seguir',
    image: 'image() carga una imagen que la comprobación del paquete no puede seguir',
    'cross-fade': 'cross-fade() carga imágenes que la comprobación del paquete no puede seguir',
    src: 'src() carga un archivo que la comprobación del paquete no puede seguir',
    expression: 'expression() ejecuta script en navegadores antiguos',
    binding: 'un binding o behavior carga script',
  },

  suspendBudget: (worst, limit, fit) =>
    `con todas las diapositivas vistas y todas las preguntas respondidas, el progreso guardado de esta lección ocupa hasta ${n(worst)} caracteres, ` +
    `y SCORM 1.2 admite ${n(limit)}: ` +
    (fit.questions === null
      ? `caben ${n(fit.slides)} diapositivas`
      : `con sus ${n(fit.allSlides)} diapositivas caben ${n(fit.questions)} de sus ${n(fit.allQuestions)} preguntas; con todas sus preguntas, ${n(fit.slides)} diapositivas`),

  courseNotKeys: () => 'course.yaml no es una lista de líneas `clave: valor`',
  courseUnknownKey: (key) => `clave "${key}" desconocida en course.yaml`,
  courseKnownKeys: (keys) => `claves conocidas: ${keys.join(', ')}`,
  courseMissing: (key) => `course.yaml no tiene \`${key}:\``,
  courseLessonsList: () => '`lessons:` debe ser una lista de carpetas de lecciones, una por línea empezando con `- `',
  courseLessonMissing: (path) => `la carpeta de lección "${path}" no existe o no tiene lesson.md`,
  courseDuplicateId: (id, other) => `el id de lección "${id}" es también el id de la lección de ${other}`,
  coursePreviewLessons: () => 'Lecciones',
  coursePreviewNote: () =>
    'Cada lección es un SCO propio en el paquete del curso: aquí tiene sus propios datos guardados, como en el LMS.',
  coursePreviewRunning: (courseDir, version, url) =>
    `Vista previa del curso ${courseDir} como SCORM ${version}: ${url}`,
  courseWrote: (title, lessons) => `Curso "${title}": ${count(lessons, 'lección', 'lecciones')}.`,

  importUnknown: (what) => `esto es ${IMPORTED_KINDS[what]}, no un archivo que scormdown importe`,
  importEmpty: () => 'el archivo está vacío',
  importIsFolder: () => 'esto es una carpeta: indica el archivo que quieres importar',
  importLegacyText: () =>
    'el archivo no está en UTF-8: se ha leído como Windows-1252 (Europa occidental, lo que el Bloc de notas llama «ANSI»)',
  importLegacyTextHint: () =>
    'revisa las letras con tilde (é, ë, ü, ß) en lesson.md y quiz.yaml; scormdown las escribe en UTF-8',
  importNoSlides: () => 'no se encontraron diapositivas en esta exportación de texto',
  importNoSlidesHint: () =>
    'la exportación de texto de una herramienta de diapositivas tiene una línea "Slide 1 - <tipo>" después del texto de cada diapositiva; comprueba que es una',
  importOnlyTitle: (slide) =>
    `la diapositiva ${slide} solo contiene su título: lo demás que mostraba (una imagen, un vídeo) no está en una exportación de texto`,
  importOnlyTitleHint: () =>
    'añade la imagen a assets/ y escribe ![Lo que muestra](assets/imagen.png) debajo del título',
  importQuestionSlide: (slide, id) =>
    `la diapositiva ${slide} hace una pregunta: se ha convertido en la pregunta abierta "${id}" en esa diapositiva`,
  importQuestionSlideHint: () =>
    'bien así (el estudiante escribe una respuesta que se registra, no se puntúa); conviértela en una pregunta puntuable en quiz.yaml si quieres',
  importWrote: (folder, slides, questions, assets) =>
    `Importado en ${folder}: ${count(slides, 'diapositiva', 'diapositivas')}, ${count(questions, 'pregunta', 'preguntas')}, ${count(assets, 'archivo', 'archivos')} en assets/.`,
  importLanguage: (language, guessed) =>
    guessed
      ? `El idioma de la lección es ${language}, reconocido por su texto: indica --language para elegir otro.`
      : `El idioma de la lección es ${language}.`,
  importNext: (preview, build) =>
    ['Mírala como la ve un estudiante:', `  ${preview}`, 'y crea los archivos zip SCORM:', `  ${build}`].join('\n'),
  importSummary: () =>
    'lee FILE (la exportación de texto de una herramienta de diapositivas, .pptx, GIFT o Moodle XML) en una nueva carpeta de lección.',
  importOut: () => 'la carpeta de lección que se escribe (por defecto: una carpeta nueva con el nombre de la lección)',
  importLanguageOption: () => 'el idioma de la lección, p. ej. es o nl (por defecto: el del archivo o su texto)',
  importTitle: () => 'el título de la lección (por defecto: el del archivo)',

  pptxDamaged: (why) =>
    why === 'zip'
      ? 'este archivo de PowerPoint está dañado: no se puede descomprimir'
      : 'este archivo de PowerPoint no tiene diapositivas que leer',
  pptxDamagedHint: () => 'ábrelo en PowerPoint, guárdalo de nuevo como .pptx e importa ese archivo',
  pptxOnlyPictures: (slides, pictures) =>
    `esta presentación solo contiene imágenes (${count(slides, 'diapositiva', 'diapositivas')}, ${count(pictures, 'imagen', 'imágenes')}) y ningún texto: no hay nada con qué escribir una lección`,
  pptxOnlyPicturesHint: () =>
    'importa la presentación de la que salieron las imágenes (con su texto), o empieza con `scormdown new` y pon las imágenes que necesites',
  pptxHidden: (slide) => `la diapositiva ${slide} está oculta en la presentación: se deja fuera`,
  pptxHiddenHint: () => 'muestra la diapositiva en PowerPoint e importa de nuevo si forma parte de la lección',
  pptxNoAlt: (slide, file) => `diapositiva ${slide}: la imagen ${file} no tiene texto alternativo`,
  pptxNoAltHint: () =>
    'describe la imagen entre los corchetes en lesson.md, ![así](...), para los estudiantes que no pueden verla',
  pptxUnconverted: (slide, what) =>
    `la diapositiva ${slide} contiene ${{ chart: 'un gráfico', smartart: 'un gráfico SmartArt', media: 'un vídeo o un sonido', object: 'un objeto incrustado' }[what]}, que no se convierte: un comentario en lesson.md marca su lugar`,
  pptxUnconvertedHint: () =>
    'guárdalo como imagen en PowerPoint (clic derecho, Guardar como imagen) y ponlo en assets/, un vídeo como ::video',

  xmlDamaged: (why) => `este archivo Moodle XML no se puede leer: ${why}`,
  xmlDamagedHint: () =>
    'exporta de nuevo las preguntas desde el banco de preguntas de Moodle (Exportar, formato Moodle XML)',
  giftDamaged: (why) => `esta pregunta GIFT no se puede leer: ${why}`,
  giftWhy: (why) =>
    why === 'brace' ? 'a sus respuestas les sobra o les falta un `{` o `}`' : 'no tiene respuestas entre `{` y `}`',
  giftDamagedHint: () =>
    'cada pregunta es `::título:: texto {respuestas}`; un `{`, `}`, `~`, `=`, `#` o `:` dentro de un texto se escribe `\\{`, etc.',
  bankSkipped: (name, type) =>
    `la pregunta "${name}" es de tipo ${type}, un tipo que el reproductor no tiene: se deja fuera`,
  bankSkippedHint: () =>
    'el reproductor tiene preguntas de opción única y múltiple, verdadero-falso, respuesta corta, numéricas, de emparejar, de ordenar y abiertas',
  bankWildcard: (id, answers) =>
    `la pregunta «${id}» acepta ${list(answers.map((a) => `«${a}»`))} con el * de Moodle (cualquier texto), que una pregunta fill-in no tiene`,
  bankWildcardHint: () =>
    'escribe en quiz.yaml cada respuesta que un alumno puede dar, o conviértela en una pregunta abierta',
  bankFeedbackLost: (id) =>
    `la pregunta "${id}" tiene retroalimentación o puntos parciales por respuesta, que quiz.yaml no contiene: se dejan fuera`,
  bankFeedbackLostHint: () =>
    'quiz.yaml contiene una retroalimentación para una respuesta correcta y otra para una incorrecta: revísalas en quiz.yaml',
  bankCategory: (category) => `categoría "${category}": sus preguntas están en quiz.yaml`,
  bankCategoryHint: () =>
    'todas las categorías van a un solo cuestionario; divide quiz.yaml en varios archivos si las quieres separadas',
  bankDescription: (name, slide) =>
    `«${name}» es una descripción (un texto, no una pregunta): es la diapositiva ${slide}, antes del cuestionario`,
  bankDescriptionHint: () =>
    'las preguntas están en la diapositiva del cuestionario al final; mueve el texto o coloca una pregunta junto a él con `::question id`',

  printNoChromium: () =>
    'instala Chromium o Google Chrome (Debian: `apt-get install chromium`), o pon su ruta en CHROMIUM',
  printSummary: () =>
    'imprime la lección como PDF de apuntes (cada diapositiva en orden) con el Chromium instalado aquí.',
  printOut: () =>
    'el PDF que se escribe (por defecto: <id de la lección>.pdf); para un curso, la carpeta de un PDF por lección',
  printAnswers: () => 'añade la respuesta correcta detrás de cada pregunta (una copia para el docente)',
  printWrote: (file, slides) => `${file} escrito: ${count(slides, 'diapositiva', 'diapositivas')}.`,

  giftNoOrder: (id) => `la pregunta "${id}" ordena elementos, algo que GIFT no puede contener: se deja fuera`,
  giftNoOrderHint: () =>
    'escribe las preguntas como Moodle XML (`--format moodle-xml`, por defecto): admite preguntas de ordenar',
  questionsPartLost: (id, lost, format) =>
    `la pregunta "${id}" pierde ${list(lost.map((l) => QUESTIONS_LOSSES[l]))} en ${format}, que no puede contenerlos`,
  questionsPartLostHint: () =>
    'escribe las preguntas como Moodle XML (`--format moodle-xml`, por defecto), que los contiene, o ajústalos en Moodle después de importar',
  questionsDescriptionFilesHint: () =>
    'las respuestas de una pregunta de emparejar son texto plano en Moodle: muestra la imagen en el enunciado o en un término de la izquierda',
  questionsGradedOtherwise: (id, why) =>
    why === 'choices'
      ? `la pregunta "${id}" tiene varias opciones correctas y no da puntos parciales: Moodle da parte de los puntos por algunas elegidas sin ninguna incorrecta, donde el reproductor no da ninguno`
      : `la pregunta "${id}" solo da sus puntos con todas las parejas correctas: Moodle da una parte por cada pareja correcta`,
  questionsNoGrade: (id, rights) =>
    `la pregunta "${id}" tiene ${n(rights)} opciones correctas: las calificaciones de Moodle no pueden dividir el 100 % en ${n(rights)} partes iguales, así que se deja fuera`,
  questionsNoGradeHint: () => 'dale como mucho 10 opciones correctas, o exactamente 20, o conviértela en dos preguntas',
  questionsNone: () => 'la lección no tiene preguntas: no hay nada para el banco de preguntas de Moodle',
  questionsAllLeftOut: (format) => `ninguna de las preguntas de la lección se puede escribir como ${format}`,
  questionsAllLeftOutHint: () =>
    'escribe las preguntas como Moodle XML (`--format moodle-xml`, por defecto), o mira los avisos de arriba',
  questionsExistsHint: (another) =>
    `da otro nombre al archivo con --out (p. ej. \`--out ${another}\`), o aparta antes el que ya está`,
  questionsSummary: () =>
    'escribe las preguntas de la lección en un archivo que importa el banco de preguntas de Moodle (Moodle XML o GIFT).\n' +
    'Nunca sobrescribe un archivo.',
  questionsFormat: () => 'moodle-xml o gift (por defecto: moodle-xml)',
  questionsOut: () => 'el archivo que se escribe (por defecto: <id de la lección>-questions.xml o .gift.txt)',
  questionsWrote: (file, questions, format) =>
    `${file} escrito: ${count(questions, 'pregunta', 'preguntas')} para el banco de preguntas de Moodle (Importar, formato ${format}).`,
  questionsFormatInvalid: (value) => `--format debe ser moodle-xml o gift, no "${value}"`,

  translateCourseOutside: (lesson) =>
    `la lección "${lesson}" del curso está fuera de la carpeta del curso: un curso traducido se escribe como una sola carpeta`,
  translateCourseOutsideHint: () =>
    'mueve la carpeta de la lección dentro de la carpeta del curso (y su ruta en course.yaml), o traduce la lección por separado',
  translateSameLanguage: (to) => `la lección ya está en "${to}": --to indica el idioma al que traducirla`,
  translateExistsHint: (file) =>
    `${file} no es una traducción de esta lección a ese idioma, así que no se actualiza: indica otro archivo con --out, o apártalo antes`,
  translateUnreadable: (why) => `esto no es un archivo de traducción que scormdown pueda leer (${why})`,
  translateUnreadableHint: () =>
    'importa el archivo .po o .xlf que escribió `scormdown translate export`, tal como lo devolvió quien tradujo',
  translateNoLanguage: () =>
    'el archivo de traducción no dice en qué idioma está (PO: la cabecera Language; XLIFF: target-language)',
  translateLessonMissing: (dir) => `la lección de la que salió este archivo no está en ${dir}`,
  translateLessonMissingHint: () => 'indica la carpeta de la lección con --lesson, p. ej. `--lesson les6`',
  translateKept: (id, why: TranslationKept, language) =>
    ({
      missing: `"${id}" no está en el archivo de traducción`,
      empty: `"${id}" aún no está traducido`,
      review: `"${id}" está marcado para revisar (fuzzy)`,
      changed: `"${id}" cambió en la lección desde que se exportó el archivo`,
      structure: `la traducción de "${id}" añade una línea \`---\` o una directiva \`::\`, que cambiaría las diapositivas de la lección`,
    })[why] + `: se queda en ${languageName(language)}`,
  translateExportSummary: () =>
    'escribe cada texto de la lección en un archivo para traducir (PO o XLIFF 1.2).\n' +
    'Sobre una exportación anterior conserva las traducciones y marca para revisar los textos cambiados.',
  translateImportSummary: () =>
    'escribe la lección en el idioma de un archivo PO o XLIFF traducido, como carpeta nueva.',
  translateTo: () => 'el idioma al que traducir, p. ej. de (obligatorio)',
  translateFormat: () => 'po o xliff (por defecto: po)',
  translateOut: () => 'el archivo que se escribe o actualiza (por defecto: <id de la lección>-<idioma>.po o .xlf)',
  translateImportOut: () =>
    'la carpeta que se escribe (por defecto: el nombre de la carpeta de la lección con -<idioma>)',
  translateLesson: () => 'la lección de la que salió el archivo (por defecto: la carpeta que nombra el archivo)',
  translateFormatInvalid: (value) => `--format debe ser po o xliff, no "${value}"`,
  translateToMissing: () => '--to es obligatorio: el idioma al que traducir, p. ej. `--to de`',
  translateWrote: (file, texts, kept, review, fresh, to) =>
    `${file} escrito: ${count(texts, 'texto', 'textos')} para traducir al ${languageName(to)}` +
    (kept + review > 0 ? ` (${n(kept)} traducidos, ${n(review)} por revisar, ${n(fresh)} nuevos).` : '.'),
  translateImported: (folder, translated, texts, language) =>
    `${folder} escrito: la lección en ${languageName(language)}, ${n(translated)} de ${count(texts, 'texto', 'textos')} traducidos.`,

  severity: { error: 'error', warning: 'aviso' },
  hintLabel: () => 'consejo:',
  colon: ':',
  moreNotShown: (more, code, error) => `... y ${n(more)} ${error ? 'errores' : 'avisos'} ${code} más sin mostrar`,

  errorCount: (errors) => count(errors, 'error', 'errores'),
  nothingWritten: () => 'no se ha escrito nada. Corrige las líneas de arriba y vuelve a construir.',
  nothingToPreview: () => 'nada que previsualizar. Corrige las líneas de arriba y vuelve a lanzar la vista previa.',
  rebuilt: () => 'Reconstruido:',
  rebuiltClean: () => 'Reconstruido: ya no hay problemas.',
  previewRunning: (lessonDir, version, url) => `Vista previa de ${lessonDir} como SCORM ${version}: ${url}`,
  previewFollows: () => 'Sigue cada vez que guardas la lección. Ctrl-C detiene la vista previa.',
  coursePreviewFollows: () => 'Sigue cada vez que guardas una lección o course.yaml. Ctrl-C detiene la vista previa.',
  starterWritten: (files, preview, build) =>
    [
      'Lección inicial escrita:',
      ...files.map((file) => `  ${file}`),
      '',
      'Edita lesson.md y quiz.yaml, y luego mira la lección como la ve un estudiante:',
      `  ${preview}`,
      'y crea los archivos zip SCORM:',
      `  ${build}`,
    ].join('\n'),
  starterFromCourse: (keys) =>
    `El curso (course.yaml) da a esta lección ${list(keys)}: quita el # delante de una línea para darle su propio valor.`,
  starterAddToCourse: (entry, file) =>
    `Para ponerla en el curso, añade la línea \`  - ${entry}\` bajo \`lessons:\` en ${file}.`,
  usage: () => 'Uso:',
  helpOption: () => 'muestra esta ayuda',
  versionOption: () => 'muestra la versión de scormdown',
  langOption: () =>
    'el idioma en que te habla scormdown: en, nl, de, fr o es (por defecto: el idioma de la lección, si no, el del sistema)',
  buildSummary: () =>
    'construye la lección de lessonDir (por defecto: la carpeta actual) en archivos zip SCORM; una carpeta con\n' +
    'course.yaml: los zips de cada lección y el paquete del curso.',
  buildOut: () => 'carpeta para los archivos zip (por defecto: dist)',
  buildScorm: () => '1.2, 2004 o both (por defecto: both)',
  previewSummary: () =>
    'muestra la lección en un LMS de prueba en http://127.0.0.1:PORT/, con lo que registra el LMS al lado;\n' +
    'cada vez que guardas la lección aparece sola en la página. Ctrl-C la detiene.',
  previewScorm: () => '1.2 o 2004 (por defecto: 2004)',
  previewPort: () => 'el puerto en 127.0.0.1 (por defecto: 0, cualquier puerto libre)',
  newSummary: () =>
    'escribe una lección inicial para editar en folder (por defecto: la carpeta actual; se crea si falta):\n' +
    'lesson.md, quiz.yaml y una imagen. Nunca sobrescribe un archivo.',
  newLanguage: () =>
    'el idioma de la lección, p. ej. es o nl (por defecto: el idioma en que habla scormdown; textos en español para es, alemán para de, francés para fr, neerlandés para nl, inglés para los demás)',
  newTitle: () => 'el título de la lección (por defecto: "Mi primera lección")',
  unknownOption: (option) => `opción "${option}" desconocida`,
  optionTwice: (option) => `${option} aparece dos veces: indícala una sola vez`,
  noCommand: () => 'no se ha indicado ningún comando',
  unknownCommand: (name) => `comando "${name}" desconocido`,
  needsValue: (option) => `${option} necesita un valor`,
  oneFolder: (given) => `una carpeta de lección cada vez, recibido: ${given.join(' ')}`,
  languageInvalid: (value) => `--language debe ser un código de idioma como es, nl o es-MX, no "${value}"`,
  langInvalid: (value, spoken) =>
    `--lang debe ser ${spoken.slice(0, -1).join(', ')} o ${spoken.at(-1) ?? ''}, no "${value}"`,
  titleInvisible: (name) =>
    `--title contiene ${char(name)}, un carácter que nadie ve: vuelve a escribir el título sin él`,
  titleEmpty: () => '--title necesita un texto, p. ej. --title "Lección 7: Conversaciones de venta"',
  starterTitleInvisible: (name) => `el título contiene ${char(name)}, un carácter que nadie ve`,
  previewScormInvalid: (labels, value) => `--scorm debe ser ${labels.join(' o ')} para una vista previa, no "${value}"`,
  portInvalid: (value) => `--port debe ser un número de 0 a 65535, no "${value}"`,
  scormInvalid: (labels, value) => `--scorm debe ser ${labels.join(', ')} o both, no "${value}"`,

  readFailed: (path, reason) => `no se pudo leer ${path} (${reason})`,
  writeFailed: (path, reason) => `no se pudo escribir ${path} (${reason})`,
  portFailed: (port, reason) => `no se puede servir la vista previa en el puerto ${port} (${reason})`,
  starterExists: (paths, command) =>
    `${paths.join(', ')} ya ${paths.length === 1 ? 'existe' : 'existen'}; scormdown ${command} nunca sobrescribe un archivo: no se ha escrito nada`,
  failureHint: {
    read: 'comprueba que el archivo está, que es un archivo normal de 2 GiB como mucho, y que puedes leerlo',
    write: 'comprueba que la carpeta de --out es una carpeta donde puedes escribir, y que el disco no está lleno',
    portInUse:
      'puede que otro programa lo use: elige otro --port, o déjalo fuera para tomar un puerto libre cualquiera',
    exists: 'empieza la nueva lección en otra carpeta nueva, o aparta antes el archivo',
  },
  starterWriteHint: (command, writer) =>
    `comprueba que puedes escribir en esta carpeta y que el disco no está lleno, y vuelve a ejecutar \`${command} ${writer}\``,
  notAFolder: () => 'es un archivo, no una carpeta',
  newFolderHint: (command, writer) =>
    writer === 'new'
      ? `indica el nombre de una carpeta nueva o vacía, p. ej. \`${command} new mi-leccion\``
      : 'indica una carpeta nueva o vacía con --out, p. ej. `--out mi-leccion`',
  starterExistsHint: (command, writer, files, folder) =>
    (writer === 'new'
      ? `empieza la nueva lección en otra carpeta (\`${command} new mi-leccion\`)`
      : 'escribe la lección en otra carpeta (`--out mi-leccion`)') +
    `, o aparta antes ${files === 1 ? 'este archivo' : 'estos archivos'}; ` +
    `para construir la lección que ya está aquí: \`${command} build ${folder}\``,
};
