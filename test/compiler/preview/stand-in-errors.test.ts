// The call log's words for SCORM error codes (src/lms-stand-in/error-words.ts): a code scorm-again
// can answer with and the table lacks would be said in the LMS's English on a Dutch page.

import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { AUTHOR_LANGUAGES } from '../../../src/shared/author-language.js';
import { ERROR_WORDS } from '../../../src/lms-stand-in/error-words.js';

/** The codes scorm-again has words for: 1.2 says "No Error" for a code it does not know, 2004 "". */
function codesOf(errorString: (code: string) => string): string[] {
  const codes = Array.from({ length: 999 }, (_, i) => String(i + 1));
  return codes.filter((code) => !['', 'No Error', 'Unknown error'].includes(errorString(code)));
}

describe('the call log says every error code of scorm-again in the author language', () => {
  const scorm12 = new Scorm12API({ logLevel: 5 });
  const scorm2004 = new Scorm2004API({ logLevel: 5 });
  const known = {
    '1.2': codesOf((code) => scorm12.lmsGetErrorString(code)),
    '2004': codesOf((code) => scorm2004.lmsGetErrorString(code)),
  };

  it.each(AUTHOR_LANGUAGES)('%s', (language) => {
    const words = ERROR_WORDS[language];
    expect(Object.keys(words['1.2']).sort()).toEqual(known['1.2']);
    expect(Object.keys(words['2004']).sort()).toEqual(known['2004']);
    expect(known['2004']).toContain('403');
  });

  it('English keeps the names scorm-again gives, as the specifications do', () => {
    for (const code of known['1.2'])
      expect([code, ERROR_WORDS.en['1.2'][code as '101']]).toEqual([code, scorm12.lmsGetErrorString(code)]);
    for (const code of known['2004'])
      expect([code, ERROR_WORDS.en['2004'][code as '101']]).toEqual([code, scorm2004.lmsGetErrorString(code)]);
  });
});
