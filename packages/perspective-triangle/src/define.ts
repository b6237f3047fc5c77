// Registers <sammen-perspective-triangle> and the shared UI parts it renders: the only side
// effect of this package. A tag already defined (another copy of Sammen) is left alone.
import '@sammen/core/define-widget-parts';
import { define } from '@sammen/core';
import { SammenPerspectiveTriangle } from './perspective-triangle.js';

define('sammen-perspective-triangle', SammenPerspectiveTriangle);

declare global {
  interface HTMLElementTagNameMap {
    'sammen-perspective-triangle': SammenPerspectiveTriangle;
  }
}
