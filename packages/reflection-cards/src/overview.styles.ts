import { css } from 'lit';
import { buttonBox } from '@sammen/core';

// The overview card's "Open card" button is a native <button> (one custom element per card made
// a 200-card deck slow, issue 14), drawn like <sammen-button variant="secondary"> so it looks
// like every other button of the widget. The focus ring comes from core's base styles.
export const overviewStyles = css`
  .card__open {
    ${buttonBox}
    background: transparent;
    color: var(--s-color-primary);
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
