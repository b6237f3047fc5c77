// The table view: people × ties as a real <table> (browse mode reads it; graph-a11y.md §6.2's
// "task-appropriate alternate"), sortable by each column (buttons in the headers, aria-sort), and
// editable in place: a rename or a kind changed here is the same edit as in the drawing. Below it,
// the round's ties, each with its strength and a remove button.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingLevel } from '@sammen/core';
import { PERSON_KINDS } from './map-edits.js';
import { personRows, sortRows, type TableColumn, type TableSort } from './table-sort.js';
import { tieKey, type MapView } from './view-model.js';

export interface TableView extends MapView {
  sort: TableSort;
  setSort: (column: TableColumn) => void;
  lang: string;
  kindName: (kind: string) => string;
  strengthName: (strength: number) => string;
}

function header(view: TableView, column: TableColumn, label: string) {
  const sorted = view.sort.column === column ? view.sort.direction : undefined;
  return html`<th scope="col" aria-sort=${sorted ?? 'none'}>
    <button type="button" class="sort" @click=${() => view.setSort(column)}>
      ${label}<span aria-hidden="true">${sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}</span>
    </button>
  </th>`;
}

export function renderTable(view: TableView) {
  const rows = sortRows(personRows(view.people, view.ties, view.nameOf), view.sort, view.lang);
  // The tables scroll sideways on a narrow screen, not the page (a focusable region, so a keyboard can scroll it).
  return html`<div class="table-view" part="table" role="region" tabindex="0" aria-label=${msg('Table')}>
    <table class="people-table">
      <caption>${msg('People in this round')}</caption>
      <thead>
        <tr>
          ${header(view, 'name', msg('Name'))} ${header(view, 'kind', msg('Kind'))}
          ${header(view, 'chosenBy', view.map.mode === 'group' ? msg('Chosen by') : msg('Ties in'))}
          ${header(view, 'chooses', view.map.mode === 'group' ? msg('Chooses') : msg('Ties out'))}
          ${header(view, 'mutual', msg('Mutual'))}
          ${view.readOnly ? nothing : html`<th scope="col">${msg('Actions')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr data-person=${row.person.id}>
            <th scope="row">
              ${view.readOnly || view.presentation
                ? row.name
                : html`<input class="name-input" .value=${row.person.label} aria-label=${msg(str`Name of ${row.name}`)} maxlength="120"
                    @change=${(event: Event) => view.renamePerson(row.person.id, (event.target as HTMLInputElement).value)} />`}
            </th>
            <td>
              ${view.readOnly
                ? view.kindName(row.person.kind)
                : html`<select aria-label=${msg(str`Kind of ${row.name}`)} @change=${(event: Event) => view.setKind(row.person.id, (event.target as HTMLSelectElement).value as never)}>
                    ${PERSON_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === row.person.kind}>${view.kindName(kind)}</option>`)}
                  </select>`}
            </td>
            <td>${row.chosenBy}</td>
            <td>${row.chooses}</td>
            <td>${row.mutual}</td>
            ${view.readOnly
              ? nothing
              : html`<td><sammen-icon-button icon="trash" label=${msg(str`Remove ${row.name}`)} @click=${() => view.removePerson(row.person.id)}></sammen-icon-button></td>`}
          </tr>`,
        )}
      </tbody>
    </table>
    ${heading(headingLevel(view.headingLevel, 1), msg('Ties in this round'), { id: 'ties-table-heading' })}
    <table class="ties-table" aria-labelledby="ties-table-heading">
      <thead>
        <tr>
          <th scope="col">${msg('From')}</th><th scope="col">${msg('To')}</th><th scope="col">${msg('Tie')}</th>
          <th scope="col">${msg('Strength')}</th>${view.readOnly ? nothing : html`<th scope="col">${msg('Actions')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${view.ties.map(
          (tie) => html`<tr data-tie=${tieKey(tie)}>
            <td>${view.nameOf(tie.from)}</td><td>${view.nameOf(tie.to)}</td><td>${view.tieText(tie)}</td>
            <td>
              ${view.readOnly
                ? view.strengthName(tie.strength)
                : html`<select aria-label=${msg(str`Strength of ${view.tieText(tie)}`)} @change=${(event: Event) => view.setStrength(tie, Number((event.target as HTMLSelectElement).value))}>
                    ${[1, 2, 3].map((s) => html`<option value=${s} ?selected=${s === tie.strength}>${view.strengthName(s)}</option>`)}
                  </select>`}
            </td>
            ${view.readOnly
              ? nothing
              : html`<td><sammen-icon-button icon="trash" label=${msg(str`Remove the tie: ${view.tieText(tie)}`)} @click=${() => view.removeTie(tie)}></sammen-icon-button></td>`}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
