import { css } from 'lit';
import { buttonBox } from '@sammen/core';

// Ties and focus rings at ≥ 3:1 (text colour and the focus token); the proxy buttons are the
// targets (≥ 24 px, --s-target-size); in forced colours the ties and circles use system colours.
export const relationMapStyles = css`
  :host {
    display: block;
    container: sammen-map / inline-size;
    overflow-wrap: anywhere;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--s-space-2) var(--s-space-4);
  }
  .header__title {
    margin: 0;
    flex: 1 1 100%;
  }
  .summary {
    margin: 0;
    flex: 1 1 20rem;
    font-weight: 600;
  }
  .toolbar,
  .rounds,
  .zoom,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-2);
    margin-block: var(--s-space-3);
    align-items: center;
  }
  .toolbar__more {
    display: contents;
  }
  .toolbar__toggle {
    display: none;
  }
  /* Narrow: adding people and ties, and "More tools" for the rest, one tool a row (the toolbar
     took ten rows at 320 px). The buttons also lose some padding so two fit side by side. */
  @container sammen-map (max-width: 40rem) {
    .toolbar__toggle {
      display: inline-block;
    }
    .toolbar__more {
      display: none;
    }
    .toolbar__more--open {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      flex-basis: 100%;
      gap: var(--s-space-1);
    }
    .toolbar sammen-button::part(button),
    .rounds sammen-button::part(button),
    .zoom sammen-button::part(button) {
      padding-inline: var(--s-space-2);
    }
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-1);
    border-block-end: 1px solid var(--s-color-border);
  }
  .tab,
  .tie-button {
    ${buttonBox}
    background: transparent;
    color: var(--s-color-text);
  }
  .tab {
    border-color: transparent;
    border-block-end: 4px solid transparent;
    border-radius: var(--s-radius-small) var(--s-radius-small) 0 0;
    font-weight: 400;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--s-color-primary);
    background: var(--s-color-primary-surface);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
  .field {
    display: grid;
    gap: var(--s-space-1);
  }
  .keyboard-help summary {
    min-block-size: var(--s-target-size);
    cursor: pointer;
  }
  .part-loading {
    color: var(--s-color-text-muted);
  }
  /* On paper: the map and what it means — title, summary, the round shown, the drawing (or table
     or list) with its key, an open panel. Not the tools to change it, the other rounds' tabs or
     what the keys do. */
  @media print {
    .toolbar,
    .rounds sammen-button,
    .tab:not([aria-selected='true']),
    [part='views'],
    .zoom,
    .form-slot,
    .hint,
    .keyboard-help,
    .ties-list,
    .closeness-editor {
      display: none;
    }
    .view-panel .drawing {
      background: none;
      break-inside: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
