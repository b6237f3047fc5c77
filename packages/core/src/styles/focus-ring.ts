import { css } from 'lit';

/**
 * The one focus ring every Sammen component shows: a solid outline in `--s-color-focus` around
 * whatever has keyboard focus (WCAG 2.4.7), offset so it never hides the control's own border.
 * It reads only tokens that core defines (a misspelt token makes `outline` invalid, and the ring
 * silently disappears — test/css-tokens.node.test.ts guards that).
 *
 * For SVG drawings (the triangle, the graph widgets) an outline on a `<g>` hugs its bounding box
 * badly, so a focusable group draws its own ring: give the group the class `s-focusable` and put a
 * shape with the class `s-focus-ring` inside it; the shape is stroked only while the group has
 * visible focus.
 */
export const focusRingStyles = css`
  :focus-visible {
    outline: var(--s-focus-ring-width) solid var(--s-color-focus);
    outline-offset: var(--s-focus-ring-offset);
  }
  .s-focusable {
    outline: none;
  }
  .s-focus-ring {
    fill: transparent;
    stroke: transparent;
    stroke-width: var(--s-focus-ring-width);
  }
  .s-focusable:focus-visible .s-focus-ring {
    stroke: var(--s-color-focus);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .s-focusable:focus-visible .s-focus-ring {
      stroke: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :focus-visible {
      transition: none;
    }
  }
`;
