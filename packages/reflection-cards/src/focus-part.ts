// Focus mode with its styles, keys, discussion timer, full screen and round: imported the first
// time a card is opened (lazy-part.ts).
export { renderFocus } from './focus-view.js';
export { focusStyles as styles } from './focus.styles.js';
export { FocusModeKeys } from './focus-mode-keys.js';
export { DiscussionTimerController } from './discussion-timer.js';
export { toggleFullscreen } from './fullscreen.js';
export { nextTurn, parseParticipants } from './turn-order.js';
