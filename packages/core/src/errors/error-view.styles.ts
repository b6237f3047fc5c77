import { css } from 'lit';

/** Styles for the error view (`renderErrorView`); include them in a widget's `static styles`. */
export const errorViewStyles = css`
  .sammen-error {
    border: 2px solid var(--s-color-danger);
    border-inline-start-width: 6px;
    border-radius: var(--s-radius);
    padding: var(--s-space-3) var(--s-space-4);
    background: var(--s-color-danger-surface);
    color: var(--s-color-text);
    overflow-wrap: anywhere;
  }
  .sammen-error p {
    margin: 0 0 var(--s-space-2);
  }
  .sammen-error__details summary {
    cursor: pointer;
    inline-size: fit-content;
    padding-block: var(--s-space-1);
  }
  .sammen-error__details summary:focus-visible {
    outline: var(--s-focus-ring-width) solid var(--s-color-focus);
    outline-offset: var(--s-focus-ring-offset);
  }
  .sammen-error__details[open] summary {
    margin-block-end: var(--s-space-2);
  }
  .sammen-error__issues {
    margin: 0;
    padding-inline-start: var(--s-space-5);
  }
  .sammen-error code {
    font-family: var(--s-font-mono);
  }
  @media (forced-colors: active) {
    .sammen-error {
      border-color: CanvasText;
    }
  }
  /* Nothing moves in the error view; stated so a later animation is written with its opt-out. */
  @media (prefers-reduced-motion: reduce) {
    .sammen-error {
      transition: none;
    }
  }
`;
