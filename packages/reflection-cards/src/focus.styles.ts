import { css } from 'lit';

// Focus mode's own styles: adopted when focus mode is first opened (focus-part.ts), so the
// overview's page does not download them.
export const focusStyles = css`
  /* Focus mode: the card scales with the widget's width, readable from the back of a room. */
  .focus {
    display: grid;
    gap: var(--s-space-4);
    border-radius: var(--s-radius);
  }
  .focus__nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--s-space-2);
  }
  .focus__buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-1);
  }
  .focus__position {
    font-weight: 600;
  }
  .focus__card {
    padding: clamp(var(--s-space-3), 3cqi, var(--s-space-6));
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
    background: var(--s-color-surface-raised);
    box-shadow: var(--s-shadow);
    font-size: var(--sammen-focus-font-size, clamp(1.05rem, 2.6cqi, 2.75rem));
  }
  .focus__title {
    font-size: 1.5em;
    margin-block-end: var(--s-space-3);
  }
  .focus__card .statement {
    margin-block-end: var(--s-space-4);
  }
  .note {
    margin-block: var(--s-space-2);
    font-size: 1rem;
  }
  .focus__tools {
    display: grid;
    gap: var(--s-space-3);
    justify-items: start;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--s-space-2);
    padding: var(--s-space-2) var(--s-space-3);
    border: 2px solid var(--s-color-border);
    border-radius: var(--s-radius);
  }
  .timer[data-up] {
    border-color: var(--s-color-warning);
    background: var(--s-color-warning-surface);
  }
  .timer__label {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-1);
    font-weight: 600;
  }
  .timer__clock {
    min-inline-size: 4ch;
    font-variant-numeric: tabular-nums;
    font-size: 1.4em;
    font-weight: 700;
  }
  .timer__up {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-1);
  }
  @media (prefers-reduced-motion: no-preference) {
    .timer[data-up] {
      animation: time-up 1.2s ease-in-out 2;
    }
    @keyframes time-up {
      50% {
        box-shadow: 0 0 0 6px var(--s-color-warning-surface);
      }
    }
  }
  .round__turn {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--s-space-2);
    font-size: 1.2em;
  }
  @media (forced-colors: active) {
    .focus__card,
    .timer {
      border-color: CanvasText;
    }
    .timer[data-up] {
      border-color: Highlight;
    }
  }
`;
