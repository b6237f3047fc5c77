// The selection panel's contents (lazy, with selection-details.ts): link buttons and a link's rationale.
import { css } from 'lit';

export const selectionStyles = css`
  .panel__subheading {
    margin-block: var(--s-space-3) var(--s-space-1);
    font-size: 1em;
  }
  .link-list {
    display: grid;
    gap: var(--s-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .link-button {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--s-space-1) var(--s-space-2);
    border: 1px solid var(--s-color-outline);
    border-radius: var(--s-radius-small);
    background: var(--s-color-surface-raised);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .link-button--selected {
    border: 3px solid var(--sammen-change-model-highlight, var(--s-color-primary));
  }
  .link-detail dl {
    margin: 0;
  }
  .link-detail dt {
    font-weight: 600;
    margin-block-start: var(--s-space-2);
  }
  .link-detail dd {
    margin: 0;
  }
  .link-detail__ends {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-2);
  }
  @media (forced-colors: active) {
    .link-button {
      border-color: CanvasText;
    }
    .link-button--selected {
      border-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .link-button {
      transition: none;
    }
  }
`;
