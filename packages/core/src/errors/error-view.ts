import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { SammenErrorDetail } from '../events.js';
import { lazyTemplate } from '../directives/lazy-template.js';
import { withTranslations } from '../localization/localization.js';
import { errorTranslations } from './part-messages.js';

// The details' code and their texts (a locale module of their own) are fetched together.
const loadDetails = withTranslations(() => import('./error-details.js'), errorTranslations);

/**
 * The one inline error view every widget shows: `role="alert"`, a heading and one plain sentence
 * in the reader's language. The error code, the message and the located issues (`path: what`)
 * sit behind a "details for the web team" disclosure: daycare staff are not shown document paths.
 * All rendered as text. Parts: `error`, `error-details`.
 *
 * Only the box and its title are in this module: the rest (error-details.ts, with every issue's
 * sentence, and those sentences in the page's language) is downloaded the first time a page
 * shows an error, and the element's `updateComplete` waits for it (lazy-template.ts).
 */
export function renderErrorView(detail: SammenErrorDetail, title: string = msg('Something went wrong')): TemplateResult {
  return html`<div class="sammen-error" role="alert" part="error">
    <p class="sammen-error__title"><strong>${title}</strong></p>
    ${lazyTemplate(loadDetails, (module) => module.renderErrorDetails(detail))}
  </div>`;
}
