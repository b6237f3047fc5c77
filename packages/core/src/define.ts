// Registers every one of @sammen/core's shared UI parts (for hosts and stories; Sammen's widgets
// import './define-widget-parts' and define rarely used parts when needed). Each tag is
// defined only if the page does not have it yet (another copy of Sammen may have defined it).
import { define } from './define-element.js';
import { SammenButton } from './ui/button/button.js';
import { SammenIconButton } from './ui/icon-button/icon-button.js';
import { SammenTextarea } from './ui/textarea/textarea.js';
import { SammenSaveStatus } from './ui/save-status/save-status.js';
import { SammenDialog } from './ui/dialog/dialog.js';
import { SammenConfirm } from './ui/dialog/confirm.js';
import { SammenStatusBadge } from './ui/status-badge/status-badge.js';
import { SammenEmptyState } from './ui/empty-state/empty-state.js';

define('sammen-button', SammenButton);
define('sammen-icon-button', SammenIconButton);
define('sammen-textarea', SammenTextarea);
define('sammen-save-status', SammenSaveStatus);
define('sammen-dialog', SammenDialog);
define('sammen-confirm', SammenConfirm);
define('sammen-status-badge', SammenStatusBadge);
define('sammen-empty-state', SammenEmptyState);
