// The situation: a short title and description, with the privacy guard under them. The warning
// is derived from the text on every render, so it can never disagree with what is written.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { icon, renderLengthCount } from '@sammen/core';
import { LIMITS } from '@sammen/sdk';
import { personalDataKinds, type PersonalDataKind } from './privacy-guard.js';
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

export function renderSituation(view: TriangleViewModel): TemplateResult {
  const { title, description } = view.session;
  const kinds = personalDataKinds(`${title}\n${description}`);
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
        maxlength=${LIMITS.label}
        aria-describedby="privacy title-count"
        @input=${(event: Event) => view.setSituation({ title: (event.target as HTMLInputElement).value })}
      />
    </label>
    ${renderLengthCount(title.length, LIMITS.label, 'title-count')}
    <sammen-textarea
      class="situation__description"
      label=${msg('Short description')}
      description=${msg('Use a pseudonym or initials, never a real name or number.')}
      rows="3"
      maxlength=${LIMITS.text}
      .value=${description}
      ?readonly=${view.readOnly}
      save-state=${view.readOnly ? 'idle' : view.saveStatus}
      location-type=${view.storeLocation.type}
      @sammen-input=${(event: CustomEvent<{ value: string }>) => view.setSituation({ description: event.detail.value })}
    ></sammen-textarea>
    <div id="privacy" class="privacy" role="status" part="privacy-warning">
      ${kinds.length
        ? html`<p>
            ${icon('warning')}
            <span
              >${msg('This looks like')} ${kinds.map(personalDataText).join(', ')}.
              ${msg('Consider a pseudonym or initials instead. The text is kept as you wrote it; you decide.')}</span
            >
          </p>`
        : nothing}
    </div>
  </div>`;
}
