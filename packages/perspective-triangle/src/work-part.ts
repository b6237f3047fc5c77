// The work view of one session with everything only it needs (the triangle, the panels, the
// summary, the next steps, the privacy guard) and its styles: imported the first time a session
// is shown, never for the list of saved sessions (lazy-work.ts).
export { renderWork } from './work-view.js';
export { workStyles as styles } from './work.styles.js';
export { NextStepsController } from './next-steps-controller.js';
export { withAnswer } from './session-edits.js';
export { copySummary } from './summary-text.js';
export { POSITIONS } from './triangle-geometry.js';
export { privacyWarning } from './situation-header.js';
export { personalDataKinds } from '@sammen/sdk';
export { FocusController } from '@sammen/core';
