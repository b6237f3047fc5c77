// Public API of @sammen/perspective-triangle. No side effects: '@sammen/perspective-triangle/define'
// registers the tag.
export { SammenPerspectiveTriangle, type SessionChangeDetail } from './perspective-triangle.js';
export { addStep, updateStep, removeStep, moveStep } from './next-steps.js';
export { perspectiveState, centreState, partState, sessionProgress, GUIDED_ORDER, PART_IDS, type PartId, type PartState } from './session-progress.js';
export { sessionToText, type SummaryTexts } from './session-summary.js';
export { POSITIONS, wrapLabel } from './triangle-geometry.js';
