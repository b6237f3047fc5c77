// The board: columns side by side with cards and the connectors drawn behind them; the columns
// stack and the "leads to" lists replace the connectors below 40rem (container query).
import { css } from 'lit';

export const boardStyles = css`
  :host {
    --_connector: var(--sammen-change-model-connector, var(--s-color-outline));
    --_highlight: var(--sammen-change-model-highlight, var(--s-color-primary));
    --_column-width: var(--sammen-change-model-column-width, 11rem);
  }
  .workspace {
    display: grid;
    gap: var(--s-space-4);
  }
  @container (min-width: 60rem) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(15rem, 20rem);
      align-items: start;
    }
  }
  .board {
    --_gap: 2.5rem;
    position: relative;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(var(--_column-width), 1fr);
    gap: var(--_gap);
    /* Headings in one row, cards in the next (each column a subgrid): the cards of every column
       start level, so a feedback loop's lane above them never runs through a heading that wrapped
       onto two lines in one column and not in another. */
    grid-template-rows: auto auto;
    overflow-x: auto;
    padding: var(--s-space-1);
  }
  /* At the board's physical top left, as the measured boxes are: never mirrored. */
  .connectors {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 0;
    overflow: visible;
    pointer-events: none;
  }
  .connector {
    fill: none;
    stroke: var(--_connector);
    stroke-width: 1.5;
  }
  .connector__head {
    fill: var(--_connector);
  }
  .connector__hit {
    fill: none;
    stroke: transparent;
    stroke-width: 14;
    pointer-events: stroke;
    cursor: pointer;
  }
  .connector-group--in-sight .connector {
    stroke: var(--_highlight);
    stroke-width: 2.5;
  }
  .connector-group--selected .connector {
    stroke: var(--_highlight);
    stroke-width: 4;
  }
  .connector-group--dimmed {
    opacity: 0.2;
  }
  .column {
    position: relative;
    z-index: 1;
    display: grid;
    grid-row: span 2;
    grid-template-rows: subgrid;
    row-gap: 0;
    align-content: start;
    min-inline-size: 0;
  }
  /* 14 px above the cards and 6 px a lane, for one to four lanes (board-view.ts' loopRoom). */
  .board--loops-1 {
    --_loop-room: 20px;
  }
  .board--loops-2 {
    --_loop-room: 26px;
  }
  .board--loops-3 {
    --_loop-room: 32px;
  }
  .board--loops-4 {
    --_loop-room: 38px;
  }
  .column__title {
    /* Room for the feedback loops' lanes between the headings and the cards (set on the board). */
    margin-block: 0 calc(var(--s-space-3) + var(--_loop-room, 0px));
    font-size: 1.05em;
  }
  .column__items {
    /* Its own height, not the tallest column's (the subgrid's row): cards keep their height. */
    align-self: start;
    display: grid;
    /* minmax(0, …): a long unbreakable word wraps inside its card instead of widening the column. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--s-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .column__empty {
    color: var(--s-color-text-muted);
  }
  .card {
    position: relative;
    padding: var(--s-space-3);
    border: 1px solid var(--s-color-outline);
    border-radius: var(--s-radius);
    background: var(--s-color-surface-raised);
    color: var(--s-color-text);
    /* Long Danish compounds break between syllables where the browser can, and mid-word only when they must. */
    overflow-wrap: break-word;
    hyphens: auto;
    transition: opacity var(--s-motion-duration);
    /* A card's inside never moves anything outside it: style and layout of 100 cards stay local. */
    contain: layout style;
  }
  .card:focus-within {
    box-shadow: var(--s-shadow);
  }
  .card__title {
    margin: 0;
    font-size: 1em;
  }
  .card__button {
    display: block;
    inline-size: 100%;
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .card--selected {
    border: 3px solid var(--_highlight);
  }
  .card--in-sight {
    border-color: var(--_highlight);
    border-width: 2px;
  }
  /* Out of sight: quieter, never fainter than readable text (WCAG 1.4.3 holds for dimmed cards too). */
  .card--dimmed {
    border-style: dashed;
    border-color: var(--s-color-border);
    background: var(--s-color-surface);
    color: var(--s-color-text-muted);
  }
  .card--at-risk {
    border-inline-start: 6px solid var(--s-status-at-risk);
  }
  .card p,
  .card ul,
  .card dl {
    margin-block: var(--s-space-1);
  }
  .card ul {
    padding-inline-start: var(--s-space-5);
  }
  .card__label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .indicators__list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--s-space-2);
    padding: 0 !important;
    list-style: none;
  }
  .indicator {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--s-space-1);
    padding-block-start: var(--s-space-1);
    border-block-start: 1px dashed var(--s-color-border);
  }
  .indicator__facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--s-space-2);
  }
  .indicator__facts dt {
    font-weight: 600;
  }
  .indicator__facts dd {
    min-inline-size: 0;
    margin: 0;
  }
  .board--overview {
    font-size: 1.25em;
  }
  .board--overview .card {
    padding: var(--s-space-3) var(--s-space-4);
  }
  @container (max-width: 40rem) {
    .board {
      display: block;
      overflow: visible;
    }
    .column + .column {
      margin-block-start: var(--s-space-5);
    }
    .connectors {
      display: none;
    }
    /* No connectors, so no lanes above the cards to make room for. */
    .column__title {
      margin-block-end: var(--s-space-3);
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .card--selected,
    .card--in-sight {
      border-color: Highlight;
    }
    .card--dimmed {
      border-color: GrayText;
    }
    .connector {
      stroke: CanvasText;
    }
    .connector__head {
      fill: CanvasText;
    }
    .connector-group--in-sight .connector,
    .connector-group--selected .connector {
      stroke: Highlight;
    }
    .connector-group--dimmed {
      opacity: 1;
    }
    .connector-group--dimmed .connector {
      stroke: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }
  @media print {
    .board {
      overflow: visible;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
