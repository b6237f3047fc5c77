// Registers <sammen-change-model> and the shared UI parts it renders: the only side effect of this
// package. A tag already defined (another copy of Sammen) is left alone.
import '@sammen/core/define-widget-parts';
import { define } from '@sammen/core';
import { SammenChangeModel } from './change-model.js';

define('sammen-change-model', SammenChangeModel);

declare global {
  interface HTMLElementTagNameMap {
    'sammen-change-model': SammenChangeModel;
  }
}
