import { css } from 'lit';

// The printed cards and notes handout: adopted when printing is first asked for (print-part.ts).
// What hides the screen while printing stays in the deck's own styles, for Ctrl+P.
export const printStyles = css`
  @media print {
    /* Two cards a page: a little under half the page each, so a host page's margins never push
       the second card onto a page of its own. */
    .print-card {
      box-sizing: border-box;
      block-size: 46vh;
      padding: 10mm;
      overflow: hidden;
      border-block-end: 1px dashed #000;
      break-inside: avoid;
      font-size: 13pt;
    }
    .print-card:nth-child(2n) {
      break-after: page;
    }
    .print-notes__card {
      break-inside: avoid;
      margin-block-end: 8mm;
    }
    .print-notes__note {
      white-space: pre-wrap;
      padding-inline-start: 4mm;
      border-inline-start: 2px solid #000;
    }
  }
  /* A print preview under Windows high contrast: the dividing lines in the text colour. */
  @media (forced-colors: active) {
    .print-card,
    .print-notes__note {
      border-color: CanvasText;
    }
  }
  /* Nothing here moves; a host page's smooth scrolling is not inherited into the handout. */
  @media (prefers-reduced-motion: reduce) {
    .print-card,
    .print-notes__card {
      scroll-behavior: auto;
    }
  }
`;
