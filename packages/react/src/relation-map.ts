// <SammenRelationMap>: the relation map as a React component, made with @lit/react (React 18 and 19).
// Importing it registers <sammen-relation-map>, so the component never renders an undefined tag.
import * as React from 'react';
import { createComponent } from '@lit/react';
import '@sammen/relation-map/define';
import { SammenRelationMap as SammenRelationMapElement } from '@sammen/relation-map';
import { RELATION_MAP_EVENTS } from './events.js';

/**
 * `<sammen-relation-map>` for React. Its properties (`map`, `store`, `view`, `presentation`, …) are set on the element as
 * properties, so a document object passes through as it is; `onSelect`, `onMapChange` and `onError`
 * receive its `sammen-*` events (the maps in events.ts come from the element's `@fires`).
 */
export const SammenRelationMap = createComponent({
  react: React,
  tagName: 'sammen-relation-map',
  elementClass: SammenRelationMapElement,
  events: RELATION_MAP_EVENTS,
  displayName: 'SammenRelationMap',
});
