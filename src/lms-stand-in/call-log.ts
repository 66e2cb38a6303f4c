// Every SCORM call the course makes, as the preview's panel lists it: the call, its value, and its
// error code with the code's words in the author's language (error-words.ts). Red only for real
// faults: an answer that a working course gets from a working LMS is shown as such, not as an error.

import type { AuthorLanguage } from '../shared/author-language.js';
import type { ScormVersion } from '../shared/model.js';
import { PREVIEW_WORDS } from '../shared/preview-words.js';
import { SCORM } from '../shared/scorm.js';
import { ERROR_WORDS } from './error-words.js';
import { apiFunction, type ApiFunction, type ScormAgainApi } from './stand-in.js';

export interface CallRecord {
  /** The call as the course made it: `GetValue("cmi.location")`. */
  call: string;
  result: string;
  /** '0' when the call succeeded. */
  code: string;
  /** The code in words, with why it is normal where it is. '' for no error. */
  words: string;
  /** A real fault: shown in red and among the LMS warnings. */
  fault: boolean;
}

/** Answers that are not faults, per version and call: 2004 RTE 3.1.7.6, a GetValue of an element
 *  the LMS holds no value for yet answers "" with 403 ("Data Model Element Value Not Initialized").
 *  A course reads cmi.location or cmi.score.raw on every new attempt to learn there is none. */
const NORMAL: Record<ScormVersion, Record<string, Record<string, 'notStoredYet'>>> = {
  '1.2': {},
  '2004': { GetValue: { '403': 'notStoredYet' } },
};

const quoted = (s: string): string => JSON.stringify(s);

/** The version's SCORM calls on `api`, each recorded in `log` (oldest first) before it returns, its
 *  error said in `lang`. GetLastError, GetErrorString and GetDiagnostic pass through unrecorded: each
 *  call's line already says its error in words. */
export function recordedCalls(
  api: ScormAgainApi,
  version: ScormVersion,
  record: (call: CallRecord) => void,
  lang: AuthorLanguage,
): Record<string, ApiFunction> {
  const { calls } = SCORM[version];
  const prefix = version === '1.2' ? 'LMS' : '';
  const lastError = apiFunction(api, calls.getLastError);
  const codes: Readonly<Record<string, string>> = ERROR_WORDS[lang][version];
  const errorString = apiFunction(api, `${prefix}GetErrorString`);
  const diagnostic = apiFunction(api, `${prefix}GetDiagnostic`);
  const facade: Record<string, ApiFunction> = {
    [calls.getLastError]: lastError,
    [`${prefix}GetErrorString`]: errorString,
    [`${prefix}GetDiagnostic`]: diagnostic,
  };
  for (const [key, name] of Object.entries(calls)) {
    if (key === 'getLastError') continue;
    const call = apiFunction(api, name);
    // The vocabulary's base name (GetValue for LMSGetValue), for NORMAL.
    const base = name.replace(/^LMS/, '').replace(/^Finish$/, 'Terminate');
    facade[name] = (...args) => {
      const result = String(call(...args));
      const code = String(lastError());
      const why = NORMAL[version][base]?.[code];
      const normal = why === undefined ? undefined : PREVIEW_WORDS[lang][why];
      let words = '';
      if (code !== '0') {
        // A code the table lacks (a later scorm-again's own) keeps the LMS's words for it.
        const name = Object.prototype.hasOwnProperty.call(codes, code) ? codes[code] : String(errorString(code));
        words = `${code} ${name}${normal ? `, ${normal}` : ''}`;
      }
      record({ call: `${name}(${args.map(quoted).join(', ')})`, result, code, words, fault: code !== '0' && !normal });
      return result;
    };
  }
  return facade;
}
