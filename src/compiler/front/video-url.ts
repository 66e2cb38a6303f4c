// `::video URL`: the one kind of content a package may load from the internet, on purpose. Schools
// keep their videos on YouTube and Vimeo; the embed uses each site's privacy-enhanced player
// (youtube-nocookie.com sets no cookie until the learner plays; Vimeo's dnt=1 turns off tracking),
// and the watch link beside it reaches the video where the embed is blocked.

import { assertNever } from '../../shared/model.js';
import type { VideoSite, WebVideo } from '../model.js';

/** What the build accepts, for the hint of a URL it does not. */
export const VIDEO_FORMS = [
  'https://www.youtube.com/watch?v=ID',
  'https://youtu.be/ID',
  'https://www.youtube.com/shorts/ID',
  'https://www.youtube.com/embed/ID',
  'https://vimeo.com/NUMBER',
];

const YOUTUBE_ID = /^[\w-]{11}$/;
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);

/** The video a YouTube or Vimeo URL shows, or null for any other URL (or a malformed one). */
export function parseVideoUrl(text: string): WebVideo | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  const path = url.pathname.split('/').filter((p) => p !== '');
  if (host === 'youtu.be' || YOUTUBE_HOSTS.has(host))
    return youtube(host === 'youtu.be' ? path[0] : youtubeId(url, path));
  if (!VIMEO_HOSTS.has(host)) return null;
  const [id, hash] =
    host === 'player.vimeo.com' && path[0] === 'video' ? [path[1], url.searchParams.get('h') ?? undefined] : path;
  if (id === undefined || !/^\d{1,12}$/.test(id)) return null;
  if (hash !== undefined && !/^[0-9a-f]{6,20}$/i.test(hash)) return null;
  return hash === undefined ? { site: 'vimeo', id } : { site: 'vimeo', id, hash };
}

function youtubeId(url: URL, path: string[]): string | undefined {
  if (path.length === 1 && path[0] === 'watch') return url.searchParams.get('v') ?? undefined;
  return path.length === 2 && (path[0] === 'shorts' || path[0] === 'embed' || path[0] === 'live') ? path[1] : undefined;
}

function youtube(id: string | undefined): WebVideo | null {
  return id !== undefined && YOUTUBE_ID.test(id) ? { site: 'youtube', id } : null;
}

/** The privacy-enhanced player's address. */
export function embedUrl(video: WebVideo): string {
  switch (video.site) {
    case 'youtube':
      return `https://www.youtube-nocookie.com/embed/${video.id}`;
    case 'vimeo':
      return `https://player.vimeo.com/video/${video.id}?${video.hash === undefined ? '' : `h=${video.hash}&`}dnt=1`;
    default:
      return assertNever(video.site);
  }
}

/** The video's own page, for the link beside the embed. */
export function watchUrl(video: WebVideo): string {
  switch (video.site) {
    case 'youtube':
      return `https://www.youtube.com/watch?v=${video.id}`;
    case 'vimeo':
      return `https://vimeo.com/${video.id}${video.hash === undefined ? '' : `/${video.hash}`}`;
    default:
      return assertNever(video.site);
  }
}

export function siteName(site: VideoSite): string {
  switch (site) {
    case 'youtube':
      return 'YouTube';
    case 'vimeo':
      return 'Vimeo';
    default:
      return assertNever(site);
  }
}
