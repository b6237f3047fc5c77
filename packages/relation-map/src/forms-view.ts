// The accessible, non-drag path for every edit (WCAG 2.5.7, graph-a11y.md §0.3): a person form
// (name or initials, kind, symbol; in a network map its sector and closeness ring) and a tie form
// (from, to, kind, strength 1–3 as a radio group, one-way or mutual). A group map offers positive
// choices only — the form has no way to say anything else.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { heading, headingLevel } from '@sammen/core';
import type { Person, Tie } from '@sammen/sdk';
import { GROUP_TIE_KINDS, PERSON_KINDS, SECTORS, TIE_QUALITIES, type TieInput } from './map-edits.js';
import { NETWORK_TIE_KINDS } from '@sammen/sdk';
import type { MapView, OpenForm } from './view-model.js';
import { sectorName } from './texts.js';

export interface PersonFields {
  label: string;
  kind: Person['kind'];
  symbol?: string;
  note?: string;
  sector?: Person['sector'];
  ring?: number;
}

export interface FormsView extends MapView {
  form: OpenForm | undefined;
  formProblem: string | undefined;
  kindName: (kind: string) => string;
  tieKindName: (kind: string) => string;
  strengthName: (strength: number) => string;
  valenceName: (valence: string) => string;
  submitPerson: (fields: PersonFields, id: string | undefined) => void;
  submitTie: (tie: TieInput, id: string | undefined) => void;
  closeForm: () => void;
}

const radios = <T extends string | number>(name: string, legend: string, values: readonly T[], checked: T, text: (value: T) => string) =>
  html`<fieldset class="radios">
    <legend>${legend}</legend>
    ${values.map((value) => html`<label><input type="radio" name=${name} value=${value} ?checked=${value === checked} /> ${text(value)}</label>`)}
  </fieldset>`;

function onKeydown(view: FormsView) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    view.closeForm();
  };
}

function personForm(view: FormsView, id: string | undefined) {
  const person = id ? view.people.find((candidate) => candidate.id === id) : undefined;
  const network = view.map.mode === 'network';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const label = String(data.get('label') ?? '').trim();
    if (!label) return;
    view.submitPerson(
      {
        label,
        kind: String(data.get('kind')) as Person['kind'],
        symbol: String(data.get('symbol') ?? '').trim() || undefined,
        note: String(data.get('note') ?? '').trim() || undefined,
        ...(network ? { sector: String(data.get('sector')) as Person['sector'], ring: Number(data.get('ring') ?? 2) } : {}),
      },
      id,
    );
  };
  const ring = person?.ring ?? 2;
  return html`<form class="map-form" part="form" aria-labelledby="form-heading" @submit=${submit} @keydown=${onKeydown(view)}>
    ${heading(headingLevel(view.headingLevel, 1), person ? msg('Edit person') : msg('Add a person'), { id: 'form-heading' })}
    <label class="field">${msg('Pseudonym or initials')}
      <input name="label" required maxlength="120" autocomplete="off" .value=${person?.label ?? ''} />
    </label>
    <label class="field">${msg('Kind')}
      <select name="kind">
        ${PERSON_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === (person?.kind ?? (network ? 'family' : 'child'))}>${view.kindName(kind)}</option>`)}
      </select>
    </label>
    <label class="field">${msg('Symbol (optional, e.g. an emoji or a letter)')}
      <input name="symbol" maxlength="20" autocomplete="off" .value=${person?.symbol ?? ''} />
    </label>
    ${view.presentation
      ? nothing
      : html`<label class="field">${msg('Note (optional; hidden in presentation mode)')}
          <textarea name="note" maxlength="2000" rows="2" .value=${person?.note ?? ''}></textarea>
        </label>`}
    ${network
      ? html`<label class="field">${msg('Sector')}
            <select name="sector">${SECTORS.map((sector) => html`<option value=${sector} ?selected=${sector === (person?.sector ?? 'family')}>${sectorName(sector)}</option>`)}</select>
          </label>
          ${radios('ring', msg('Closeness to the child'), [1, 2, 3], ring, (value) => view.strengthName(4 - value))}`
      : nothing}
    <div class="form-actions">
      <button type="submit" class="submit">${person ? msg('Save person') : msg('Add person')}</button>
      <sammen-button variant="secondary" @click=${view.closeForm}>${msg('Cancel')}</sammen-button>
    </div>
  </form>`;
}

function tieForm(view: FormsView, form: Extract<OpenForm, { kind: 'tie' }>) {
  const existing = form.id ? view.ties.find((tie) => tie.id === form.id) : undefined;
  const group = view.map.mode === 'group';
  const from = existing?.from ?? form.from ?? view.people[0]?.id;
  const to = existing?.to ?? form.to ?? view.people.find((person) => person.id !== from)?.id;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    view.submitTie(
      {
        from: String(data.get('from')),
        to: String(data.get('to')),
        kind: String(data.get('kind')) as Tie['kind'],
        ...(group ? {} : { quality: String(data.get('quality')) as Tie['quality'] }),
        strength: Number(data.get('strength')),
        direction: String(data.get('direction')) as Tie['direction'],
      },
      form.id,
    );
  };
  const select = (name: string, label: string, value: string | undefined) =>
    html`<label class="field">${label}
      <select name=${name}>${view.people.map((person) => html`<option value=${person.id} ?selected=${person.id === value}>${view.nameOf(person.id)}</option>`)}</select>
    </label>`;
  return html`<form class="map-form" part="form" aria-labelledby="form-heading" @submit=${submit} @keydown=${onKeydown(view)}>
    ${heading(headingLevel(view.headingLevel, 1), existing ? msg('Edit the tie') : msg('Add a tie'), { id: 'form-heading' })}
    ${select('from', msg('From'), from)} ${select('to', msg('To'), to)}
    ${group
      ? html`<label class="field">${msg('Kind of choice')}
          <select name="kind">${GROUP_TIE_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === (existing?.kind ?? 'plays-with')}>${view.tieKindName(kind)}</option>`)}</select>
        </label>`
      : html`<label class="field">${msg('Kind of tie')}
            <select name="kind">${NETWORK_TIE_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === (existing?.kind ?? 'support')}>${view.tieKindName(kind)}</option>`)}</select>
          </label>
          ${radios('quality', msg('Quality'), TIE_QUALITIES, existing?.quality ?? 'positive', view.valenceName)}`}
    ${radios('strength', msg('Strength'), [1, 2, 3], existing?.strength ?? 2, view.strengthName)}
    ${radios('direction', msg('Direction'), ['mutual', 'one-way'] as const, existing?.direction ?? (group ? 'one-way' : 'mutual'), (value) => (value === 'mutual' ? msg('Mutual') : msg('One-way')))}
    ${view.formProblem ? html`<p class="form-problem" role="alert">${view.formProblem}</p>` : nothing}
    <div class="form-actions">
      <button type="submit" class="submit">${existing ? msg('Save tie') : msg('Add tie')}</button>
      <sammen-button variant="secondary" @click=${view.closeForm}>${msg('Cancel')}</sammen-button>
    </div>
  </form>`;
}

export function renderForm(view: FormsView) {
  const form = view.form;
  if (!form || view.readOnly) return nothing;
  return form.kind === 'person' ? personForm(view, form.id) : tieForm(view, form);
}
