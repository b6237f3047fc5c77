import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DocumentKind } from '@sammen/sdk';
import type { StoredDocumentController } from '../controllers/stored-document-controller.js';
import { icon } from '../ui/icons/icons.js';

/**
 * What every widget that saves shows when saving went wrong, from its
 * {@link StoredDocumentController}: a failed write (the text is kept; "Try again") or a conflict
 * with another window (the user chooses which version to keep). `role="alert"`, part `save-problem`.
 */
export function renderSaveProblem<K extends DocumentKind>(stored: StoredDocumentController<K>): TemplateResult | typeof nothing {
  if (stored.status === 'failed') {
    return html`<div class="sammen-save-problem" role="alert" part="save-problem">
      <p>${icon('warning')} ${stored.error?.message ?? msg('Saving failed.')} ${msg('Your text is kept on this screen.')}</p>
      <sammen-button variant="secondary" @click=${() => void stored.retry()}>${msg('Try again')}</sammen-button>
    </div>`;
  }
  if (stored.status === 'conflict') {
    return html`<div class="sammen-save-problem" role="alert" part="save-problem">
      <p>${icon('warning')} ${stored.error?.message}</p>
      <sammen-button variant="secondary" @click=${() => void stored.keepMine()}>${msg('Keep mine')}</sammen-button>
      <sammen-button variant="secondary" @click=${() => stored.takeTheirs()}>${msg('Use the other version')}</sammen-button>
    </div>`;
  }
  return nothing;
}

/** Styles for {@link renderSaveProblem}; part of `SammenElement.styles`. */
export const saveProblemStyles = css`
  .sammen-save-problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--s-space-2) var(--s-space-3);
    margin-block: var(--s-space-3);
    padding: var(--s-space-2) var(--s-space-3);
    border: 2px solid var(--s-color-danger);
    border-radius: var(--s-radius);
    background: var(--s-color-danger-surface);
    overflow-wrap: anywhere;
  }
  .sammen-save-problem p {
    display: flex;
    gap: var(--s-space-2);
    align-items: start;
    flex: 1 1 16rem;
    margin: 0;
  }
  @media (forced-colors: active) {
    .sammen-save-problem {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sammen-save-problem {
      transition: none;
    }
  }
`;
