// A TypeScript app's view of the installed packages: their `types` and `exports` resolve to the
// built declarations (never `any`), and @sammen/react's JSX types check props and event details.
import type {} from '@sammen/react/jsx';
import { SammenRelationMap } from '@sammen/relation-map';
import { SammenReflectionDeck } from '@sammen/react';
import { MemoryStore, type ChangeModel } from '@sammen/sdk';
import { planImport } from '@sammen/sdk/backend';
import { define } from '@sammen/core';
import type { SammenElement } from 'sammen';

type IsAny<T> = 0 extends 1 & T ? true : false;
export const typed: [IsAny<SammenRelationMap>, IsAny<typeof MemoryStore>, IsAny<typeof planImport>, IsAny<typeof define>, IsAny<SammenElement>] = [false, false, false, false, false];
export const headingLevel: number = new SammenRelationMap().headingLevel;

declare const model: ChangeModel;
export const plainTag = <sammen-change-model model={model} store={new MemoryStore()} onsammen-select={(event) => event.detail.selection?.id} />;
export const wrapper = <SammenReflectionDeck onCardChange={(event) => event.detail.cardId} />;
// @ts-expect-error a string is not a change model
export const wrongModel = <sammen-change-model model="model.json" />;
