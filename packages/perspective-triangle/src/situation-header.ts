// The situation: a short title and description, with the privacy guard under them. The warning
// is derived from the text by the element after each typing pause (`view.personalData`), so it
// never lags behind what is written for long and never slows down typing.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingLevel, icon, renderLengthCount } from '@sammen/core';
import { LIMITS, type PersonalDataKind } from '@sammen/sdk';
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

/**
 * The privacy guard's warning as one string: sentences built whole by the translator (never
 * words glued across template whitespace, which a screen reader ran together as "ligneret"),
 * the kinds listed in the language's own way ("et CPR-nummer og en e-mailadresse").
 */
export function privacyWarning(kinds: readonly PersonalDataKind[], lang: string): string {
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(kinds.map(personalDataText));
  return `${msg(str`This looks like ${list}.`)} ${msg('Consider a pseudonym or initials instead. The text is kept as you wrote it; you decide.')}`;
}

export function renderSituation(view: TriangleViewModel): TemplateResult {
  const { title, description } = view.session;
  const kinds = view.personalData;
  if (view.readOnly) {
    return html`<div class="situation" part="situation">
      ${heading(headingLevel(view.headingLevel), title.trim() || msg('Untitled situation'), { class: 'situation__heading' })}
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
      @sammen-input=${(event: CustomEvent<{ value: string }>) => view.setSituation({ description: event.detail.value })}
    ></sammen-textarea>
    <div id="privacy" class="privacy" part="privacy-warning">
      ${kinds.length ? html`<p>${icon('warning')} <span>${privacyWarning(kinds, view.lang)}</span></p>` : nothing}
    </div>
  </div>`;
}
