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

/** Average advance per character in ems, a little generous: bold labels, regular state. */
const LABEL_EM = 0.6;
const STATE_EM = 0.55;

/**
 * One box per line of a caption (label lines, then the state), relative to the node's centre:
 * as wide as the line's text plus a few units, as tall as its line box. Cut out of the lines'
 * mask, they open a gap just around the words.
 */
export function captionBoxes(side: 'above' | 'below', r: number, labelLines: readonly string[], state: string, truncated: boolean): { x: number; y: number; width: number; height: number }[] {
  const layout = captionLayout(side, r, labelLines.length, truncated);
  const box = (text: string, baseline: number, size: number, em: number) => {
    const width = text.length * em * size + 8;
    return { x: -width / 2, y: baseline - size - 1, width, height: size + 6 };
  };
  return [
    ...labelLines.map((line, index) => box(line, layout.labelY[index]!, LABEL_SIZE, LABEL_EM)),
    box(state, layout.stateY, STATE_SIZE, STATE_EM),
  ];
}
