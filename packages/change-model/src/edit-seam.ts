// The seam for edit mode (`editable`): the element renders what these return above the board
// and below it. Edit mode itself (tools, forms, undo/redo, compare) lives in edit/ and compare/.
import { nothing } from 'lit';
import type { EditMode } from './edit/edit-mode.js';

/** The edit tools above the board (nothing while not editable). */
export function renderEditTools(editMode: EditMode | undefined): unknown {
  return editMode ? editMode.renderTools() : nothing;
}

/** The editor's columns and the open item's form, below the board (nothing while not editable). */
export function renderEditPanel(editMode: EditMode | undefined): unknown {
  return editMode ? editMode.renderPanel() : nothing;
}
