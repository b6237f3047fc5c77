import { css } from 'lit';

/** Styles of the analysis and compare panels, for the element's `static styles`. */
export const panelStyles = css`
  .analysis-panel,
  .compare-panel {
    display: grid;
    gap: var(--s-space-3);
  }
  .analysis-panel :is(h2, h3, h4, h5, h6),
  .compare-panel :is(h2, h3, h4, h5, h6) {
    margin: 0;
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
  .panel-section ul {
    margin: var(--s-space-1) 0 0;
    padding-inline-start: var(--s-space-5);
  }
  .panel-section p {
    margin: var(--s-space-1) 0 0;
  }
  .hint {
    color: var(--s-color-text-muted);
  }
  .panel-section table {
    border-collapse: collapse;
    margin-block-start: var(--s-space-1);
  }
  .panel-section :is(th, td) {
    padding: var(--s-space-1) var(--s-space-3);
    text-align: start;
    border-block-end: 1px solid var(--s-color-border);
  }
  .panel-section td {
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .panel-section :is(th, td) {
      border-block-end-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* Nothing in the panels moves. */
    .analysis-panel,
    .compare-panel {
      transition: none;
    }
  }
`;
