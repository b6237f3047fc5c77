import { css } from 'lit';

/**
 * The cards' outgoing ports, the line that follows the pointer and the drop-target mark. The port
 * is a 24 × 24 px target (WCAG 2.5.8) in the card's inline-end corner; only the port stops touch
 * scrolling (`touch-action: none`), so the board still scrolls under a finger everywhere else.
 */
export const linkDragStyles = css`
  .card:has(> .link-port) {
    padding-inline-end: calc(var(--s-space-3) + 28px);
  }
  .link-port {
    position: absolute;
    inset-block-start: var(--s-space-2);
    inset-inline-end: var(--s-space-2);
    display: grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: 28px;
    block-size: 28px;
    margin: 0;
    padding: 0;
    border: 2px solid var(--s-color-primary);
    border-radius: 50%;
    background: var(--s-color-surface-raised);
    color: var(--s-color-primary);
    cursor: crosshair;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .link-port:hover {
    background: var(--s-color-surface);
  }
  .link-port__mark {
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .link-port__mark circle {
    fill: currentColor;
  }
  /* The arrow points along the reading direction. */
  :host(:dir(rtl)) .link-port__mark {
    transform: scaleX(-1);
  }
  .link-drag-layer {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    inline-size: 100vw;
    block-size: 100vh;
    overflow: visible;
    pointer-events: none;
  }
  .link-drag-line {
    stroke: var(--s-color-primary);
    stroke-width: 3;
    stroke-dasharray: 6 4;
  }
  [data-drop-target] {
    outline: 3px solid var(--s-color-primary);
    outline-offset: 2px;
  }
  [data-drop-target='refused'] {
    outline-style: dashed;
    outline-color: var(--s-color-danger);
  }
  /* Nothing here moves on its own: the line follows the pointer only (no transition to reduce). */
  @media (prefers-reduced-motion: reduce) {
    .link-port {
      transition: none;
    }
  }
  @media print {
    .link-port {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .link-port {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    .link-port:focus-visible {
      outline: 3px solid Highlight;
    }
    .link-drag-line {
      stroke: Highlight;
    }
    [data-drop-target] {
      outline-color: Highlight;
    }
    [data-drop-target='refused'] {
      outline-color: CanvasText;
    }
  }
`;
