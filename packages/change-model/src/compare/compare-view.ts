// The comparison panel: what to compare with (a saved version or a file), then "what changed" as
// a table of text — change, kind, name, details — never colour alone; the board marks items too.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingLevel, issueMessage } from '@sammen/core';
import { statusName } from '../edit/indicator-form.js';
import type { CompareController } from './compare-controller.js';
import type { CompareRow, RowChange, RowSubject } from './compare-rows.js';

function changeName(change: RowChange): string {
  switch (change) {
    case 'added':
      return msg('Added');
    case 'removed':
      return msg('Removed');
    case 'changed':
      return msg('Changed');
    default:
      return msg('Status moved');
  }
}

function subjectName(subject: RowSubject): string {
  switch (subject) {
    case 'model':
      return msg('Model');
    case 'column':
      return msg('Column');
    case 'item':
      return msg('Item');
    case 'link':
      return msg('Link');
    default:
      return msg('Indicator');
  }
}

/** A changed field in words. */
export function fieldName(field: string): string {
  const names: Record<string, () => string> = {
    title: () => msg('title'),
    description: () => msg('description'),
    bullets: () => msg('bullet points'),
    aims: () => msg('aims'),
    targetGroup: () => msg('target group'),
    assumptions: () => msg('assumptions'),
    indicators: () => msg('indicators'),
    column: () => msg('column'),
    position: () => msg('position'),
    kind: () => msg('kind'),
    rationale: () => msg('rationale'),
    evidence: () => msg('evidence'),
    from: () => msg('start'),
    to: () => msg('end'),
  };
  return names[field]?.() ?? field;
}

function details(row: CompareRow): string {
  if (row.change === 'status' && row.from && row.to) return `${statusName(row.from)} → ${statusName(row.to)}`;
  return row.fields.map(fieldName).join(', ');
}

function renderTable(compare: CompareController): TemplateResult {
  const rows = compare.rows;
  const label = compare.against!.label;
  if (!rows.length) return html`<p>${msg(str`No changes since ${label}.`)}</p>`;
  const count = rows.length;
  // A table keeps its columns on a narrow screen: its own region scrolls sideways (and can be
  // reached by keyboard to do so), never the page (WCAG 1.4.10 allows it for data tables).
  return html`<div class="compare-scroll" role="region" tabindex="0" aria-label=${msg('Changes')}><table class="compare-table" part="compare-table">
    <caption>
      ${msg(str`${count} changes since ${label}`)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Change')}</th>
        <th scope="col">${msg('What')}</th>
        <th scope="col">${msg('Name')}</th>
        <th scope="col">${msg('Details')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr class=${`compare-row compare-row--${row.change}`}>
          <td><span class="compare-symbol" aria-hidden="true">${{ added: '+', removed: '−', changed: '~', status: '→' }[row.change]}</span> ${changeName(row.change)}</td>
          <td>${subjectName(row.subject)}</td>
          <th scope="row">${row.name}</th>
          <td>${details(row)}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}

function renderChoice(compare: CompareController): TemplateResult {
  const onFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void compare.compareWithFile(file);
  };
  return html`<div class="edit-row compare-choice">
    ${compare.canSaveVersions
      ? html`<label class="s-field"
            ><span class="s-field__label">${msg('Saved version')}</span>
            <select ?disabled=${!compare.versions.length} @change=${(event: Event) => compare.compareWithVersion((event.target as HTMLSelectElement).value)}>
              <option value="">${compare.versions.length ? msg('Choose a version…') : msg('No saved versions yet')}</option>
              ${compare.versions.map((version) => html`<option value=${version.id} ?selected=${compare.against?.model === version}>${compare.versionLabel(version)}</option>`)}
            </select></label
          >
          <button type="button" @click=${() => void compare.saveVersion()}>${msg('Save this version for later comparison')}</button>`
      : nothing}
    <label class="s-field"><span class="s-field__label">${msg('Compare with a file (JSON)')}</span><input type="file" accept="application/json,.json" @change=${onFile} /></label>
    <button type="button" @click=${() => compare.close()}>${msg('Close the comparison')}</button>
  </div>`;
}

/** The comparison panel, or nothing while it is closed. */
export function renderCompare(compare: CompareController, level: number): TemplateResult | typeof nothing {
  if (!compare.open) return nothing;
  return html`<section class="compare" part="compare" aria-labelledby="compare-heading">
    ${heading(headingLevel(level, 1), msg('What changed'), { id: 'compare-heading', tabindex: -1 })} ${renderChoice(compare)}
    ${compare.issues
      ? html`<div class="edit-import-problem" role="alert">
          <p><strong>${msg('The file could not be compared: it is not a valid change model.')}</strong></p>
          <ul>
            ${compare.issues.slice(0, 8).map((issue) => html`<li><code>${issue.path || msg('(the file)')}</code>: ${issueMessage(issue)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${compare.against ? renderTable(compare) : nothing}
  </section>`;
}
