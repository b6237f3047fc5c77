import { css } from 'lit';

// The overview card's "Open card" button is a native <button> (one custom element per card made
// a 200-card deck slow, issue 14), drawn like <sammen-button variant="secondary"> so it looks
// like every other button of the widget. The focus ring comes from core's base styles.
export const overviewStyles = css`
  .card__open {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--s-target-size);
    min-inline-size: var(--s-target-size);
    padding: var(--s-space-2) var(--s-space-4);
    border: 2px solid var(--s-color-primary);
    border-radius: var(--s-radius);
    background: transparent;
    color: var(--s-color-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    overflow-wrap: anywhere;
    text-align: center;
    transition: background-color var(--s-motion-duration), color var(--s-motion-duration);
  }
  .card__open:hover {
    filter: brightness(1.08);
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .card__open {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card__open {
      transition: none;
    }
  }
`;
