// The selection panel's frame and heading (its contents' styles come with them: selection.styles.ts).
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
  .panel__hint {
    margin: 0;
    color: var(--s-color-text-muted);
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .panel {
      transition: none;
    }
  }
`;
