import { css } from 'lit';

/**
 * The box every Sammen button has (size, padding, border, type, motion, primary colours that a
 * variant overrides): shared
 * by `<sammen-button>` and native buttons that widgets draw many of (the deck's 200 "Open card"
 * buttons are native, issue 14), so the two never drift apart.
 */
export const buttonBox = css`
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--s-space-2);
    min-block-size: var(--s-target-size);
    min-inline-size: var(--s-target-size);
    padding: var(--s-space-2) var(--s-space-4);
    border: 2px solid var(--s-color-primary);
    border-radius: var(--s-radius);
    background: var(--s-color-primary);
    color: var(--s-color-on-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    overflow-wrap: anywhere;
    text-align: center;
    transition: background-color var(--s-motion-duration), color var(--s-motion-duration);
`;

export const buttonStyles = css`
  :host {
    display: inline-block;
  }
  button {
    ${buttonBox}
  }
  :host([variant='secondary']) button {
    background: transparent;
    color: var(--s-color-primary);
  }
  :host([variant='quiet']) button {
    background: transparent;
    border-color: transparent;
    color: var(--s-color-primary);
  }
  :host([variant='danger']) button {
    background: var(--s-color-danger);
    border-color: var(--s-color-danger);
    color: var(--s-color-on-primary);
  }
  button:hover:not(:disabled) {
    filter: brightness(1.08);
    text-decoration: underline;
  }
  button[aria-pressed='true'] {
    box-shadow: inset 0 0 0 2px var(--s-color-on-primary);
  }
  :host([variant='secondary']) button[aria-pressed='true'],
  :host([variant='quiet']) button[aria-pressed='true'] {
    background: var(--s-color-primary-surface);
    box-shadow: inset 0 -3px 0 var(--s-color-primary);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    button {
      transition: none;
    }
  }
`;
