// The SCORM error codes of the preview's call log in words, one table per author language. The code
// is the LMS's and reads the same in every language; the words beside it are the author's. English
// keeps the names the specifications give (SCORM 1.2 RTE 3.3.2.3, SCORM 2004 RTE 3.1.7), so they can
// be looked up. A new language is a table here, as in shared/preview-words.ts.

import type { AuthorLanguage } from '../shared/author-language.js';

/** The codes scorm-again answers with in SCORM 1.2: the specification's, and 407 and 408 as 2004 has
 *  them. 0, no error, has no words. */
export type ErrorCode12 = '101' | '201' | '202' | '203' | '301' | '401' | '402' | '403' | '404' | '405' | '407' | '408';

/** The codes of SCORM 2004 (RTE 3.1.7.1 to 3.1.7.6), but 0. */
export type ErrorCode2004 =
  | '101'
  | '102'
  | '103'
  | '104'
  | '111'
  | '112'
  | '113'
  | '122'
  | '123'
  | '132'
  | '133'
  | '142'
  | '143'
  | '201'
  | '301'
  | '351'
  | '391'
  | '401'
  | '402'
  | '403'
  | '404'
  | '405'
  | '406'
  | '407'
  | '408';

export interface ErrorWords {
  '1.2': Record<ErrorCode12, string>;
  '2004': Record<ErrorCode2004, string>;
}

const en: ErrorWords = {
  '1.2': {
    '101': 'General Exception',
    '201': 'Invalid argument error',
    '202': 'Element cannot have children',
    '203': 'Element not an array - cannot have count',
    '301': 'Not initialized',
    '401': 'Not implemented error',
    '402': 'Invalid set value, element is a keyword',
    '403': 'Element is read only',
    '404': 'Element is write only',
    '405': 'Incorrect Data Type',
    '407': 'Element Value Out Of Range',
    '408': 'Data Model Dependency Not Established',
  },
  '2004': {
    '101': 'General Exception',
    '102': 'General Initialization Failure',
    '103': 'Already Initialized',
    '104': 'Content Instance Terminated',
    '111': 'General Termination Failure',
    '112': 'Termination Before Initialization',
    '113': 'Termination After Termination',
    '122': 'Retrieve Data Before Initialization',
    '123': 'Retrieve Data After Termination',
    '132': 'Store Data Before Initialization',
    '133': 'Store Data After Termination',
    '142': 'Commit Before Initialization',
    '143': 'Commit After Termination',
    '201': 'General Argument Error',
    '301': 'General Get Failure',
    '351': 'General Set Failure',
    '391': 'General Commit Failure',
    '401': 'Undefined Data Model Element',
    '402': 'Unimplemented Data Model Element',
    '403': 'Data Model Element Value Not Initialized',
    '404': 'Data Model Element Is Read Only',
    '405': 'Data Model Element Is Write Only',
    '406': 'Data Model Element Type Mismatch',
    '407': 'Data Model Element Value Out Of Range',
    '408': 'Data Model Dependency Not Established',
  },
};

const nl: ErrorWords = {
  '1.2': {
    '101': 'Algemene fout',
    '201': 'Ongeldig argument',
    '202': 'Element heeft geen _children',
    '203': 'Element is geen lijst en heeft dus geen _count',
    '301': 'Niet gestart: LMSInitialize is nog niet aangeroepen',
    '401': 'Element bestaat, maar dit LMS ondersteunt het niet',
    '402': 'Geen waarde mogelijk: het element is een sleutelwoord',
    '403': 'Element kan alleen gelezen worden',
    '404': 'Element kan alleen geschreven worden',
    '405': 'Waarde van het verkeerde type',
    '407': 'Waarde buiten het toegestane bereik',
    '408': 'Eerst moet een ander element een waarde krijgen',
  },
  '2004': {
    '101': 'Algemene fout',
    '102': 'Initialize mislukt',
    '103': 'Al gestart: Initialize was al aangeroepen',
    '104': 'Sessie al beëindigd: Terminate was al aangeroepen',
    '111': 'Terminate mislukt',
    '112': 'Terminate vóór Initialize',
    '113': 'Terminate na Terminate',
    '122': 'GetValue vóór Initialize',
    '123': 'GetValue na Terminate',
    '132': 'SetValue vóór Initialize',
    '133': 'SetValue na Terminate',
    '142': 'Commit vóór Initialize',
    '143': 'Commit na Terminate',
    '201': 'Ongeldig argument',
    '301': 'GetValue mislukt',
    '351': 'SetValue mislukt',
    '391': 'Commit mislukt',
    '401': 'Onbekend element van het datamodel',
    '402': 'Element bestaat, maar dit LMS ondersteunt het niet',
    '403': 'Element heeft nog geen waarde',
    '404': 'Element kan alleen gelezen worden',
    '405': 'Element kan alleen geschreven worden',
    '406': 'Waarde past niet bij het type van het element',
    '407': 'Waarde buiten het toegestane bereik',
    '408': 'Eerst moet een ander element een waarde krijgen',
  },
};

