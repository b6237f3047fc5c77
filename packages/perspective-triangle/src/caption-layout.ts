// Where a part's caption (label lines, "…" dots, state) sits relative to its node, in SVG user
// units. Pure. The sizes are chosen so that at a 320 px wide screen (the triangle ~290 px wide,
// a scale of ~0.9) the state text still renders at least 12 px (see the 320 px story test).

/** Font sizes in user units (the styles use the same numbers). */
export const LABEL_SIZE = 15;
export const STATE_SIZE = 14;
const LINE_STEP = LABEL_SIZE + 2;
const STATE_STEP = STATE_SIZE + 3;
const MORE_STEP = 8;
const GAP = 12;

/** Room above the triangle's top for the child's caption (two label lines, dots and state). */
export const CAPTION_SPACE_ABOVE = 2 * LINE_STEP + MORE_STEP + STATE_STEP + 4;

export interface CaptionLayout {
  /** Baseline of each label line. */
  labelY: number[];
  /** Centre of the "…" dots shown under a cut label. */
  moreY: number;
  /** Baseline of the state text. */
  stateY: number;
}

/**
 * The caption of a node of radius `r` with `lines` label lines: `below` the node (label, then
 * state) or `above` it (the same order, ending just above the node).
 */
export function captionLayout(side: 'above' | 'below', r: number, lines: number, truncated: boolean): CaptionLayout {
  const more = truncated ? MORE_STEP : 0;
  const height = LABEL_SIZE + (lines - 1) * LINE_STEP + more + STATE_STEP;
  // Top of the caption's first line box, relative to the node's centre.
  const top = side === 'below' ? r + GAP - 4 : -r - GAP - height;
  const labelY = Array.from({ length: lines }, (_, index) => top + LABEL_SIZE + index * LINE_STEP);
  const lastLabel = labelY[lines - 1] ?? top;
  return { labelY, moreY: lastLabel + MORE_STEP - 2, stateY: lastLabel + more + STATE_STEP };
}

/** A generous width per character of bold text, in ems (wide letters like "m" and "w" fit). */
const EM_PER_CHARACTER = 0.62;

/**
 * The box around a caption whose lines are `texts` (label lines, then the state), relative to the
 * node's centre: wide enough for the longest line, with a few units to spare on every side.
 */
export function captionBox(side: 'above' | 'below', r: number, texts: readonly string[], truncated: boolean): { x: number; y: number; width: number; height: number } {
  const layout = captionLayout(side, r, texts.length - 1, truncated);
  const width = Math.max(...texts.map((text) => text.length)) * EM_PER_CHARACTER * LABEL_SIZE + 8;
  const top = (layout.labelY[0] ?? layout.stateY) - LABEL_SIZE - 2;
  const bottom = layout.stateY + 5;
  return { x: -width / 2, y: top, width, height: bottom - top };
}
