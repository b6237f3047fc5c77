import { css } from 'lit';

export const changeModelStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .board {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--s-space-4, 1rem);
  }
`;
