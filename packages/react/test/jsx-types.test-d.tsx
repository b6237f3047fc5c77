// Type tests of @sammen/react (checked by `npm run typecheck`, part of `npm test`): the generated
// React 19 JSX types of the plain tags and the React 18 wrappers accept each widget's properties
// with their own types and hand each event listener its own detail type; wrong props do not
// type-check (`@ts-expect-error` fails the check when the line below it compiles).
import type {} from '@sammen/react/jsx';
import { SammenChangeModel, SammenPerspectiveTriangle, SammenReflectionDeck, SammenRelationMap } from '@sammen/react';
import type { ChangeModel, PerspectiveSession, ReflectionDeck, RelationMap, Store } from '@sammen/sdk';

declare const model: ChangeModel;
declare const deck: ReflectionDeck;
declare const session: PerspectiveSession;
declare const map: RelationMap;
declare const store: Store;

// React 19: plain tags, properties and `on<event>` listeners typed from the manifest.
export const plainTags = (
  <>
    <sammen-reflection-deck deck={deck} store={store} sessionId="møde-1" heading-level="3" onsammen-card-change={(event) => event.detail.cardId?.toUpperCase()} />
    <sammen-perspective-triangle session={session} guided onsammen-session-change={(event) => event.detail.reason} />
    <sammen-change-model model={model} editable view="outline" onsammen-select={(event) => event.detail.selection?.kind} onsammen-error={(event) => event.detail.code} />
    <sammen-relation-map map={map} presentation onsammen-select={(event) => event.detail.personId} onsammen-map-change={(event) => event.detail.id} />
  </>
);

// @ts-expect-error a relation map is not a change model
export const wrongDocument = <sammen-change-model model={map} />;
// @ts-expect-error a string is not a reflection deck
export const stringDeck = <sammen-reflection-deck deck="deck.json" />;
// @ts-expect-error headingLevel is a number
export const textLevel = <sammen-relation-map headingLevel="2" />;
// @ts-expect-error the change model's view is one of its views
export const unknownView = <sammen-change-model view="gallery" />;
// @ts-expect-error the relation map's select detail has `personId`, not the change model's `selection`
export const otherDetail = <sammen-relation-map onsammen-select={(event) => event.detail.selection} />;
// @ts-expect-error no such property (a misspelt `deck`)
export const misspelt = <sammen-reflection-deck decks={deck} />;

// React 18: the @lit/react wrappers, `onX` props with the same detail types.
export const wrappers = (
  <>
    <SammenReflectionDeck deck={deck} onCardChange={(event) => event.detail.cardId} onNotesChange={(event) => event.detail.total} onError={(event) => event.detail.message} />
    <SammenPerspectiveTriangle session={session} onSessionChange={(event) => event.detail.id} />
    <SammenChangeModel model={model} onSelect={(event) => event.detail.selection} onModelChange={(event) => event.detail.model.id} />
    <SammenRelationMap map={map} onSelect={(event) => event.detail.personId} onMapChange={(event) => event.detail.reason} />
  </>
);

// @ts-expect-error a change model is not a relation map
export const wrongWrapperDocument = <SammenRelationMap map={model} />;
// @ts-expect-error the change model's select detail has `selection`, not `personId`
export const wrongWrapperDetail = <SammenChangeModel onSelect={(event) => event.detail.personId} />;
// @ts-expect-error the deck has no `onSelect` event
export const noSuchEvent = <SammenReflectionDeck onSelect={(event: CustomEvent<{ personId: string }>) => event.detail.personId} />;
