// Registers the shared UI parts Sammen's widgets render as soon as they show (each widget's
// define module imports this). Parts no widget's first view shows are defined the first time a
// widget renders one (`defineOnFirstRender`), so a page that never shows them never downloads
// them: `sammen-textarea` (an open card's notes, a situation's fields), `sammen-icon-button`
// (second views, lists), `sammen-save-status` (a stored document). `sammen-confirm` is defined
// when a widget first asks it (`askToConfirm`), and `sammen-dialog` with it. No widget renders
// `sammen-status-badge` (yet): hosts get it, with every other part, from '@sammen/core/define'. Each tag is defined only if the page does
// not have it yet (another copy of Sammen may have defined it).
import { define } from './define-element.js';
import { defineOnFirstRender } from './lazy-definition.js';
import { SammenButton } from './ui/button/button.js';
import { SammenEmptyState } from './ui/empty-state/empty-state.js';

define('sammen-button', SammenButton);
define('sammen-empty-state', SammenEmptyState);
defineOnFirstRender('sammen-textarea', async () => (await import('./ui/textarea/textarea.js')).SammenTextarea);
defineOnFirstRender('sammen-icon-button', async () => (await import('./ui/icon-button/icon-button.js')).SammenIconButton);
defineOnFirstRender('sammen-save-status', async () => (await import('./ui/save-status/save-status.js')).SammenSaveStatus);
