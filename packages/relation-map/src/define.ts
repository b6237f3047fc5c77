// Registers <sammen-relation-map> and the shared UI parts it renders: the only side effect of this
// package. A tag already defined (another copy of Sammen) is left alone.
import '@sammen/core/define-widget-parts';
import { define } from '@sammen/core';
import { SammenRelationMap } from './relation-map.js';

define('sammen-relation-map', SammenRelationMap);

declare global {
  interface HTMLElementTagNameMap {
    'sammen-relation-map': SammenRelationMap;
  }
}
