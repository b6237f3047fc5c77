import { css } from 'lit';

/**
 * A `<details>` disclosure whose `<summary>` shows that it opens: a triangle marker that points
 * to the inline end when closed (mirrored in right-to-left text) and down when open. The marker is
 * text, so forced colours paint it like the label; it turns instantly under reduced motion.
 * Use the class `s-disclosure` on the `<details>`.
 */
export const disclosureStyles = css`
  .s-disclosure > summary {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-2);
    min-block-size: var(--s-target-size);
    cursor: pointer;
    font-weight: 600;
    list-style: none;
  }
  .s-disclosure > summary::-webkit-details-marker {
    display: none;
  }
  .s-disclosure > summary::before {
    content: '▸' / '';
    display: inline-block;
    inline-size: 1em;
    text-align: center;
    transition: transform var(--s-motion-duration);
  }
  .s-disclosure > summary:dir(rtl)::before {
    content: '◂' / '';
  }
  .s-disclosure[open] > summary::before {
    transform: rotate(90deg);
  }
  .s-disclosure[open] > summary:dir(rtl)::before {
    transform: rotate(-90deg);
  }
  @media (forced-colors: active) {
    .s-disclosure > summary::before {
      color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .s-disclosure > summary::before {
      transition: none;
    }
  }
`;
