import { css } from 'lit';

// Reads only core's tokens (--s-*, set from the public --sammen-* properties). Logical
// properties throughout, so right-to-left content needs no special cases.
export const deckStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    container-name: deck;
  }
  :host([fullscreen-fallback]) {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    overflow: auto;
    padding: var(--s-space-4);
    background: var(--s-color-background);
  }
  :host(:fullscreen) {
    overflow: auto;
    padding: var(--s-space-5);
    background: var(--s-color-background);
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  /* Sizes follow the role in the deck, not the level a host chose with heading-level. */
  .header__title {
    font-size: 1.5em;
  }
  .theme > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.17em;
  }
  .card__title {
    font-size: 1em;
  }
  /* A long unbroken string (a URL, hostile markup) wraps anywhere rather than widening its card
     and making the page scroll sideways at 320 px (WCAG 1.4.10); "anywhere" also lowers the
     min-content width that grid and flex items are sized by, "break-word" would not. */
  p,
  li,
  figcaption,
  .card,
  .focus__card {
    overflow-wrap: anywhere;
  }
  .card__languages > * {
    min-inline-size: 0;
  }
  .header {
    margin-block-end: var(--s-space-4);
  }
  .header p {
    max-inline-size: 70ch;
    margin-block: var(--s-space-2) 0;
  }
  .loading,
  .notice,
  .copy-message {
    color: var(--s-color-text-muted);
  }

  /* Toolbar and fields */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--s-space-3);
    padding: var(--s-space-3);
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
    background: var(--s-color-surface);
  }
  .field {
    display: grid;
    gap: var(--s-space-1);
    min-inline-size: min(100%, 11rem);
    flex: 1 1 11rem;
    font-size: 0.95em;
  }
  .field--inline {
    flex: 0 0 auto;
    min-inline-size: 0;
  }
  .field > span {
    font-weight: 600;
  }
  .field > :is(input, select) {
    inline-size: 100%;
  }
  .count {
    margin-block: var(--s-space-3);
    font-weight: 600;
  }
  .start {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-2);
    margin-block: 0 var(--s-space-3);
  }

  /* Session bar (a session's own parts: session-notes-bar.ts) */
  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--s-space-2) var(--s-space-4);
    margin-block-end: var(--s-space-3);
  }

  /* Themes and cards */
  .theme {
    margin-block: var(--s-space-5);
  }
  .theme__number {
    color: var(--s-color-primary);
  }
  .theme__intro {
    max-inline-size: 70ch;
  }
  .theme__count {
    color: var(--s-color-text-muted);
    font-size: 0.9em;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sammen-card-min-width, 18rem)), 1fr));
    gap: var(--s-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--s-space-2);
    block-size: 100%;
    padding: var(--s-space-4);
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
    background: var(--s-color-surface-raised);
    box-shadow: var(--s-shadow);
  }
  .card[data-discussed] {
    border-inline-start: 6px solid var(--s-color-success);
  }
  .card__languages {
    display: grid;
    gap: var(--s-space-4);
  }
  .card__language--second {
    padding-block-start: var(--s-space-3);
    border-block-start: 1px dashed var(--s-color-border);
  }
  @container deck (min-width: 48rem) {
    .focus .card__languages:has(.card__language--second) {
      grid-template-columns: 1fr 1fr;
    }
    /* The divider belongs to the first column, which runs in the widget's own direction. */
    .focus .card__languages:has(.card__language--second) > .card__language:first-child {
      padding-inline-end: var(--s-space-4);
      border-inline-end: 1px dashed var(--s-color-border);
    }
    .focus .card__language--second {
      padding-block-start: 0;
      border-block-start: 0;
    }
  }
  .card__title--second {
    margin: 0;
    font-weight: 700;
  }
  .statement {
    margin: 0;
  }
  .statement blockquote {
    margin: 0;
    padding-inline-start: var(--s-space-3);
    border-inline-start: 4px solid var(--s-color-primary);
    font-style: italic;
  }
  .statement blockquote p {
    margin: 0;
  }
  .statement figcaption {
    margin-block-start: var(--s-space-1);
    color: var(--s-color-text-muted);
    font-size: 0.85em;
  }
  .questions {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .question + .question {
    margin-block-start: var(--s-space-2);
  }
  .question > p {
    margin: 0;
  }
  .sub-items {
    margin-block: var(--s-space-1) 0;
  }
  .card__facets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-1);
    margin: auto 0 0;
    font-size: 0.85em;
  }
  .card__facets span {
    padding: 0 var(--s-space-2);
    border: 1px solid var(--s-color-border);
    border-radius: 999px;
  }
  .card__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--s-space-2);
  }
  .discussed-state {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-1);
    color: var(--s-color-text-muted);
  }
  .discussed-state[data-on] {
    color: var(--s-color-text);
    font-weight: 600;
  }

  .focus__theme {
    margin: 0 0 var(--s-space-2);
    color: var(--s-color-text-muted);
    /* Small capitals, but never under 12 px (0.75rem) however small the card's text gets. */
    font-size: max(0.7em, 0.75rem);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .print {
    display: none;
  }

  /* The deck's own view has no animation since the timer's pulse moved to focus.styles.ts; a host
     page's smooth scrolling is not inherited either. */
  @media (prefers-reduced-motion: reduce) {
    :host {
      scroll-behavior: auto;
    }
  }
  @media (forced-colors: active) {
    .card,
    .toolbar,
    .card__facets span {
      border-color: CanvasText;
    }
    .card[data-discussed] {
      border-color: Highlight;
    }
  }

  /* Print: the cards one per half page with cut lines, or the notes as a handout. */
  @media print {
    :host([printing]) .screen {
      display: none;
    }
    :host(:not([printing])) :is(.toolbar, .session, .sammen-save-problem, .focus__nav, .focus__tools, .start, .card__actions, sammen-confirm) {
      display: none;
    }
    .print {
      display: block;
    }
  }
`;
