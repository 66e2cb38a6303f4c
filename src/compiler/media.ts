// Audio, video and PDF written with Markdown's image syntax: `![Uitleg](assets/uitleg.mp4)`. A
// browser shows nothing for <img src="x.mp4">, so these become players (or a link) instead. Never
// autoplay (WCAG 1.4.2, and phones on metered data): the learner starts them; preload="metadata"
// fetches only the duration and first frame, not the whole file, when the slide page loads.

import { assertNever } from '../shared/model.js';

export type MediaKind = 'audio' | 'video' | 'pdf';

const KINDS: Record<string, MediaKind> = {
  mp3: 'audio', m4a: 'audio', ogg: 'audio', oga: 'audio', wav: 'audio',
  mp4: 'video', m4v: 'video', webm: 'video', ogv: 'video', mov: 'video',
  pdf: 'pdf',
};

/** What an image-syntax URL really points at, by its extension (any case); null for a picture. */
export function mediaKind(url: string): MediaKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(url.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return ext === undefined ? null : KINDS[ext] ?? null;
}

/** The captions file a video gets when one sits beside it: assets/uitleg.mp4 -> assets/uitleg.vtt
 *  (query and fragment dropped). Works on package paths and on URLs alike. */
export function captionsPath(video: string): string {
  return video.replace(/[?#].*$/, '').replace(/\.[^./]*$/, '') + '.vtt';
}

/** The player (or link) for `src` (already URL-cleaned by marked) with its alt text. The alt text
 *  is the accessible name (a screen reader announces "Uitleg, video") and the text of the fallback
 *  link, which a browser without the codec's element shows instead. */
export function mediaHtml(kind: MediaKind, src: string, alt: string): string {
  const href = escapeHtml(src);
  const label = escapeHtml(alt.trim() || fileName(src));
  const link = `<a href="${href}" ${NEW_TAB}>${label}</a>`;
  switch (kind) {
    case 'audio':
      return `<audio controls preload="metadata" src="${href}" aria-label="${label}">${link}</audio>`;
    case 'video':
      // playsinline: iPhone Safari otherwise takes the video out of the LMS page into full screen.
      return `${VIDEO_OPEN}${href}" aria-label="${label}">${link}</video>`;
    case 'pdf':
      return link;
    default:
      return assertNever(kind);
  }
}

/** How every video mediaHtml renders starts; withCaptions finds them (and only them) by it. */
const VIDEO_OPEN = '<video controls playsinline preload="metadata" src="';
const RENDERED_VIDEO = /<video controls playsinline preload="metadata" src="([^"]*)"[^>]*>/g;

/** Adds a default captions <track> to each rendered video for which `captionsFor` names a packaged
 *  .vtt file (its URL). The track comes first inside <video>: HTML allows <track> only before the
 *  fallback content. srclang is the lesson's language: the captions are in the lesson's language. */
export function withCaptions(html: string, language: string, captionsFor: (videoSrc: string) => string | null): string {
  return html.replace(RENDERED_VIDEO, (open, src: string) => {
    const vtt = captionsFor(unescapeHtml(src));
    if (vtt === null) return open;
    return `${open}<track kind="captions" src="${escapeHtml(vtt)}" srclang="${escapeHtml(language)}" default>`;
  });
}

function fileName(src: string): string {
  const last = src.replace(/[?#].*$/, '').split('/').pop() ?? src;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A link opens beside the lesson, never in its frame: there it would replace the lesson and, in an
 *  LMS such as Moodle, end the learner's session (the SCO's window unloads). */
export const NEW_TAB = 'target="_blank" rel="noopener"';

/** Escapes for text and attribute values; entities already in the text stay as they are, as
 *  marked does for alt text (`&amp;` from an escaped `\&` is not doubled). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
