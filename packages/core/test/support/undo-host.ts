// A minimal editor built only from core's undo pieces: a counter, a name field that pushes one
// coalesced step per field, a select and a button — to test the shortcuts as a widget uses them.
import { html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { createUndoHistory, pushState, undo, redo, breakCoalescing, UndoShortcutsController, define } from '@sammen/core';

interface Doc {
  count: number;
  name: string;
  status: string;
}

export class TestUndoHost extends LitElement {
  @state() history = createUndoHistory<Doc>({ count: 0, name: '', status: 'on-track' });

  protected readonly shortcuts = new UndoShortcutsController(this, {
    undo: () => (this.history = undo(this.history)),
    redo: () => (this.history = redo(this.history)),
  });

  private edit(change: Partial<Doc>, coalesce?: string) {
    this.history = pushState(this.history, { ...this.history.present, ...change }, coalesce ? { coalesce } : {});
  }

  override render() {
    const doc = this.history.present;
    return html`<output>${doc.count}</output>
      <button @click=${() => this.edit({ count: doc.count + 1 })}>Add</button>
      <label>Name <input .value=${doc.name} @input=${(e: Event) => this.edit({ name: (e.target as HTMLInputElement).value }, 'name')} @blur=${() => (this.history = breakCoalescing(this.history))} /></label>
      <label
        >Status
        <select .value=${doc.status} @change=${(e: Event) => this.edit({ status: (e.target as HTMLSelectElement).value })}>
          <option value="on-track">On track</option>
          <option value="at-risk">At risk</option>
        </select></label
      >`;
  }
}
define('sammen-test-undo-host', TestUndoHost);
