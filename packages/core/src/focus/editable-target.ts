// Whether a key press belongs to a form control rather than to a widget's shortcuts: a key typed
// into a text field, or an arrow in a select or slider, must never also flip a card (WCAG 2.1.4).

const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'slider', 'spinbutton', 'radiogroup', 'radio', 'menu', 'menuitem', 'option', 'grid', 'tree']);
// Every input is a control except the button-like ones, where a shortcut key does no harm.
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'image']);

/**
 * True when the event's real target (through shadow roots) is a form control that uses keys
 * itself: a text field, text area, select, editable text, or an element with such a role.
 */
export function isEditableTarget(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !BUTTON_INPUTS.has(target.type);
  return FIELD_ROLES.has(target.getAttribute('role') ?? '');
}
