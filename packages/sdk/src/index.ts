// Public API of @sammen/sdk: typed, versioned, validated documents, stores and privacy operations.
// No Lit, no DOM rendering, and nothing runs at import time: safe in browsers, Node and SSR.
export { resolveText, resolveTextLanguage, textDirection, FALLBACK_LANGUAGES, type LocalizedText } from './text.js';
export type { Issue, IssueCode, ParseResult } from './issues.js';
export { findPersonalData, personalDataKinds, type PersonalDataFinding, type PersonalDataKind } from './privacy-guard.js';
export {
  DOCUMENT_KINDS,
  SCHEMA_IDS,
  kindOfSchema,
  type DocumentKind,
  type DocumentBase,
  type DocumentTypes,
  type DocumentOfKind,
  type SammenDocument,
} from './documents.js';
export { SCHEMAS, parseDocument, parseDocumentOfKind } from './document-registry.js';
export { parseJson } from './parse-json.js';
export { parseReflectionDeck } from './kinds/reflection-deck.js';
export { parseReflectionNotes } from './kinds/reflection-notes.js';
export { parsePerspectiveSession } from './kinds/perspective-session.js';
export { parseChangeModel } from './kinds/change-model.js';
export { parseRelationMap } from './kinds/relation-map.js';
export { loadParser, type Parser } from './load-parser.js';
export { MIGRATIONS, migrate, type Migration } from './migrations.js';
export { entryOf } from './records.js';
export { LIMITS } from './limits.js';
export { documentIdIssue } from './schemas/common.js';
export { RESERVED_KEYS } from './schemas/record.js';
export { CHECKS_BEYOND_JSON_SCHEMA, type CheckBeyondJsonSchema } from './schemas/beyond-json-schema.js';
export type { ReflectionDeck, ReflectionTheme, ReflectionCard, ReflectionQuestion } from './schemas/reflection-deck.js';
export type { ReflectionNotes, CardNotes } from './schemas/reflection-notes.js';
// The kinds' constants come from modules without Valibot (widgets use them on every page).
export { DEFAULT_PROMPT_IDS, PERSPECTIVE_IDS, type PerspectiveId } from './schemas/perspective-session-constants.js';
export type { PerspectiveSession, Perspective, Prompt, NextStep } from './schemas/perspective-session.js';
export { CHANGE_MODEL_LIMITS, DEFAULT_CHANGE_MODEL_COLUMNS } from './schemas/change-model-constants.js';
export type {
  ChangeModel,
  ChangeModelColumn,
  ChangeModelColumnKind,
  ChangeModelItem,
  ChangeModelLink,
  Indicator,
  IndicatorStatus,
} from './schemas/change-model.js';
export {
  RELATION_MAP_LIMITS,
  RELATION_MAP_MODES,
  PERSON_KINDS,
  SECTORS,
  GROUP_TIE_KINDS,
  NETWORK_TIE_KINDS,
  TIE_KINDS,
  TIE_QUALITIES,
  type RelationMapMode,
  type PersonKind,
  type Sector,
  type TieKind,
  type GroupTieKind,
  type NetworkTieKind,
  type TieQuality,
} from './schemas/relation-map-constants.js';
export type { RelationMap, Person, Tie, Closeness, MappingRound } from './schemas/relation-map.js';
export type { RelationMapV1 } from './schemas/relation-map-v1.js';
export { newId, createReflectionNotes, createPerspectiveSession, createRelationMap } from './factories.js';
export {
  SammenError,
  ConflictError,
  NotFoundError,
  NetworkError,
  ValidationError,
  StorageUnavailableError,
  QuotaExceededError,
  AuthenticationError,
} from './errors.js';
export type { Store, StoreLocation, PutOptions, DocumentChange, ChangeListener, ExportBundle, ImportResult, ImportedDocument, SkippedDocument } from './stores/store.js';
export { MemoryStore } from './stores/memory-store.js';
export { IndexedDbStore, type IndexedDbStoreOptions } from './stores/indexeddb-store.js';
export { HttpStore, type HttpStoreOptions } from './stores/http-store.js';
export { setDefaultStore, getDefaultStore } from './stores/default-store.js';
