import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentKind } from '@sammen/sdk';
import type { StoredDocumentController } from '../controllers/stored-document-controller.js';
import { lazyTemplate } from '../directives/lazy-template.js';
import { withTranslations } from '../localization/localization.js';
import { saveProblemTranslations } from './part-messages.js';

// The box's code and its texts (a locale module of their own) are fetched together.
const loadBox = withTranslations(() => import('./save-problem-box.js'), saveProblemTranslations);

/**
 * What every widget that saves shows when its work needs attention, from its
 * {@link StoredDocumentController}, each with a way out: a failed write (the text is kept;
 * "Try again"), a conflict with another window (which version to keep), a deletion elsewhere
 * with unsaved text on screen (save it again or discard it), and text replaced by another window
 * (restore it or keep the new one). `role="alert"`, part `save-problem`.
 *
 * Nothing while all is well; the box's code and words (save-problem-box.ts, and its locale
 * module) are downloaded the first time a page has a problem to show, and the element's `updateComplete` waits for them.
 */
export function renderSaveProblem<K extends DocumentKind>(stored: StoredDocumentController<K>): TemplateResult | typeof nothing {
  const { status } = stored;
  if (status !== 'failed' && status !== 'conflict' && status !== 'replaced' && !(status === 'deleted' && stored.hasUnsavedChanges)) return nothing;
  return html`${lazyTemplate(loadBox, (module) => module.renderSaveProblemBox(stored))}`;
}
