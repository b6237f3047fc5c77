// @sammen/content: example documents written by the Sammen team, each a dynamic import so a
// widget that only needs a municipality's own document never downloads ours. The packs arrive
// with their widgets (the reflection deck and the perspective triangle's worked case).
export {};
