import { css } from 'lit';

/** Styles for `renderSaveProblem`; adopted when a save problem is first shown. */
export const saveProblemStyles = css`
  .sammen-save-problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--s-space-2) var(--s-space-3);
    margin-block: var(--s-space-3);
    padding: var(--s-space-2) var(--s-space-3);
    border: 2px solid var(--s-color-danger);
    border-radius: var(--s-radius);
    background: var(--s-color-danger-surface);
    overflow-wrap: anywhere;
  }
  .sammen-save-problem p {
    display: flex;
    gap: var(--s-space-2);
    align-items: start;
    flex: 1 1 16rem;
    margin: 0;
  }
  @media (forced-colors: active) {
    .sammen-save-problem {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sammen-save-problem {
      transition: none;
    }
  }
`;
