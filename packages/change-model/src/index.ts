// Public API of @sammen/change-model. No side effects: '@sammen/change-model/define' registers the tag.
export { SammenChangeModel, type ChangeModelView } from './change-model.js';
export type { ChangeModelSelection, ChangeModelSelectDetail, ModelChangeDetail, ModelChangeReason } from './events.js';
