// Public API of @sammen/react: the four widgets as React components made with @lit/react (for
// React 18, whose JSX cannot set properties or listen to custom events on a plain tag; they work
// in React 19 too), the event detail types, and the JSX types of the plain tags for React 19.
// Each component module registers its own tag only: import one from its own path
// (`@sammen/react/reflection-deck`) to load one widget.
export { SammenReflectionDeck } from './reflection-deck.js';
export { SammenPerspectiveTriangle } from './perspective-triangle.js';
export { SammenChangeModel } from './change-model.js';
export { SammenRelationMap } from './relation-map.js';
export type * from './detail-types.js';
export type * from './jsx-types.js';
