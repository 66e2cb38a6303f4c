// Audio, video and PDF written with Markdown's image syntax: `![Uitleg](assets/uitleg.mp4)`. A
// browser shows nothing for <img src="x.mp4">, so these become players (or a link) instead. Never
// autoplay (WCAG 1.4.2, and phones on metered data): the learner starts them; preload="metadata"
// fetches only the duration and first frame, not the whole file, when the slide page loads. Part of
// the Markdown library (markdown/); which URL is which kind is media-kind.ts.

import { assertNever } from '../../shared/model.js';
import { escapeHtml, htmlAttribute } from './html-text.js';
import type { Captions, MediaKind } from './media-kind.js';

/** The player (or link) for `src` (already URL-cleaned by marked) with its alt text (HTML, as marked
 *  renders it). The alt text is the accessible name (a screen reader announces "Uitleg, video") and
 *  the text of the fallback link, which a browser without the codec's element shows instead. */
export function mediaHtml(kind: MediaKind, src: string, alt: string, captions: Captions | null): string {
  const href = escapeHtml(src);
  const label = htmlAttribute(alt.trim() || fileName(src));
  const link = `<a href="${href}" ${NEW_TAB}>${label}</a>`;
  switch (kind) {
    case 'audio':
      return `<audio controls preload="metadata" src="${href}" aria-label="${label}">${link}</audio>`;
    case 'video':
      // playsinline: iPhone Safari otherwise takes the video out of the LMS page into full screen.
      return `<video controls playsinline preload="metadata" src="${href}" aria-label="${label}">${track(captions)}${link}</video>`;
    case 'pdf':
      return link;
    default:
      return assertNever(kind);
  }
}

/** The default captions track; first inside <video>, as HTML allows <track> only before the fallback
 *  content. srclang is the lesson's language: the captions are in the lesson's language. */
function track(captions: Captions | null): string {
  if (captions === null) return '';
  return `<track kind="captions" src="${escapeHtml(captions.src)}" srclang="${escapeHtml(captions.language)}" default>`;
}

function fileName(src: string): string {
  const last =
    src
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? src;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A link opens beside the lesson, never in its frame: there it would replace the lesson and, in an
 *  LMS such as Moodle, end the learner's session (the SCO's window unloads). */
export const NEW_TAB = 'target="_blank" rel="noopener"';
