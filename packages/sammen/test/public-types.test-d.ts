// Type tests of the public surface (checked by `npm run typecheck`, part of `npm test`).
import type * as all from 'sammen';
import type * as sdk from '@sammen/sdk';
import type * as core from '@sammen/core';
import type * as cards from '@sammen/reflection-cards';
import type * as triangle from '@sammen/perspective-triangle';
import type * as changeModel from '@sammen/change-model';
import type * as relationMap from '@sammen/relation-map';
import type { PerspectiveSession, ReflectionDeck, RelationMap } from '@sammen/sdk';
import type { SammenPerspectiveTriangle, SammenReflectionDeck, SammenRelationMap } from 'sammen';

// `sammen` names its exports one by one; none of the packages' runtime exports is left out.
type Missing<M> = Exclude<keyof M, keyof typeof all>;
export const nothingMissing: [Missing<typeof sdk> | Missing<typeof core> | Missing<typeof cards> | Missing<typeof triangle> | Missing<typeof changeModel> | Missing<typeof relationMap>] extends [never] ? true : false = true;

// Document properties are typed as their documents, not `unknown` (which `X | unknown` collapses to).
declare const deck: ReflectionDeck;
declare const session: PerspectiveSession;
export const deckProperty: SammenReflectionDeck['deck'] = deck;
export const sessionProperty: SammenPerspectiveTriangle['session'] = session;
// @ts-expect-error a number is not a reflection deck
export const notADeck: SammenReflectionDeck['deck'] = 1;
// @ts-expect-error a string is not a perspective session
export const notASession: SammenPerspectiveTriangle['session'] = 'session';

declare const relationMapDocument: RelationMap;
export const mapProperty: SammenRelationMap['map'] = relationMapDocument;
// @ts-expect-error a string is not a relation map
export const notAMap: SammenRelationMap['map'] = 'map';
