// Registers the shared UI parts Sammen's widgets render as soon as they show (each widget's
// define module imports this). Parts only a rarely used feature needs are defined when it is
// first used, so a page that never needs them never downloads them: `sammen-dialog` by
// `sammen-confirm`'s first `ask()`. `sammen-status-badge` no widget renders (yet): hosts get it,
// with every other part, from '@sammen/core/define'. Each tag is defined only if the page does
// not have it yet (another copy of Sammen may have defined it).
import { define } from './define-element.js';
import { SammenButton } from './ui/button/button.js';
import { SammenIconButton } from './ui/icon-button/icon-button.js';
import { SammenTextarea } from './ui/textarea/textarea.js';
import { SammenSaveStatus } from './ui/save-status/save-status.js';
import { SammenConfirm } from './ui/dialog/confirm.js';
import { SammenEmptyState } from './ui/empty-state/empty-state.js';

define('sammen-button', SammenButton);
define('sammen-icon-button', SammenIconButton);
define('sammen-textarea', SammenTextarea);
define('sammen-save-status', SammenSaveStatus);
define('sammen-confirm', SammenConfirm);
define('sammen-empty-state', SammenEmptyState);
