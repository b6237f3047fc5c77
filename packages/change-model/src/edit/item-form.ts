// The form of one item: its text, its column and place, what it leads to (a multi-select list of
// every other item, by column), each of those links' rationale, assumptions and evidence, and its
// indicators. Every field commits on `change`, so each is one undo step.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { resolveText, type ChangeModel, type ChangeModelItem, type LocalizedText } from '@sammen/sdk';
import { heading, headingLevel } from '@sammen/core';
import type { ModelEditor } from './edit-controller.js';
import { columnTitle } from './edit-columns.js';
import { renderIndicators } from './indicator-form.js';
import * as edits from './model-edits.js';

export interface ItemFormView {
  model: ChangeModel;
  editor: ModelEditor;
  lang: string;
  headingLevel: number;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLTextAreaElement).value.trim();

function textField(label: string, value: string, onChange: (value: string) => void, options: { multiline?: boolean; focus?: string } = {}): TemplateResult {
  return html`<label class="s-field">
    <span class="s-field__label">${label}</span>
    ${options.multiline
      ? html`<textarea rows="3" data-edit-focus=${options.focus ?? nothing} .value=${value} @change=${(event: Event) => onChange(valueOf(event))}></textarea>`
      : html`<input data-edit-focus=${options.focus ?? nothing} .value=${value} @change=${(event: Event) => onChange(valueOf(event))} />`}
  </label>`;
}

function renderText(view: ItemFormView, item: ChangeModelItem, title: string): TemplateResult {
  const { editor, lang } = view;
  const set = (field: 'title' | 'description', label: string, value: string) =>
    editor.apply('item-changed', [item.id], label, (model) =>
      edits.updateItem(model, item.id, { [field]: edits.withText(item[field] as LocalizedText | undefined, lang, value) }),
    );
  const lines = (list: readonly LocalizedText[] | undefined) => (list ?? []).map((entry) => resolveText(entry, lang)).join('\n');
  const setLines = (field: 'bullets' | 'aims', label: string, value: string) =>
    editor.apply('item-changed', [item.id], label, (model) =>
      edits.updateItem(model, item.id, { [field]: value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => ({ [lang]: line })) }),
    );
  const setOptional = (field: 'targetGroup' | 'assumptions', label: string, value: string) =>
    editor.apply('item-changed', [item.id], label, (model) => edits.setItemText(model, item.id, field, value ? edits.withText(item[field], lang, value) : ''));
  return html`${textField(msg('Title'), resolveText(item.title, lang), (value) => set('title', msg(str`Title changed: ${value}`), value), { focus: 'title' })}
  ${textField(msg('Description'), resolveText(item.description, lang), (value) => set('description', msg(str`Description of ${title} changed`), value), {
    multiline: true,
  })}
  ${textField(msg('Bullet points, one per line'), lines(item.bullets), (value) => setLines('bullets', msg(str`Bullet points of ${title} changed`), value), { multiline: true })}
  ${textField(msg('Aims, one per line'), lines(item.aims), (value) => setLines('aims', msg(str`Aims of ${title} changed`), value), { multiline: true })}
  ${textField(msg('Target group of this item'), resolveText(item.targetGroup, lang), (value) =>
    setOptional('targetGroup', msg(str`Target group of ${title} changed`), value),
  )}
  ${textField(msg('Assumptions of this item'), resolveText(item.assumptions, lang), (value) => setOptional('assumptions', msg(str`Assumptions of ${title} changed`), value), {
    multiline: true,
  })}`;
}

function renderPlace(view: ItemFormView, item: ChangeModelItem): TemplateResult {
  const { editor, model, lang } = view;
  const place = edits.placeOf(model, item.id);
  if (!place) return html``;
  return html`<div class="edit-row">
    <label class="s-field">
      <span class="s-field__label">${msg('Move to column…')}</span>
      <select @change=${(event: Event) => editor.moveItemToColumn(item.id, (event.target as HTMLSelectElement).value)}>
        ${model.columns.map((column) => html`<option value=${column.id} ?selected=${column.id === place.column.id}>${columnTitle(column, lang)}</option>`)}
      </select>
    </label>
    <button type="button" aria-keyshortcuts="Alt+ArrowUp" ?disabled=${place.index === 0} @click=${() => editor.moveItem(item.id, -1)}>${msg('Move up')}</button>
    <button type="button" aria-keyshortcuts="Alt+ArrowDown" ?disabled=${place.index === place.column.items.length - 1} @click=${() => editor.moveItem(item.id, 1)}>
      ${msg('Move down')}
    </button>
  </div>`;
}

