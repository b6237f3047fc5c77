// The seam for edit mode (`editable`): the element renders what these return above and beside
// the board. View-only today; edit mode (tools, forms, undo/redo, compare) fills them in its own
// modules.
import { nothing } from 'lit';
import type { ModelViewModel } from './view-model.js';

/** The edit toolbar above the board (nothing while not editable). */
export function renderEditTools(_vm: ModelViewModel, _editable: boolean): unknown {
  return nothing;
}

/** The edit panel for the selection, after the selection panel (nothing while not editable). */
export function renderEditPanel(_vm: ModelViewModel, _editable: boolean): unknown {
  return nothing;
}
