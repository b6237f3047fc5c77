// Each kind's parser, imported when a document of that kind has to be validated. A widget holds
// a loader, not the parser: a page that shows only Sammen's own example (our content, checked
// against the schemas by our tests) never downloads Valibot, the schemas or the issue messages.
import type { DocumentKind, DocumentOfKind } from './documents.js';
import type { ParseResult } from './issues.js';

/** A kind's parser: the typed document, or located issues. Never throws. */
export type Parser<T> = (value: unknown) => ParseResult<T>;

// One dynamic import per kind, so each kind is a chunk of its own (with Valibot in one beside them).
const PARSERS: { [K in DocumentKind]: () => Promise<Parser<DocumentOfKind<K>>> } = {
  'reflection-deck': () => import('./kinds/reflection-deck.js').then((module) => module.parseReflectionDeck),
  'reflection-notes': () => import('./kinds/reflection-notes.js').then((module) => module.parseReflectionNotes),
  'perspective-session': () => import('./kinds/perspective-session.js').then((module) => module.parsePerspectiveSession),
  'change-model': () => import('./kinds/change-model.js').then((module) => module.parseChangeModel),
  'relation-map': () => import('./kinds/relation-map.js').then((module) => module.parseRelationMap),
};

/**
 * Imports the parser of `kind` (`parseReflectionDeck` for `reflection-deck`, …): the same function
 * as the static export, for code that validates only now and then and would rather not carry the
 * schemas until then. Rejects only when the module cannot be loaded (offline, a missing chunk).
 */
export function loadParser<K extends DocumentKind>(kind: K): Promise<Parser<DocumentOfKind<K>>> {
  return PARSERS[kind]() as Promise<Parser<DocumentOfKind<K>>>;
}
