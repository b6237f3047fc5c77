// An item's indicators in the form: name, data source, baseline, target, current value and a
// status chosen with a native select (read as text, never colour alone).
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { resolveText, type ChangeModel, type ChangeModelItem, type Indicator } from '@sammen/sdk';
import { heading } from '@sammen/core';
import { statusText } from '../texts.js';
import type { ModelEditor } from './edit-controller.js';
import * as edits from './model-edits.js';

type Status = Indicator['status'];
const STATUSES: readonly Status[] = ['on-track', 'at-risk', 'off-track', 'no-data'];

/** A status in words, in the UI language (the board's words). */
export const statusName = (status: Status): string => statusText(status);

export interface IndicatorFormView {
  model: ChangeModel;
  editor: ModelEditor;
  lang: string;
  item: ChangeModelItem;
  level: number;
}

function renderIndicator(view: IndicatorFormView, indicator: Indicator, index: number): TemplateResult {
  const { editor, item, lang } = view;
  const number = index + 1;
  const name = resolveText(indicator.name, lang) || msg(str`Indicator ${number}`);
  const put = (label: string, patch: Partial<Indicator>) =>
    editor.apply('indicator-changed', [item.id, indicator.id], label, (model) => edits.putIndicator(model, item.id, { ...indicator, ...patch }));
  const localized = (field: 'name' | 'dataSource', label: string) =>
    html`<label class="s-field"
      ><span class="s-field__label">${label}</span>
      <input
        data-edit-focus=${`${field}:${indicator.id}`}
        .value=${resolveText(indicator[field], lang)}
        @change=${(event: Event) => {
          const value = (event.target as HTMLInputElement).value.trim();
          put(msg(str`${label} changed: ${name}`), { [field]: edits.withText(indicator[field], lang, value) });
        }}
    /></label>`;
  const plain = (field: 'baseline' | 'target' | 'current', label: string) =>
    html`<label class="s-field"
      ><span class="s-field__label">${label}</span>
      <input
        .value=${indicator[field] ?? ''}
        @change=${(event: Event) => {
          const value = (event.target as HTMLInputElement).value.trim();
          const next = { ...indicator, [field]: value };
          if (!value) delete next[field];
          editor.apply('indicator-changed', [item.id, indicator.id], msg(str`${label} changed: ${name}`), (model) => edits.putIndicator(model, item.id, next));
        }}
    /></label>`;
  return html`<fieldset class="edit-indicator">
    <legend>${name}</legend>
    ${localized('name', msg('Indicator name'))} ${localized('dataSource', msg('Data source'))}
    <div class="edit-row">${plain('baseline', msg('Baseline'))} ${plain('target', msg('Target'))} ${plain('current', msg('Current value'))}</div>
    <label class="s-field"
      ><span class="s-field__label">${msg('Status')}</span>
      <select
        data-edit-focus=${`status:${indicator.id}`}
        @change=${(event: Event) => {
          const status = (event.target as HTMLSelectElement).value as Status;
          const statusText = statusName(status);
          put(msg(str`Status of ${name}: ${statusText}`), { status });
        }}
      >
        ${STATUSES.map((status) => html`<option value=${status} ?selected=${status === indicator.status}>${statusName(status)}</option>`)}
      </select></label
    >
    <button
      type="button"
      class="danger"
      @click=${() => {
        editor.apply('indicator-removed', [item.id, indicator.id], msg(str`Indicator removed: ${name}`), (model) => edits.removeIndicator(model, item.id, indicator.id));
        void editor.focusField('add-indicator');
      }}
    >
      ${msg(str`Remove indicator ${name}`)}
    </button>
  </fieldset>`;
}

/** The item's indicators and "Add indicator". */
export function renderIndicators(view: IndicatorFormView): TemplateResult {
  const { editor, item, lang } = view;
  const indicators = item.indicators ?? [];
  return html`${heading(view.level, msg('Indicators'))} ${indicators.map((indicator, index) => renderIndicator(view, indicator, index))}
    <button
      type="button"
      data-edit-focus="add-indicator"
      @click=${() => {
        const indicator = edits.newIndicator(view.model, msg('New indicator'), lang);
        const title = editor.titleOf(item.id);
        editor.apply('indicator-changed', [item.id, indicator.id], msg(str`Indicator added to ${title}`), (model) =>
          edits.putIndicator(model, item.id, indicator),
        );
        void editor.focusField(`name:${indicator.id}`, true);
      }}
    >
      ${msg('Add indicator')}
    </button>`;
}
