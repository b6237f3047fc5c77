// <SammenReflectionDeck>: the reflection deck as a React component, made with @lit/react (React 18 and 19).
// Importing it registers <sammen-reflection-deck>, so the component never renders an undefined tag.
import * as React from 'react';
import { createComponent } from '@lit/react';
import '@sammen/reflection-cards/define';
import { SammenReflectionDeck as SammenReflectionDeckElement } from '@sammen/reflection-cards';
import { REFLECTION_DECK_EVENTS } from './events.js';

/**
 * `<sammen-reflection-deck>` for React. Its properties (`deck`, `store`, `sessionId`, …) are set on the element as
 * properties, so a document object passes through as it is; `onCardChange`, `onNotesChange` and `onError`
 * receive its `sammen-*` events (the maps in events.ts come from the element's `@fires`).
 */
export const SammenReflectionDeck = createComponent({
  react: React,
  tagName: 'sammen-reflection-deck',
  elementClass: SammenReflectionDeckElement,
  events: REFLECTION_DECK_EVENTS,
  displayName: 'SammenReflectionDeck',
});
