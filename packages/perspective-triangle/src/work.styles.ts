import { css } from 'lit';

// The work view's styles (adopted when its module arrives, work-part.ts). Reads only core's
// tokens. The triangle sits beside the panel when the widget is wide and above it when narrow (a
// container query, so it follows the widget's box, not the window).
export const workStyles = css`
  /* Sizes follow the role in the widget, not the level a host chose with heading-level. */
  #steps-heading,
  .summary section > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
  }
  dd {
    overflow-wrap: anywhere;
  }
  .diagram__keys {
    color: var(--s-color-text-muted);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--s-space-2) var(--s-space-3);
    margin-block: var(--s-space-3);
  }
  .bar__progress {
    font-weight: 600;
  }
  .read-only {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--s-space-2) var(--s-space-3);
    padding: var(--s-space-3);
    border: 2px solid var(--s-color-primary);
    border-radius: var(--s-radius);
    background: var(--s-color-primary-surface);
  }
  .read-only p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .field {
    display: grid;
    gap: var(--s-space-1);
  }
  .field > span {
    font-weight: 600;
  }
  .situation {
    display: grid;
    gap: var(--s-space-3);
    margin-block-end: var(--s-space-4);
  }
  .situation__text {
    margin: 0;
    white-space: pre-wrap;
    max-inline-size: 70ch;
  }
  .privacy:empty {
    display: none;
  }
  .privacy p {
    display: flex;
    gap: var(--s-space-2);
    align-items: start;
    margin: 0;
    padding: var(--s-space-2) var(--s-space-3);
    border: 2px solid var(--s-color-warning);
    border-inline-start-width: 6px;
    border-radius: var(--s-radius);
    background: var(--s-color-warning-surface);
  }

  /* The triangle and its panel */
  .workspace {
    display: grid;
    gap: var(--s-space-4);
  }
  @container triangle (min-width: 44rem) {
    .workspace {
      grid-template-columns: minmax(14rem, 1fr) minmax(0, 1.5fr);
      align-items: start;
    }
    .diagram {
      position: sticky;
      inset-block-start: var(--s-space-3);
    }
  }
  .triangle {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--sammen-triangle-max-width, 26rem);
    block-size: auto;
    margin-inline: auto;
    overflow: visible;
  }
  .triangle__face {
    fill: var(--s-color-surface);
  }
  .triangle__edge {
    fill: none;
    stroke: var(--s-color-outline);
    stroke-width: 2;
  }
  .triangle__spoke {
    stroke: var(--s-color-outline);
    stroke-width: 1.5;
    stroke-dasharray: 4 4;
  }
  .node {
    cursor: pointer;
  }
  .node[role='img'],
  .node[role='img'] + .node__caption {
    cursor: default;
  }
  .node__caption {
    cursor: pointer;
  }
  .node__ring {
    fill: var(--s-color-surface-raised);
    stroke: var(--s-color-primary);
    stroke-width: 3;
  }
  .node__fill {
    fill: var(--s-color-primary);
  }
  .node__check {
    fill: none;
    stroke: var(--s-color-on-primary);
    stroke-width: 4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .node__selected {
    fill: var(--s-color-primary-surface);
    stroke: var(--s-color-text);
    stroke-width: 2;
  }
  /* Sizes in user units, as in caption-layout.ts (≥ 12 px on screen at a 320 px wide page). */
  .node__label {
    fill: var(--s-color-text);
    font-size: 15px;
    font-weight: 700;
    text-anchor: middle;
  }
  .node__more {
    fill: var(--s-color-text);
  }
  .node__state {
    fill: var(--s-color-text-muted);
    font-size: 14px;
    text-anchor: middle;
  }
  .panel {
    display: grid;
    gap: var(--s-space-3);
    min-inline-size: 0;
    padding: var(--s-space-4);
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
    background: var(--s-color-surface-raised);
  }
  .panel__head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--s-space-2);
  }
  .panel--intro p {
    margin: 0;
    max-inline-size: 60ch;
  }
  .prompts {
    display: grid;
    gap: var(--s-space-3);
  }
  .guide {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--s-space-2);
  }
  .guide__progress {
    display: grid;
    gap: var(--s-space-1);
    margin: 0;
    font-weight: 600;
  }
  progress {
    inline-size: 10rem;
    max-inline-size: 100%;
    accent-color: var(--s-color-primary);
  }
  .steps {
    display: grid;
    gap: var(--s-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: grid;
    gap: var(--s-space-2);
    padding: var(--s-space-3);
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
  }
  .step__row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--s-space-2);
  }
  .step__done {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-2);
    font-weight: 600;
  }
  .step__tools {
    display: flex;
  }
  .step__meta {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: var(--s-space-2);
  }

  /* The one-page summary */
  .summary {
    display: grid;
    gap: var(--s-space-3);
  }
  .summary__perspectives {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--s-space-3);
  }
  .summary__perspective,
  .summary__centre {
    padding: var(--s-space-3);
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
  }
  .summary dt {
    font-weight: 600;
    margin-block-start: var(--s-space-2);
  }
  .summary dd {
    margin: 0;
    white-space: pre-wrap;
  }

  @media (forced-colors: active) {
    .node__ring,
    .node__selected,
    .triangle__edge,
    .triangle__spoke {
      stroke: CanvasText;
    }
    .node__fill {
      fill: CanvasText;
    }
    .node__check {
      stroke: Canvas;
    }
    .node__label,
    .node__state {
      fill: CanvasText;
    }
    .panel,
    .step,
    .privacy p,
    .read-only {
      border-color: CanvasText;
    }
  }

  /* Nothing in the triangle moves; a transition a host adds through ::part() stops too. */
  @media (prefers-reduced-motion: reduce) {
    .node,
    .panel {
      transition: none;
    }
  }

  /* Print: the summary alone, on one A4 page. */
  @media print {
    .bar,
    .read-only,
    .sammen-save-problem {
      display: none;
    }
    .summary {
      font-size: 9.5pt;
      gap: 3mm;
    }
    .summary__perspectives {
      grid-template-columns: repeat(3, 1fr);
      gap: 3mm;
    }
    .summary__perspective,
    .summary__centre {
      padding: 2mm 3mm;
      border-color: #000;
      break-inside: avoid;
    }
  }
`;
