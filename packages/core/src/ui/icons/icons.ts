import { svg, type SVGTemplateResult } from 'lit';

/** Paths of the small built-in icon set (24×24 viewBox, drawn with currentColor strokes). */
const PATHS = {
  close: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  'chevron-left': svg`<path d="M15 5l-7 7 7 7"/>`,
  'chevron-right': svg`<path d="M9 5l7 7-7 7"/>`,
  'chevron-up': svg`<path d="M5 15l7-7 7 7"/>`,
  'chevron-down': svg`<path d="M5 9l7 7 7-7"/>`,
  shuffle: svg`<path d="M4 7h3c5 0 5 10 10 10h3M4 17h3c2 0 3-1.5 4-3.5M13 9.5c1-2 2-2.5 4-2.5h3M17 4l3 3-3 3M17 14l3 3-3 3"/>`,
  plus: svg`<path d="M12 5v14M5 12h14"/>`,
  trash: svg`<path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13M10 11v6M14 11v6"/>`,
  'arrow-up': svg`<path d="M12 19V5M6 11l6-6 6 6"/>`,
  'arrow-down': svg`<path d="M12 5v14M6 13l6 6 6-6"/>`,
  fullscreen: svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/>`,
  'fullscreen-exit': svg`<path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5"/>`,
  copy: svg`<path d="M9 9h10v11H9zM5 15V4h10"/>`,
  download: svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>`,
  print: svg`<path d="M7 9V4h10v5M7 17H5v-7h14v7h-2M7 14h10v6H7z"/>`,
  play: svg`<path d="M8 5l11 7-11 7z"/>`,
  pause: svg`<path d="M8 5v14M16 5v14"/>`,
  reset: svg`<path d="M5 12a7 7 0 1 0 2-5M5 4v4h4"/>`,
  check: svg`<path d="M5 12l5 5 9-10"/>`,
  edit: svg`<path d="M4 20h4L19 9l-4-4L4 16zM13 7l4 4"/>`,
  search: svg`<path d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5L20 20"/>`,
  timer: svg`<path d="M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM12 9v4l3 2M9 2h6"/>`,
  warning: svg`<path d="M12 3l10 18H2zM12 10v5M12 18v.5"/>`,
  info: svg`<path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7.5v.5"/>`,
} as const;

/** The name of a built-in icon. */
export type IconName = keyof typeof PATHS;

/** The names of every built-in icon. */
export const ICON_NAMES = Object.keys(PATHS) as IconName[];

/** An icon as inline SVG, hidden from assistive technology (the control carries the name). */
export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" width="1.25em" height="1.25em" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${PATHS[name] ?? PATHS.info}</svg>`;
}
