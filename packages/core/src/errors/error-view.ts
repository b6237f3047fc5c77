import { html, css, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { SammenErrorDetail } from '../events.js';
import { issueMessage } from './issue-message.js';

/** How many located issues the inline view lists before it says "and N more". */
const MAX_LISTED_ISSUES = 8;

/**
 * The one inline error view every widget shows: `role="alert"`, a heading, the message and the
 * located issues (`path: message`), all rendered as text. Part: `error`.
 */
export function renderErrorView(detail: SammenErrorDetail, title: string = msg('Something went wrong')): TemplateResult {
  const issues = detail.issues ?? [];
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  return html`<div class="sammen-error" role="alert" part="error">
    <p class="sammen-error__title"><strong>${title}</strong></p>
    <p class="sammen-error__message">${detail.message}</p>
    ${listed.length > 0
      ? html`<ul class="sammen-error__issues">
          ${listed.map((issue) => html`<li><code>${issue.path || msg('(document)')}</code>: ${issueMessage(issue)}</li>`)}
          ${issues.length > listed.length
            ? html`<li>${msg(str`and ${issues.length - listed.length} more`)}</li>`
            : nothing}
        </ul>`
      : nothing}
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
