// The detail view: the model's columns, in document order, each a section with its heading and a
// list of item cards.
import { html } from 'lit';
import { heading, shownText } from '@sammen/core';
import { resolveText, type ChangeModel } from '@sammen/sdk';

export function renderDetailView(model: ChangeModel, lang: string, level: number) {
  return html`<div class="model">
    ${heading(level, resolveText(model.title, lang), { class: 'model__title' })}
    <div class="board">
      ${model.columns.map(
        (column) => html`<section class="column">
          ${heading(level + 1, column.title ? resolveText(column.title, lang) : column.kind, { class: 'column__title' })}
          <ol class="column__items">
            ${column.items.map((item) => html`<li class="card">${heading(level + 2, resolveText(item.title, lang))}</li>`)}
          </ol>
        </section>`,
      )}
    </div>
  </div>`;
}
void shownText;