const de: ErrorWords = {
  '1.2': {
    '101': 'Allgemeiner Fehler',
    '201': 'Ungültiges Argument',
    '202': 'Element hat keine _children',
    '203': 'Element ist keine Liste und hat daher kein _count',
    '301': 'Nicht gestartet: LMSInitialize wurde noch nicht aufgerufen',
    '401': 'Element gibt es, aber dieses LMS unterstützt es nicht',
    '402': 'Kein Wert möglich: das Element ist ein Schlüsselwort',
    '403': 'Element kann nur gelesen werden',
    '404': 'Element kann nur geschrieben werden',
    '405': 'Wert vom falschen Typ',
    '407': 'Wert außerhalb des erlaubten Bereichs',
    '408': 'Zuerst muss ein anderes Element einen Wert bekommen',
  },
  '2004': {
    '101': 'Allgemeiner Fehler',
    '102': 'Initialize fehlgeschlagen',
    '103': 'Schon gestartet: Initialize wurde schon aufgerufen',
    '104': 'Sitzung schon beendet: Terminate wurde schon aufgerufen',
    '111': 'Terminate fehlgeschlagen',
    '112': 'Terminate vor Initialize',
    '113': 'Terminate nach Terminate',
    '122': 'GetValue vor Initialize',
    '123': 'GetValue nach Terminate',
    '132': 'SetValue vor Initialize',
    '133': 'SetValue nach Terminate',
    '142': 'Commit vor Initialize',
    '143': 'Commit nach Terminate',
    '201': 'Ungültiges Argument',
    '301': 'GetValue fehlgeschlagen',
    '351': 'SetValue fehlgeschlagen',
    '391': 'Commit fehlgeschlagen',
    '401': 'Unbekanntes Element des Datenmodells',
    '402': 'Element gibt es, aber dieses LMS unterstützt es nicht',
    '403': 'Element hat noch keinen Wert',
    '404': 'Element kann nur gelesen werden',
    '405': 'Element kann nur geschrieben werden',
    '406': 'Wert passt nicht zum Typ des Elements',
    '407': 'Wert außerhalb des erlaubten Bereichs',
    '408': 'Zuerst muss ein anderes Element einen Wert bekommen',
  },
};

const fr: ErrorWords = {
  '1.2': {
    '101': 'Erreur générale',
    '201': 'Argument non valide',
    '202': "L'élément n'a pas de _children",
    '203': "L'élément n'est pas une liste et n'a donc pas de _count",
    '301': "Pas démarré : LMSInitialize n'a pas encore été appelé",
    '401': "L'élément existe, mais ce LMS ne le prend pas en charge",
    '402': "Aucune valeur possible : l'élément est un mot-clé",
    '403': "L'élément est en lecture seule",
    '404': "L'élément est en écriture seule",
    '405': 'Valeur du mauvais type',
    '407': "Valeur hors de l'intervalle permis",
    '408': "Un autre élément doit d'abord recevoir une valeur",
  },
  '2004': {
    '101': 'Erreur générale',
    '102': 'Échec de Initialize',
    '103': 'Déjà démarré : Initialize a déjà été appelé',
    '104': 'Session déjà terminée : Terminate a déjà été appelé',
    '111': 'Échec de Terminate',
    '112': 'Terminate avant Initialize',
    '113': 'Terminate après Terminate',
    '122': 'GetValue avant Initialize',
    '123': 'GetValue après Terminate',
    '132': 'SetValue avant Initialize',
    '133': 'SetValue après Terminate',
    '142': 'Commit avant Initialize',
    '143': 'Commit après Terminate',
    '201': 'Argument non valide',
    '301': 'Échec de GetValue',
    '351': 'Échec de SetValue',
    '391': 'Échec de Commit',
    '401': 'Élément du modèle de données inconnu',
    '402': "L'élément existe, mais ce LMS ne le prend pas en charge",
    '403': "L'élément n'a pas encore de valeur",
    '404': "L'élément est en lecture seule",
    '405': "L'élément est en écriture seule",
    '406': "La valeur ne correspond pas au type de l'élément",
    '407': "Valeur hors de l'intervalle permis",
    '408': "Un autre élément doit d'abord recevoir une valeur",
  },
};

const es: ErrorWords = {
  '1.2': {
    '101': 'Error general',
    '201': 'Argumento no válido',
    '202': 'El elemento no tiene _children',
    '203': 'El elemento no es una lista y por eso no tiene _count',
    '301': 'No iniciado: aún no se ha llamado a LMSInitialize',
    '401': 'El elemento existe, pero este LMS no lo admite',
    '402': 'No admite valor: el elemento es una palabra clave',
    '403': 'El elemento es de solo lectura',
    '404': 'El elemento es de solo escritura',
    '405': 'Valor de tipo incorrecto',
    '407': 'Valor fuera del intervalo permitido',
    '408': 'Primero otro elemento debe recibir un valor',
  },
  '2004': {
    '101': 'Error general',
    '102': 'Initialize ha fallado',
    '103': 'Ya iniciado: ya se había llamado a Initialize',
    '104': 'Sesión ya terminada: ya se había llamado a Terminate',
    '111': 'Terminate ha fallado',
    '112': 'Terminate antes de Initialize',
    '113': 'Terminate después de Terminate',
    '122': 'GetValue antes de Initialize',
    '123': 'GetValue después de Terminate',
    '132': 'SetValue antes de Initialize',
    '133': 'SetValue después de Terminate',
    '142': 'Commit antes de Initialize',
    '143': 'Commit después de Terminate',
    '201': 'Argumento no válido',
    '301': 'GetValue ha fallado',
    '351': 'SetValue ha fallado',
    '391': 'Commit ha fallado',
    '401': 'Elemento del modelo de datos desconocido',
    '402': 'El elemento existe, pero este LMS no lo admite',
    '403': 'El elemento aún no tiene valor',
    '404': 'El elemento es de solo lectura',
    '405': 'El elemento es de solo escritura',
    '406': 'El valor no corresponde al tipo del elemento',
    '407': 'Valor fuera del intervalo permitido',
    '408': 'Primero otro elemento debe recibir un valor',
  },
};

export const ERROR_WORDS: Readonly<Record<AuthorLanguage, ErrorWords>> = { en, nl, de, fr, es };
