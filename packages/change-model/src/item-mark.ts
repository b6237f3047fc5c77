// The mark a comparison puts on a board item: a visible word (and a shape through CSS), so the
// drawing shows what changed without relying on colour; the comparison table says it in full.
// Part of the viewer (the board draws it), not of the lazily loaded compare/ folder.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ItemMark } from './compare/compare-rows.js';

/** "New since the compared version" / "Changed since the compared version". */
export function markText(mark: ItemMark): string {
  return mark === 'added' ? msg('New since the compared version') : msg('Changed since the compared version');
}

/** The mark under an item's title, or nothing. */
export function renderItemMark(mark: ItemMark | undefined): TemplateResult | typeof nothing {
  return mark ? html`<p class="card__mark card__mark--${mark}" part="compare-mark">${markText(mark)}</p>` : nothing;
}
