import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { SammenErrorDetail } from '../events.js';
import { issueMessage } from './issue-message.js';

/** How many located issues the inline view lists before it says "and N more". */
const MAX_LISTED_ISSUES = 8;

/**
 * What the error means for the person in front of the screen, by the error's `code`: one plain
 * sentence in the UI language, written at render time (so it follows a language switch), with
 * what they can do. Paths, codes and the technical message are for the web team (see below).
 */
export function errorSentence(code: string): string {
  switch (code) {
    case 'invalid-document':
      return msg('The content has mistakes, so it cannot be shown. Please tell whoever looks after this website.');
    case 'fetch-failed':
    case 'network':
      return msg('The content could not be fetched. Check the internet connection and reload the page. If it keeps happening, the file may be missing: please tell whoever looks after this website.');
    case 'storage-unavailable':
      return msg('This browser does not allow saving on this device, for example in a private window.');
    case 'storage-full':
      return msg('The storage on this device is full.');
    default:
      return msg('Reload the page to try again. If it keeps happening, please tell whoever looks after this website.');
  }
}

/**
 * Everything of the inline error view below its title (see `renderErrorView` in error-view.ts,
 * which loads this module the first time an error is shown): one plain sentence in the reader's
 * language, then the error code, the message and the located issues (`path: what`) behind a
 * "details for the web team" disclosure: daycare staff are not shown document paths. All
 * rendered as text.
 */
export function renderErrorDetails(detail: SammenErrorDetail): TemplateResult {
  const issues = detail.issues ?? [];
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  return html`<p class="sammen-error__message">${errorSentence(detail.code)}</p>
    <details class="sammen-error__details" part="error-details">
      <summary>${msg('Details for the web team')}</summary>
      <p>${msg('Error code:')} <code>${detail.code}</code></p>
      <p class="sammen-error__technical">${detail.message}</p>
      ${listed.length > 0
        ? html`<ul class="sammen-error__issues">
            ${listed.map((issue) => html`<li><code>${issue.path || msg('(document)')}</code>: ${issueMessage(issue)}</li>`)}
            ${issues.length > listed.length ? html`<li>${msg(str`and ${issues.length - listed.length} more`)}</li>` : nothing}
          </ul>`
        : nothing}
    </details>`;
}

/** The styles the details need, adopted where they are rendered (lazy-template.ts). */
export { errorViewStyles as styles } from './error-view.styles.js';
