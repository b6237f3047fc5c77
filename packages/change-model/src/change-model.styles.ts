// The widget's frame: title, toolbar (summary, view switcher, filter, print), legend, status
// shapes, keyboard help, and print.
import { css } from 'lit';

export const changeModelStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* Set while printing: the page's width and the zoom that fits the model on it. */
    --_print-width: auto;
    --_print-zoom: 1;
  }
  .model {
    overflow-wrap: anywhere;
  }
  .model__title {
    margin-block: 0 var(--s-space-2);
  }
  .toolbar {
    display: grid;
    gap: var(--s-space-2);
    margin-block-end: var(--s-space-4);
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
  .toolbar__row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--s-space-3) var(--s-space-5);
  }
  .views {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--s-space-1);
  }
  /* Core's form-field styles (zero specificity) draw the select and the checkbox as in every
     widget; in the toolbar the select takes the buttons' height and padding. */
  .toggle,
  .text-button,
  select {
    min-block-size: 2.75rem;
    padding: var(--s-space-1) var(--s-space-3);
    border: 1px solid var(--s-color-outline);
    border-radius: var(--s-radius-small);
    background: var(--s-color-surface-raised);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    background: var(--s-color-primary);
    border-color: var(--s-color-primary);
    color: var(--s-color-on-primary);
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-2);
    min-block-size: 2.75rem;
  }
  .filter input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  .print-options {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-2);
  }
  .print-options label {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-2);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-2) var(--s-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-1);
    font-weight: 600;
  }
  .status-shape {
    flex: none;
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 1;
  }
  .status-shape .mark {
    stroke: var(--s-color-surface-raised);
    stroke-width: 2;
  }
  .status-shape .hollow {
    fill: none;
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .status--on-track {
    color: var(--s-status-on-track);
  }
  .status--at-risk {
    color: var(--s-status-at-risk);
  }
  .status--off-track {
    color: var(--s-status-off-track);
  }
  .status--no-data {
    color: var(--s-status-no-data);
  }
  .key-help summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .key-help ul {
    margin-block: var(--s-space-2) 0;
    padding-inline-start: var(--s-space-5);
  }
  @media (forced-colors: active) {
    .toggle,
    .text-button,
    select {
      border-color: ButtonText;
    }
    .toggle[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .status,
    .status-shape {
      color: CanvasText;
    }
    .status-shape .mark {
      stroke: Canvas;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  /* The print layout, also applied on screen while printing so the connectors are measured for it. */
  .model--print .toolbar__row,
  .model--print .panel,
  .model--print .key-help {
    display: none;
  }
  .model--print .workspace {
    display: block;
  }
  .model--print {
    inline-size: var(--_print-width);
    zoom: var(--_print-zoom);
  }
  @media print {
    .toolbar__row,
    .panel,
    .key-help {
      display: none;
    }
    .workspace {
      display: block;
    }
  }
`;
