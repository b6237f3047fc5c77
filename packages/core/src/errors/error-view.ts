import { html, css, nothing, type TemplateResult } from 'lit';
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
      return msg('The content could not be fetched. Check the internet connection and reload the page.');
    case 'storage-unavailable':
      return msg('This browser does not allow saving on this device, for example in a private window.');
    case 'storage-full':
      return msg('The storage on this device is full.');
    default:
      return msg('Reload the page to try again. If it keeps happening, please tell whoever looks after this website.');
  }
}

/**
 * The one inline error view every widget shows: `role="alert"`, a heading and one plain sentence
 * in the reader's language. The error code, the message and the located issues (`path: what`)
 * sit behind a "details for the web team" disclosure: daycare staff are not shown document paths.
 * All rendered as text. Parts: `error`, `error-details`.
 */
export function renderErrorView(detail: SammenErrorDetail, title: string = msg('Something went wrong')): TemplateResult {
  const issues = detail.issues ?? [];
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  return html`<div class="sammen-error" role="alert" part="error">
    <p class="sammen-error__title"><strong>${title}</strong></p>
    <p class="sammen-error__message">${errorSentence(detail.code)}</p>
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
    </details>
  </div>`;
}

/** Styles for {@link renderErrorView}; include them in a widget's `static styles`. */
export const errorViewStyles = css`
  .sammen-error {
    border: 2px solid var(--s-color-danger);
    border-inline-start-width: 6px;
    border-radius: var(--s-radius);
    padding: var(--s-space-3) var(--s-space-4);
    background: var(--s-color-danger-surface);
    color: var(--s-color-text);
    overflow-wrap: anywhere;
  }
  .sammen-error p {
    margin: 0 0 var(--s-space-2);
  }
  .sammen-error__details summary {
    cursor: pointer;
    inline-size: fit-content;
    padding-block: var(--s-space-1);
  }
  .sammen-error__details summary:focus-visible {
    outline: var(--s-focus-ring-width) solid var(--s-color-focus);
    outline-offset: var(--s-focus-ring-offset);
  }
  .sammen-error__details[open] summary {
    margin-block-end: var(--s-space-2);
  }
  .sammen-error__issues {
    margin: 0;
    padding-inline-start: var(--s-space-5);
  }
  .sammen-error code {
    font-family: var(--s-font-mono);
  }
  @media (forced-colors: active) {
    .sammen-error {
      border-color: CanvasText;
    }
  }
  /* Nothing moves in the error view; stated so a later animation is written with its opt-out. */
  @media (prefers-reduced-motion: reduce) {
    .sammen-error {
      transition: none;
    }
  }
`;
