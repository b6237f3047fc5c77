// The working session's bar: progress, where it is saved, save problems, reset, exports, print.
// With a session its code is a module of its own (session-notes-bar.ts), fetched beside the
// session's notes, which load lazily too; without one, only "Print cards".
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { icon, lazyTemplate } from '@sammen/core';
import type { DeckViewModel } from './view-model.js';

const loadNotesBar = () => import('./session-notes-bar.js');

/** The bar above overview and focus mode; without a session it offers only printing the cards. */
export function renderSessionBar(view: DeckViewModel): TemplateResult {
  const { notes } = view;
  if (!notes) {
    return html`<div class="session" part="session">
      <sammen-button variant="quiet" @click=${() => view.print('cards')}>${icon('print')} ${msg('Print cards')}</sammen-button>
    </div>`;
  }
  return html`${lazyTemplate(loadNotesBar, (module) => module.renderNotesBar(view, notes))}`;
}
