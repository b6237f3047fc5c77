import { css } from 'lit';

// The drawing's styles (drawing-view.ts, the ties list, the drag layer), adopted into the shadow
// root with the drawing part (parts/drawing-part.ts), so a page with an empty map never downloads
// them. Ties and focus rings at ≥ 3:1 (text colour and the focus token); the proxy buttons are
// the targets (≥ 24 px, --s-target-size); in forced colours the ties and circles use system colours.
export const drawingStyles = css`
  .drawing {
    --_tie: var(--sammen-map-tie-colour, var(--s-color-text));
    /* The zoom and pan (set inline by the template and the zoom controller): scale and offset in px. */
    --k: 1;
    --tx: 0px;
    --ty: 0px;
    position: relative;
    block-size: var(--sammen-map-height, min(70vh, 34rem));
    min-block-size: 16rem;
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
    overflow: hidden;
    touch-action: none;
    background: var(--s-color-surface);
    user-select: none;
  }
  .drawing__svg,
  .drag-layer {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    /* What happens inside the drawing never changes the page's layout or paint outside it. */
    contain: strict;
  }
  /* The copies of a dragged person and their lines (drag-controller.ts): a compositor layer of
     their own, so moving them never repaints or re-rasters the big drawing under them. */
  .drag-layer {
    pointer-events: none;
    will-change: transform;
  }
  /* A rule for every class tieClasses() gives a line (drawing-view.ts; the test reads both). Strength
     is the width; quality is the line's pattern, not colour alone: solid for a good tie, long dashes
     for a mixed one, short dashes for a strained one. Dashes keep their length on screen when the
     drawing is zoomed out (at 320 px it is about a third of its size: a mixed tie's dashes were under
     3 px), and grow with it when zoomed in. */
  .tie {
    --_dash: max(1px, 1px / var(--k, 1));
    stroke: var(--_tie);
    fill: none;
  }
  .tie--s1 {
    stroke-width: 1.5;
  }
  .tie--s2 {
    stroke-width: 2.5;
  }
  .tie--s3 {
    stroke-width: 4;
  }
  .tie--positive {
    stroke-dasharray: none;
  }
  .tie--mixed {
    stroke-dasharray: calc(8 * var(--_dash)) calc(4 * var(--_dash));
  }
  .tie--strained {
    stroke-dasharray: calc(3 * var(--_dash)) calc(4 * var(--_dash));
    stroke: var(--s-color-danger);
  }
  .tie--highlighted {
    stroke: var(--s-color-focus);
    stroke-width: 5;
  }
  .arrow-head {
    fill: var(--_tie);
  }
  .draft-tie {
    stroke: var(--s-color-focus);
    stroke-width: 3;
    stroke-dasharray: 6 4;
  }
  .ring,
  .sector-line {
    fill: none;
    stroke: var(--s-color-outline);
    stroke-width: 1;
  }
  .sector-label {
    fill: var(--s-color-text);
    font-size: max(14px, calc(14px / var(--k, 1)));
    font-weight: 600;
  }
  /* A halo (a stroke) is painted under the letters, never over them: the forced-colours Canvas
     stroke once hollowed out the initials and the sector names (issue 16). */
  .node__symbol,
  .node__label,
  .sector-label {
    paint-order: stroke;
  }
  .sector-label--south {
    dominant-baseline: hanging;
  }
  /* Zoomed out, a person keeps their size on screen (text ≥ 12 px, circles findable); zoomed in, they grow. */
  .node__body {
    transform: scale(max(1, calc(1 / var(--k, 1))));
  }
  .node__circle {
    fill: var(--s-color-surface-raised, #fff);
    stroke: var(--s-color-primary);
    stroke-width: 2.5;
  }
  .node--staff .node__circle,
  .node--parent .node__circle,
  .node--family .node__circle {
    stroke: var(--s-color-text);
  }
  .node--service .node__circle {
    stroke-dasharray: 4 3;
  }
  .node--active .node__circle {
    stroke-width: 3.5;
  }
  .flag {
    fill: none;
    stroke: var(--s-color-warning);
    stroke-width: 3;
    stroke-dasharray: 4 3;
  }
  /* A child no one chose this round: a second ring round their circle (solid, unlike the dashed
     few-close-adults flag), explained in the key under the drawing and in the person's name. */
  .invite {
    fill: none;
    stroke: var(--s-color-primary);
    stroke-width: 2.5;
  }
  /* The key under the drawing (drawing-key.ts): each item a small sample and its words, as many
     to a row as fit (one a row on a phone). Outside .drawing, so its lines get the tie colour here. */
  .key {
    --_tie: var(--sammen-map-tie-colour, var(--s-color-text));
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-1) var(--s-space-4);
    margin: var(--s-space-2) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .key li {
    display: flex;
    align-items: center;
    gap: var(--s-space-2);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .key__sample {
    flex: none;
    inline-size: 2.5em;
    block-size: 1.25em;
    overflow: visible;
  }
  /* Zero specificity: the strength and quality classes (a strained tie's colour) win over it. */
  :where(.key__line) {
    --_dash: 1px;
    stroke: var(--_tie);
    fill: none;
  }
  .key__circle {
    fill: var(--s-color-surface-raised, #fff);
    stroke: var(--s-color-primary);
    stroke-width: 2;
  }
  .key__circle--service {
    stroke: var(--s-color-text);
    stroke-dasharray: 4 3;
  }
  .node__symbol {
    fill: var(--s-color-text);
    font-size: 12.5px;
    font-weight: 700;
  }
  /* A phone held upright: the fitted network is about a third of its size, and people's circles at
     their full 16 px overlapped by ~19 px in the example. Smaller circles there (the symbol and name keep
     their size; the proxy button over each person stays the ≥ 24 px target). */
  @container sammen-map (max-width: 26rem) {
    /* The ring round a child no one chose shrinks with what it surrounds (the circle, or the flag's
       ring outside it): left at full size it overlapped the neighbours (issue 16). People in the
       drawing only: the key under it keeps its size. */
    .node .node__circle,
    .node .invite {
      transform: scale(0.7);
    }
    .node .flag,
    .node--flagged .invite {
      transform: scale(0.8);
    }
    /* The two sector names level with the centre run inward from their point, so they end inside the
       drawing (they were cut off at its edge), and sit above the person who stands on their line. */
    .sector-label--east {
      text-anchor: end;
    }
    .sector-label--west {
      text-anchor: start;
    }
    .sector-label--east,
    .sector-label--west {
      transform: translateY(-1.3em);
    }
  }
  .node__label {
    fill: var(--s-color-text);
    font-size: 12.5px;
    stroke: var(--s-color-surface);
    stroke-width: 3px;
  }
  .proxies {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .proxy {
    /* A person's place in drawing units (set inline; the drag controller changes it per frame). */
    --x: 0;
    --y: 0;
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    inline-size: calc(max(1, var(--k)) * 36px);
    block-size: calc(max(1, var(--k)) * 36px);
    transform: translate(calc(var(--tx) + var(--x) * var(--k) * 1px - 50%), calc(var(--ty) + var(--y) * var(--k) * 1px - 50%));
    border-radius: 50%;
    border: none;
    background: transparent;
    padding: 0;
    cursor: grab;
    pointer-events: auto;
    touch-action: none;
  }
  .drawing--connect .proxy {
    cursor: crosshair;
  }
  .proxy:focus-visible {
    outline: var(--s-focus-ring-width) solid var(--s-color-focus);
    outline-offset: 2px;
  }
  .proxy[aria-expanded='true'] {
    box-shadow: 0 0 0 4px var(--s-color-primary);
  }
  .hint {
    color: var(--s-color-text-muted);
    font-size: 0.9em;
  }
  .ties-list__items {
    list-style: none;
    padding: 0;
  }
  .ties-list__item {
    display: flex;
    align-items: center;
    gap: var(--s-space-2);
  }
  @media (forced-colors: active) {
    .key__line,
    .tie,
    .ring,
    .sector-line,
    .draft-tie {
      stroke: CanvasText;
    }
    .tie--highlighted {
      stroke: Highlight;
    }
    .arrow-head {
      fill: CanvasText;
    }
    .node__circle,
    .key__circle {
      fill: Canvas;
      stroke: CanvasText;
    }
    .node__label,
    .node__symbol,
    .sector-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .sector-label {
      stroke-width: max(3px, 3px / var(--k, 1));
    }
    .flag {
      stroke: Highlight;
    }
    .invite {
      stroke: CanvasText;
    }
    .proxy:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .proxy,
    .drag-layer {
      transition: none;
    }
  }
`;
