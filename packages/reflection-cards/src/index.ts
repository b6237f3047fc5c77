// Public API of @sammen/reflection-cards. No side effects: '@sammen/reflection-cards/define'
// registers the tag.
export { SammenReflectionDeck, type CardChangeDetail, type NotesChangeDetail } from './reflection-deck.js';
export * from './deck-filter.js';
export * from './session-notes.js';
export { notesToMarkdown, notesToJson, escapeMarkdown, type ExportLabels } from './notes-export.js';
export { cardFromHash, hashWithCard } from './card-hash.js';

