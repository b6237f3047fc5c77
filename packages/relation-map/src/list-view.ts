// The list view: each person with whom they choose, who chooses them and the mutual ties — the
// tree of graph-a11y.md §6.2 as nested lists, readable in browse mode and printable. Like the
// table it edits the map (issue 16: "a table view and a list view edit the same document"): each
// person and each tie has its remove button, the same edits (undoable, said) as the table's.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingLevel } from '@sammen/core';
import type { MapView } from './view-model.js';

export function renderList(view: MapView) {
  return html`<ul class="list-view" part="list">
    ${view.people.map((person) => {
      const mine = view.ties.filter((tie) => tie.from === person.id || tie.to === person.id);
      const mutual = mine.filter((tie) => tie.direction === 'mutual');
      const out = mine.filter((tie) => tie.direction === 'one-way' && tie.from === person.id);
      const into = mine.filter((tie) => tie.direction === 'one-way' && tie.to === person.id);
      // The same messages as the table's buttons (table-view.ts), so one translation serves both.
      const row = { name: view.nameOf(person.id) };
      const removeTie = (tie: (typeof mine)[number]) =>
        view.readOnly ? nothing : html` <sammen-icon-button icon="trash" label=${msg(str`Remove the tie: ${view.tieText(tie)}`)} @click=${() => view.removeTie(tie)}></sammen-icon-button>`;
      const group = (title: string, ties: typeof mine) =>
        ties.length ? html`<li>${title}<ul>${ties.map((tie) => html`<li data-tie=${tie.id}>${view.tieText(tie, person.id)}${removeTie(tie)}</li>`)}</ul></li>` : '';
      return html`<li class="list-view__person" data-person=${person.id}>
        ${heading(headingLevel(view.headingLevel, 1), `${view.nameOf(person.id)} (${view.kindText(person)})`)}
        ${view.readOnly ? nothing : html`<sammen-icon-button icon="trash" label=${msg(str`Remove ${row.name}`)} @click=${() => view.removePerson(person.id)}></sammen-icon-button>`}
        ${person.note && !view.presentation ? html`<p class="note">${person.note}</p>` : ''}
        ${mine.length === 0
          ? html`<p>${msg('No ties in this round.')}</p>`
          : html`<ul>${group(msg('Mutual'), mutual)}${group(view.map.mode === 'group' ? msg('Chooses') : msg('Ties out'), out)}${group(view.map.mode === 'group' ? msg('Chosen by') : msg('Ties in'), into)}</ul>`}
      </li>`;
    })}
  </ul>`;
}
