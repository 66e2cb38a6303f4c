// `theme:` in the front matter (or course.yaml): the school's colour, logo and font. The colour marks
// buttons, the progress bar, links and the focus ring, on white and with white text on it, so it must
// reach WCAG's 4.5:1 against white; a shade that does is suggested when it does not. In dark mode
// (prefers-color-scheme) the player uses a lighter shade of it worked out here, 4.5:1 against the dark
// page. Fonts are system stacks only: nothing is loaded from outside the package.

import type { Theme, ThemeFont } from '../model.js';

export type { Theme, ThemeFont };

export const THEME_FONTS: Record<ThemeFont, string> = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  serif: "Georgia, Cambria, 'Times New Roman', serif",
  rounded: "ui-rounded, 'SF Pro Rounded', 'Nunito', 'Arial Rounded MT Bold', system-ui, sans-serif",
  mono: "ui-monospace, 'Cascadia Mono', 'Segoe UI Mono', Menlo, Consolas, monospace",
};

/** The dark page the player uses in dark mode (styles.css). */
export const DARK_PAPER = '#15181c';

/** `#abc` or `#aabbcc` as `#aabbcc`; null when it is no such colour. */
export function hexColor(text: string): string | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (m === null) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return `#${hex.toLowerCase()}`;
}

const channels = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** The colour mixed toward `target` (black or white) in steps until it reaches 4.5:1 against `against`. */
function shadeFor(color: string, against: string, target: number): string {
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const mixed = `#${channels(color)
      .map((c) =>
        Math.round(c + (target - c) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (contrast(mixed, against) >= 4.5) return mixed;
  }
  return target === 0 ? '#000000' : '#ffffff';
}

/** A darker shade of `color` with 4.5:1 against white (the colour itself when it has). */
export const passingShade = (color: string): string => shadeFor(color, '#ffffff', 0);

/** The colour for dark mode: lighter until it has 4.5:1 against the dark page. */
export const darkShade = (color: string): string => shadeFor(color, DARK_PAPER, 255);

/** The theme as CSS custom properties for the page (styles.css reads them); '' for no theme. */
export function themeStyle(theme: Theme): string {
  // The page's own <style> comes after player.css, so it wins over the player's dark block too: the
  // dark shade goes in a dark block of its own.
  const props = [
    ...(theme.color ? [`--accent:${theme.color}`, `--focus:${theme.color}`] : []),
    ...(theme.font ? [`--font:${THEME_FONTS[theme.font]}`] : []),
  ];
  const dark = theme.color
    ? `@media (prefers-color-scheme:dark){:root{--accent:${darkShade(theme.color)};--focus:${darkShade(theme.color)}}}`
    : '';
  return props.length === 0 ? '' : `:root{${props.join(';')}}${dark}`;
}
