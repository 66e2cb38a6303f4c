// What a URL written with Markdown's image syntax points at: a picture, or audio, video or a PDF,
// by its extension; and the captions file a video gets beside it. Part of the Markdown library
// (markdown/): the refs, the asset check and the media players (media-html.ts) all read it here.

export type MediaKind = 'audio' | 'video' | 'pdf';

const KINDS: Record<string, MediaKind> = {
  mp3: 'audio',
  m4a: 'audio',
  ogg: 'audio',
  oga: 'audio',
  wav: 'audio',
  mp4: 'video',
  m4v: 'video',
  webm: 'video',
  ogv: 'video',
  mov: 'video',
  pdf: 'pdf',
};

/** What an image-syntax URL really points at, by its extension (any case); null for a picture. */
export function mediaKind(url: string): MediaKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(url.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return ext === undefined ? null : (KINDS[ext] ?? null);
}

/** The captions file a video gets when one sits beside it: assets/uitleg.mp4 -> assets/uitleg.vtt
 *  (query and fragment dropped). Works on package paths and on URLs alike. */
export function captionsPath(video: string): string {
  return video.replace(/[?#].*$/, '').replace(/\.[^./]*$/, '') + '.vtt';
}

/** Captions for a video: the URL of its .vtt file and the lesson's language, which they are in. */
export interface Captions {
  src: string;
  language: string;
}
