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

export const ERROR_WORDS: Readonly<Record<AuthorLanguage, ErrorWords>> = { en, nl };
