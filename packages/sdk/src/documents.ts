// The kinds, their schema ids and document types: no Valibot here (every page uses these; the
// parsing is in parse-kind.ts, imported with a kind's parser).
import type { ChangeModel } from './schemas/change-model.js';
import type { PerspectiveSession } from './schemas/perspective-session.js';
import type { ReflectionDeck } from './schemas/reflection-deck.js';
import type { ReflectionNotes } from './schemas/reflection-notes.js';
import type { RelationMap } from './schemas/relation-map.js';

/** The kinds of document Sammen knows. */
export const DOCUMENT_KINDS = ['reflection-deck', 'reflection-notes', 'perspective-session', 'change-model', 'relation-map'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The current schema id of each kind (`sammen.<kind>/v<N>`). */
export const SCHEMA_IDS = {
  'reflection-deck': 'sammen.reflection-deck/v1',
  'reflection-notes': 'sammen.reflection-notes/v1',
  'perspective-session': 'sammen.perspective-session/v1',
  'change-model': 'sammen.change-model/v2',
  'relation-map': 'sammen.relation-map/v2',
} as const satisfies Record<DocumentKind, string>;

/** The fields every document has. */
export interface DocumentBase {
  schema: string;
  id: string;
  revision: number;
  updatedAt: string;
}

/** The document type of each kind. */
export interface DocumentTypes {
  'reflection-deck': ReflectionDeck;
  'reflection-notes': ReflectionNotes;
  'perspective-session': PerspectiveSession;
  'change-model': ChangeModel;
  'relation-map': RelationMap;
}
export type DocumentOfKind<K extends DocumentKind> = DocumentTypes[K];
export type SammenDocument = DocumentTypes[DocumentKind];

export const SCHEMA_PATTERN = /^sammen\.([a-z-]+)\/v(\d+)$/;

/** The kind named by a schema id of any version (`sammen.reflection-deck/v7` → `reflection-deck`). */
export function kindOfSchema(schema: string): DocumentKind | undefined {
  const kind = SCHEMA_PATTERN.exec(schema)?.[1];
  return (DOCUMENT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as DocumentKind) : undefined;
}