/** "Leads to": every other item as a checkbox, grouped by column — the accessible way to link. */
function renderLeadsTo(view: ItemFormView, item: ChangeModelItem, title: string): TemplateResult {
  const { editor, model, lang } = view;
  const targets = new Set(model.links.filter((link) => link.from === item.id).map((link) => link.to));
  return html`<fieldset class="edit-leads-to">
    <legend>${msg(str`${title} leads to`)}</legend>
    ${model.columns.map((column) => {
      const others = column.items.filter((other) => other.id !== item.id);
      if (!others.length) return nothing;
      return html`<fieldset class="edit-target-group">
        <legend>${columnTitle(column, lang)}</legend>
        ${others.map(
          (other) =>
            html`<label class="edit-check"
              ><input
                type="checkbox"
                .checked=${targets.has(other.id)}
                @change=${(event: Event) =>
                  (event.target as HTMLInputElement).checked ? editor.addLink(item.id, other.id) : editor.removeLink(item.id, other.id)}
              />
              ${resolveText(other.title, lang) || msg('Untitled item')}</label
            >`,
        )}
      </fieldset>`;
    })}
    <button type="button" class="edit-connect" aria-pressed=${editor.connectingFrom === item.id ? 'true' : 'false'} @click=${() =>
      editor.connectingFrom === item.id ? editor.cancelConnecting() : editor.startConnecting(item.id)}>
      ${msg('Connect by pointer: then click the item it leads to')}
    </button>
  </fieldset>`;
}

/** Rationale, assumptions and evidence of each link from the item. */
function renderLinkDetails(view: ItemFormView, item: ChangeModelItem, level: number): TemplateResult {
  const { editor, model, lang } = view;
  const links = model.links.filter((link) => link.from === item.id);
  if (!links.length) return html``;
  const fields = [
    ['rationale', msg('Why we believe it leads there (rationale)')],
    ['assumptions', msg('Assumptions')],
    ['evidence', msg('Evidence')],
  ] as const;
  return html`${heading(level, msg('Links from this item'))}
    ${links.map((link) => {
      const [fromTitle, toTitle] = [editor.titleOf(link.from), editor.titleOf(link.to)];
      const name = msg(str`${fromTitle} → ${toTitle}`);
      return html`<fieldset class="edit-link" data-edit-link=${`${link.from}→${link.to}`}>
        <legend>${name}</legend>
        ${fields.map(([field, label]) =>
          textField(
            label,
            resolveText(link[field], lang),
            (value) =>
              editor.apply('link-changed', [link.from, link.to], msg(str`${label} changed: ${name}`), (current) =>
                edits.setLinkText(current, link.id, field, value ? edits.withText(link[field], lang, value) : ''),
              ),
            { multiline: true, focus: `${field}:${link.to}` },
          ),
        )}
        <button type="button" class="danger" @click=${() => editor.removeLink(link.from, link.to)}>${msg(str`Remove link to ${toTitle}`)}</button>
      </fieldset>`;
    })}`;
}

/** The open item's form, or nothing. */
export function renderItemForm(view: ItemFormView): TemplateResult | typeof nothing {
  const { editor, model } = view;
  const place = editor.openItem ? edits.placeOf(model, editor.openItem) : undefined;
  if (!place) return nothing;
  const { item } = place;
  const title = editor.titleOf(item.id);
  const level = headingLevel(view.headingLevel, 1);
  return html`<section
    class="edit-form"
    part="edit-form"
    aria-labelledby="edit-form-heading"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        editor.closeForm();
      }
    }}
  >
    ${heading(level, msg(str`Edit: ${title}`), { id: 'edit-form-heading' })} ${renderText(view, item, title)} ${renderPlace(view, item)}
    ${renderLeadsTo(view, item, title)} ${renderLinkDetails(view, item, headingLevel(view.headingLevel, 2))}
    ${renderIndicators({ ...view, item, level: headingLevel(view.headingLevel, 2) })}
    <div class="edit-row">
      <button type="button" @click=${() => editor.closeForm()}>${msg('Done')}</button>
      <button type="button" class="danger" @click=${() => void editor.removeItem(item.id)}>${msg(str`Delete ${title}`)}</button>
    </div>
  </section>`;
}
