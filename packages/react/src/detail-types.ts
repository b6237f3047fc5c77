// The `detail` types of every widget's events, in one place: the generated JSX types
// (jsx-types.ts) import them from here, and a React app can too.
export type { SammenErrorDetail } from '@sammen/core';
export type { CardChangeDetail, NotesChangeDetail } from '@sammen/reflection-cards';
export type { SessionChangeDetail } from '@sammen/perspective-triangle';
export type { ChangeModelSelectDetail, ModelChangeDetail } from '@sammen/change-model';
export type { MapChangeDetail, MapSelectDetail } from '@sammen/relation-map';
