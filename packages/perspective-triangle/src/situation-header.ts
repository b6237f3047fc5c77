// The situation: a short title and description, with the privacy guard under them. The warning
// is derived from the text by the element after each typing pause (`view.personalData`), so it
// never lags behind what is written for long and never slows down typing.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { icon } from '@sammen/core';
import type { PersonalDataKind } from '@sammen/sdk';
import type { TriangleViewModel } from './view-model.js';

export function personalDataText(kind: PersonalDataKind): string {
  switch (kind) {
    case 'cpr':
      return msg('a CPR number');
    case 'fnr':
      return msg('a national identity number (fødselsnummer)');
    case 'email':
      return msg('an e-mail address');
    default:
      return msg('a phone number');
  }
}

/** The privacy warning as a sentence (shown under the fields, and spoken once by the widget's announcer). */
export function privacyWarning(kinds: readonly PersonalDataKind[]): string {
  return `${msg('This looks like')} ${kinds.map(personalDataText).join(', ')}. ${msg('Consider a pseudonym or initials instead. The text is kept as you wrote it; you decide.')}`;
}

export function renderSituation(view: TriangleViewModel): TemplateResult {
  const { title, description } = view.session;
  const kinds = view.personalData;
  if (view.readOnly) {
    return html`<div class="situation" part="situation">
      <h3 class="situation__heading">${title.trim() || msg('Untitled situation')}</h3>
      ${description.trim() ? html`<p class="situation__text">${description}</p>` : nothing}
    </div>`;
  }
  return html`<div class="situation" part="situation">
    <label class="field">
      <span>${msg('The situation, in a few words')}</span>
      <input
        type="text"
        class="situation__title"
        .value=${title}
        ?readonly=${view.readOnly}
        maxlength="200"
        aria-describedby="privacy"
        @input=${(event: Event) => view.setSituation({ title: (event.target as HTMLInputElement).value })}
      />
    </label>
    <sammen-textarea
      class="situation__description"
      label=${msg('Short description')}
      description=${msg('Use a pseudonym or initials, never a real name or number.')}
      rows="3"
      .value=${description}
      ?readonly=${view.readOnly}
      save-state=${view.readOnly ? 'idle' : view.saveStatus}
      @sammen-input=${(event: CustomEvent<{ value: string }>) => view.setSituation({ description: event.detail.value })}
    ></sammen-textarea>
    <div id="privacy" class="privacy" part="privacy-warning">
      ${kinds.length ? html`<p>${icon('warning')} <span>${privacyWarning(kinds)}</span></p>` : nothing}
    </div>
  </div>`;
}
