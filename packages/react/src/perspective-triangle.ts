// <SammenPerspectiveTriangle>: the perspective triangle as a React component, made with @lit/react (React 18 and 19).
// Importing it registers <sammen-perspective-triangle>, so the component never renders an undefined tag.
import * as React from 'react';
import { createComponent } from '@lit/react';
import '@sammen/perspective-triangle/define';
import { SammenPerspectiveTriangle as SammenPerspectiveTriangleElement } from '@sammen/perspective-triangle';
import { PERSPECTIVE_TRIANGLE_EVENTS } from './events.js';

/**
 * `<sammen-perspective-triangle>` for React. Its properties (`session`, `store`, `documentId`, …) are set on the element as
 * properties, so a document object passes through as it is; `onSessionChange` and `onError`
 * receive its `sammen-*` events (the maps in events.ts come from the element's `@fires`).
 */
export const SammenPerspectiveTriangle = createComponent({
  react: React,
  tagName: 'sammen-perspective-triangle',
  elementClass: SammenPerspectiveTriangleElement,
  events: PERSPECTIVE_TRIANGLE_EVENTS,
  displayName: 'SammenPerspectiveTriangle',
});
