// A minimal widget that saves notes through StoredDocumentController and shows its state the way
// the real widgets do (save status + save-problem view), to test the controller as a person sees it.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { MemoryStore, createReflectionNotes, type ReflectionNotes, type Store } from '@sammen/sdk';
import { SammenElement, StoredDocumentController, define, renderSaveProblem } from '@sammen/core';
import '@sammen/core/define';
import { deepText, settle, squash } from '../../test-suites/test-support.js';

export class NotesHost extends SammenElement {
  @property() docId?: string;
  store: Store = new MemoryStore();
  readonly notes = new StoredDocumentController(this, {
    kind: 'reflection-notes',
    id: () => this.docId,
    store: () => this.store,
    create: (id) => createReflectionNotes({ id, deckId: 'deck' }),
    delay: 20,
  });

  type(text: string): void {
    this.notes.update((doc: ReflectionNotes) => ({ ...doc, cards: { c1: { discussed: false, notes: { q1: text } } } }));
  }

  /** The note as shown on screen. */
  get shownNote(): string {
    return this.notes.doc?.cards.c1?.notes.q1 ?? '';
  }

  override render() {
    const { type, label } = this.notes.location;
    return html`<sammen-save-status status=${this.notes.status} location-type=${type} location-label=${label ?? ''}></sammen-save-status>
      ${renderSaveProblem(this.notes)}
      <p class="note">${this.shownNote}</p>`;
  }
}
define('sammen-notes-host', NotesHost);

/** Everything a person could read in the host. */
export async function visibleText(host: NotesHost): Promise<string> {
  await settle(host);
  return squash(deepText(host.shadowRoot!));
}

/** Clicks a button of the host's save-problem view by its visible text. */
export async function press(host: NotesHost, label: string): Promise<void> {
  await settle(host);
  const button = [...host.shadowRoot!.querySelectorAll('sammen-button')].find((node) => squash(deepText(node)) === label);
  if (!button) throw new Error(`No button “${label}” in: ${await visibleText(host)}`);
  (button.shadowRoot?.querySelector('button') ?? (button as HTMLElement)).click();
  await settle(host);
}
