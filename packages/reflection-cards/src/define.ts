// Registers <sammen-reflection-deck> and the shared UI parts it renders: the only side effect of
// this package. A tag that is already defined (another copy of Sammen on the page) is left alone.
import '@sammen/core/define-widget-parts';
import { define } from '@sammen/core';
import { SammenReflectionDeck } from './reflection-deck.js';

define('sammen-reflection-deck', SammenReflectionDeck);

declare global {
  interface HTMLElementTagNameMap {
    'sammen-reflection-deck': SammenReflectionDeck;
  }
}
