// <SammenChangeModel>: the change model as a React component, made with @lit/react (React 18 and 19).
// Importing it registers <sammen-change-model>, so the component never renders an undefined tag.
import * as React from 'react';
import { createComponent } from '@lit/react';
import '@sammen/change-model/define';
import { SammenChangeModel as SammenChangeModelElement } from '@sammen/change-model';
import { CHANGE_MODEL_EVENTS } from './events.js';

/**
 * `<sammen-change-model>` for React. Its properties (`model`, `store`, `view`, `editable`, …) are set on the element as
 * properties, so a document object passes through as it is; `onSelect`, `onModelChange` and `onError`
 * receive its `sammen-*` events (the maps in events.ts come from the element's `@fires`).
 */
export const SammenChangeModel = createComponent({
  react: React,
  tagName: 'sammen-change-model',
  elementClass: SammenChangeModelElement,
  events: CHANGE_MODEL_EVENTS,
  displayName: 'SammenChangeModel',
});
