import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key press asks of the history. */
export type UndoCommand = 'undo' | 'redo';

/** The parts of a keyboard event that decide the command (a plain object in tests). */
export interface UndoKeys {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The command a key combination means: Ctrl+Z / ⌘Z undo; Ctrl+Shift+Z / ⌘⇧Z and Ctrl+Y redo.
 * Alt must be up: AltGr is Ctrl+Alt on Windows and types characters on many layouts. ⌘Y is not
 * redo on macOS (it opens the history in Safari), so only Ctrl+Y is. On a layout whose Z key types
 * another letter, the physical key (`code`) decides, as the platform's own shortcuts do.
 */
export function undoCommandOf(keys: UndoKeys): UndoCommand | undefined {
  if (keys.altKey || keys.ctrlKey === keys.metaKey) return undefined;
  const letter = /^[a-z]$/i.test(keys.key) ? keys.key.toLowerCase() : keys.code === 'KeyZ' ? 'z' : keys.code === 'KeyY' ? 'y' : '';
  if (letter === 'z') return keys.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && keys.ctrlKey && !keys.shiftKey) return 'redo';
  return undefined;
}

// Input types whose text the browser edits, and so undoes, itself.
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/**
 * True when `target` keeps its own undo: a text field, text area or editable text. There Ctrl+Z
 * must stay the browser's — it undoes the last few letters typed, which is what a person in a
 * field expects, and a model-wide undo there would take the whole field's edit back while the
 * field still holds the text (and its native undo would then put it back on the next press).
 * Selects, checkboxes, radios and buttons have no undo of their own: there the shortcut undoes
 * the model's last edit, so changing an indicator's status and pressing Ctrl+Z takes it back.
 */
export function hasNativeUndo(target: EventTarget | undefined | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** Options of {@link UndoShortcutsController}. */
export interface UndoShortcutsOptions {
  /** Called for Ctrl+Z / ⌘Z. */
  undo: () => void;
  /** Called for Ctrl+Shift+Z / ⌘⇧Z / Ctrl+Y. */
  redo: () => void;
  /** False while the shortcuts should do nothing (not editing, a dialog is open); default true. */
  enabled?: () => boolean;
}

/**
 * Undo and redo from the keyboard while focus is inside the host (never page-wide: the page and
 * other widgets keep their own Ctrl+Z). Key presses in a text field are left to the browser's
 * own undo (see {@link hasNativeUndo}); after leaving the field with Tab or Escape, Ctrl+Z undoes
 * the field's whole edit — one step, when the widget pushes it with a coalescing key.
 */
export class UndoShortcutsController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UndoShortcutsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const command = undoCommandOf(event);
    if (!command || hasNativeUndo(event.composedPath()[0]) || this.options.enabled?.() === false) return;
    // The browser's own Ctrl+Z would otherwise undo in whatever text field was edited last.
    event.preventDefault();
    if (command === 'undo') this.options.undo();
    else this.options.redo();
  };
}
