// The selection panel (links, a link's rationale) and the outline view.
import { css } from 'lit';

export const panelStyles = css`
  .panel {
    padding: var(--s-space-3) var(--s-space-4);
    border: 1px solid var(--s-color-outline);
    border-radius: var(--s-radius);
    background: var(--s-color-surface);
  }
  .panel__heading {
    margin-block: 0 var(--s-space-2);
    font-size: 1.1em;
  }
  .panel__subheading {
    margin-block: var(--s-space-3) var(--s-space-1);
    font-size: 1em;
  }
  .panel__hint {
    margin: 0;
    color: var(--s-color-text-muted);
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
  .outline,
  .outline ol {
    padding-inline-start: var(--s-space-5);
  }
  .outline > li {
    margin-block-end: var(--s-space-4);
  }
  .outline__item {
    margin-block-end: var(--s-space-3);
  }
  .outline__label {
    margin-block: var(--s-space-2) 0;
    font-weight: 600;
  }
  .outline__note {
    color: var(--s-color-text-muted);
  }
  .outline .indicators__list {
    padding-inline-start: var(--s-space-5);
  }
  @media (forced-colors: active) {
    .panel,
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
  @media print {
    .outline {
      font-size: 10pt;
    }
    .outline__item {
      break-inside: avoid;
    }
  }
`;
