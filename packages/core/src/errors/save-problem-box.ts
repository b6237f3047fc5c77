import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DocumentKind } from '@sammen/sdk';
import type { StoredDocumentController } from '../controllers/stored-document-controller.js';
import { icon } from '../ui/icons/icons.js';

/**
 * The plain sentence, in the page's language, for why saving or loading failed. The SDK's
 * technical message stays in the `sammen-error` event's detail.
 */
export function saveFailureText(failureCode: string | undefined, operation: string | undefined): string {
  switch (failureCode) {
    case 'storage-full':
      return msg('There is no more room on this device, so your text was not saved.');
    case 'storage-unavailable':
      return msg('This browser does not allow saving on this device (private window or blocked storage).');
    case 'network':
      return msg('The server could not be reached, so your text was not saved.');
    case 'invalid-id':
      return msg('This page names its document in a way that cannot be saved, so what you type here is not kept. Please tell the web team.');
    case 'invalid-document':
      return msg('Your text could not be saved: something in it is too long or not allowed.');
    default:
      if (operation === 'load-failed') return msg('Your saved work could not be read.');
      if (operation === 'delete-failed') return msg('It could not be deleted.');
      return msg('Saving failed.');
  }
}

const button = (label: string, action: () => unknown) => html`<sammen-button variant="secondary" @click=${() => void action()}>${label}</sammen-button>`;

/**
 * What every widget that saves shows when its work needs attention, from its
 * {@link StoredDocumentController}, each with a way out: a failed write (the text is kept;
 * "Try again"), a conflict with another window (which version to keep), a deletion elsewhere
 * with unsaved text on screen (save it again or discard it), and text replaced by another window
 * (restore it or keep the new one). `role="alert"`, part `save-problem`. Loaded by
 * `renderSaveProblem` (save-problem.ts) the first time a page has a problem to show.
 */
export function renderSaveProblemBox<K extends DocumentKind>(stored: StoredDocumentController<K>): TemplateResult | typeof nothing {
  const box = (text: string, ...actions: TemplateResult[]) => html`<div class="sammen-save-problem" role="alert" part="save-problem">
    <p>${icon('warning')} ${text}</p>
    ${actions}
  </div>`;
  switch (stored.status) {
    case 'failed':
      // A document id the page gives that no store accepts: retrying cannot help, the web team can.
      if (stored.failureCode === 'invalid-id') return box(saveFailureText(stored.failureCode, stored.error?.code));
      return box(
        `${saveFailureText(stored.failureCode, stored.error?.code)} ${
          stored.keptOnDevice
            ? msg('Your text is kept on this device until it is saved.')
            : stored.location.type === 'memory'
              ? msg('Your text is kept on this screen.')
              : msg('Your text is kept on this screen only: keep this page open.')
        }`,
        button(msg('Try again'), () => stored.retry()),
      );
    case 'conflict':
      return box(
        msg('Someone saved a newer version in another window. Choose which to keep.'),
        button(msg('Keep mine'), () => stored.keepMine()),
        button(msg('Use the other version'), () => stored.takeTheirs()),
      );
    case 'deleted':
      if (!stored.hasUnsavedChanges) return nothing;
      return box(
        msg('This was deleted elsewhere: in another window, or when all saved work was erased. Your unsaved text is still here.'),
        button(msg('Save my text as a new document'), () => stored.saveAsNew()),
        button(msg('Discard my text'), () => stored.discard()),
      );
    case 'replaced':
      return box(
        msg('Another window saved its version over your text.'),
        button(msg('Restore my text'), () => stored.restoreMine()),
        button(msg('Keep the new version'), () => stored.acceptReplacement()),
      );
    default:
      return nothing;
  }
}


/** The styles the box needs, adopted where it is rendered (lazy-template.ts). */
export { saveProblemStyles as styles } from './save-problem.styles.js';
