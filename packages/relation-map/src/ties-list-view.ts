// Level 2 of the drawing's two-level list (the pattern Azure ML's designer uses for screen-reader
// graph editing): Enter on a person lists their ties; Enter on a tie follows it to the other
// person; Escape or Backspace goes back to the person. Each tie can be edited or removed here too.
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { heading, headingLevel, icon } from '@sammen/core';
import { tieKey, type MapView } from './view-model.js';

export function renderTiesList(view: MapView) {
  const id = view.opened;
  const focus = view.ties$focus;
  if (!id || !focus) return nothing;
  const ties = view.ties
    .filter((tie) => tie.from === id || tie.to === id)
    .sort((a, b) => b.strength - a.strength);
  return html`<section class="ties-list" part="ties-list" aria-labelledby="ties-heading">
    ${heading(headingLevel(view.headingLevel, 1), msg(str`Ties of ${view.nameOf(id)}`), { id: 'ties-heading' })}
    ${ties.length === 0
      ? html`<p>${msg('No ties in this round yet.')}</p>`
      : html`<ul class="ties-list__items" @keydown=${view.onTiesKeydown}>
          ${ties.map((tie) => {
            const key = tieKey(tie);
            return html`<li class="ties-list__item">
              <button type="button" class="tie-button" data-tie=${key} tabindex=${focus.tabIndex(key)} ${ref(focus.ref(key))}
                @focus=${() => view.highlight(key)} @blur=${() => view.highlight(undefined)}
                @click=${() => view.follow(tie)}>${view.tieText(tie, id)}</button>
              ${view.readOnly
                ? nothing
                : html`<sammen-icon-button icon="edit" label=${msg(str`Edit the tie: ${view.tieText(tie)}`)} @click=${() => view.openForm({ kind: 'tie', id: tie.id })}></sammen-icon-button>
                    <sammen-icon-button icon="trash" label=${msg(str`Remove the tie: ${view.tieText(tie)}`)} @click=${() => view.removeTie(tie)}></sammen-icon-button>`}
            </li>`;
          })}
        </ul>`}
    <p class="hint">${msg('Enter on a tie goes to the other person; Escape or Backspace goes back to the drawing.')}</p>
    ${view.readOnly
      ? nothing
      : html`<sammen-button variant="secondary" @click=${() => view.openForm({ kind: 'tie', from: id })}>${icon('plus')} ${msg('Add a tie')}</sammen-button>`}
  </section>`;
}
