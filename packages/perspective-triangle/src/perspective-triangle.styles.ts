import { css } from 'lit';

// Reads only core's tokens. What every view needs (the list of situations, the loading line);
// the work view's own styles (triangle, panel, summary) come with it (work.styles.ts).
export const triangleStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    container-name: triangle;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.17em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  p,
  li {
    overflow-wrap: anywhere;
  }
  .muted,
  .loading {
    color: var(--s-color-text-muted);
  }

  @media print {
    @page {
      size: A4;
      margin: 12mm;
    }
    sammen-confirm {
      display: none;
    }
  }
`;
