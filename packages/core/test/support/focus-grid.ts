// A minimal widget built only from core's focus pieces: a 3-column grid of buttons with a roving
// tab stop, Escape, and a FocusKeeper whose fallback is the heading — to test them as a widget uses them.
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { FocusController, FocusKeeper, define } from '@sammen/core';

export class TestFocusGrid extends LitElement {
  /** The items shown, in reading order. */
  @property({ attribute: false }) items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  @state() active: string | undefined;
  escapes = 0;
  /** Commits of the note field: each is an update while focus travels on (as a form's fields do). */
  @state() notes = 0;
  readonly heading = createRef<HTMLElement>();

  readonly roving = new FocusController<string>(this, {
    items: () => this.items,
    active: () => this.active,
    activate: (id) => (this.active = id),
    layout: () => ({ kind: 'grid', columns: 3 }),
    onEscape: () => {
      this.escapes += 1;
    },
  });

  protected readonly keeper = new FocusKeeper(this, () => this.heading.value);

  override render() {
    return html`<h2 tabindex="-1" ${ref(this.heading)}>Grid</h2>
      <div role="group" aria-label="Letters" @keydown=${this.roving.onKeydown}>
        ${this.items.map((id) => html`<button tabindex=${this.roving.tabIndex(id)} ${ref(this.roving.ref(id))}>${id}</button>`)}
      </div>
      <input aria-label="Note" @change=${() => (this.notes += 1)} /><button>After</button>`;
  }
}
define('sammen-test-focus-grid', TestFocusGrid);
