// Focus mode with its styles: imported the first time a card is opened (lazy-part.ts).
export { renderFocus } from './focus-view.js';
export { focusStyles as styles } from './focus.styles.js';
