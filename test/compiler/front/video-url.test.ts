// `::video URL`: which YouTube and Vimeo addresses a teacher copies from the browser become which
// privacy-enhanced embed and watch link, and which are refused.

import { describe, expect, it } from 'vitest';
import { embedUrl, parseVideoUrl, watchUrl } from '../../../src/compiler/front/video-url.js';

const links = (url: string) => {
  const video = parseVideoUrl(url);
  return video === null ? null : { embed: embedUrl(video), watch: watchUrl(video) };
};

const YT = {
  embed: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
  watch: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
};

describe('parseVideoUrl', () => {
  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    'https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ',
    'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?si=abc',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
  ])('YouTube %s embeds from youtube-nocookie.com', (url) => {
    expect(links(url)).toEqual(YT);
  });

  it('Vimeo gets its player with do-not-track, an unlisted video keeps its hash', () => {
    expect(links('https://vimeo.com/76979871')).toEqual({
      embed: 'https://player.vimeo.com/video/76979871?dnt=1',
      watch: 'https://vimeo.com/76979871',
    });
    expect(links('https://vimeo.com/76979871/8272103f6e')).toEqual({
      embed: 'https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1',
      watch: 'https://vimeo.com/76979871/8272103f6e',
    });
    expect(links('https://player.vimeo.com/video/76979871')).toEqual({
      embed: 'https://player.vimeo.com/video/76979871?dnt=1',
      watch: 'https://vimeo.com/76979871',
    });
  });

  it.each([
    'youtu.be/dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"onload="x',
    'https://www.youtube.com/playlist?list=PL123',
    'https://www.youtube.com/',
    'https://youtu.be/',
    'https://vimeo.com/channels/staffpicks',
    'https://example.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.example.com/watch?v=dQw4w9WgXcQ',
    'ftp://youtu.be/dQw4w9WgXcQ',
    'javascript:alert(1)',
  ])('%s is not a video the build embeds', (url) => {
    expect(parseVideoUrl(url)).toBeNull();
  });
});
