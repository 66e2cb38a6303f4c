// Decoders of suspend_data formats older than s2, which only data saved by packages built before
// needs: each is a package file of its own (player-s1.js), loaded when the saved data is in its format.

import { loadPart } from '../load-part.js';
import type { OlderDecoder } from './suspend-codec.js';

/** The s1 decoder's package file, set by the compiler (esbuild `define` in bundle-runtime.ts). */
declare const SCORMDOWN_S1_FILE: string;

/** The decoder `text` needs besides s2's, loaded now; undefined when it needs none. Rejects when the
 *  file cannot be loaded: saved data that could not be read must not pass for "nothing saved". */
export async function olderDecoderFor(text: string, win: Window): Promise<OlderDecoder | undefined> {
  return text.startsWith('s1|') ? loadPart<OlderDecoder>(win, SCORMDOWN_S1_FILE, 's1') : undefined;
}
