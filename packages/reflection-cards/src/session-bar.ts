// The working session's bar: progress, where it is saved, save problems, reset, exports, print.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { icon } from '@sammen/core';
import { progress } from './session-notes.js';
import type { DeckViewModel } from './view-model.js';

/** The bar above overview and focus mode; without a session it offers only printing the cards. */
export function renderSessionBar(view: DeckViewModel): TemplateResult {
  if (!view.notes) {
    return html`<div class="session" part="session">
      <sammen-button variant="quiet" @click=${() => view.print('cards')}>${icon('print')} ${msg('Print cards')}</sammen-button>
    </div>`;
  }
  const { discussed, total } = progress(view.notes, view.entries.map((entry) => entry.card.id));
  return html`<div class="session" part="session">
      <div class="session__progress">
        <label for="progress">${msg(str`${discussed} of ${total} discussed`)}</label>
        <progress id="progress" max=${Math.max(total, 1)} .value=${discussed}></progress>
      </div>
      <sammen-save-status
        status=${view.saveStatus}
        location-type=${view.storeLocation.type}
        location-label=${ifDefined(view.storeLocation.label)}
      ></sammen-save-status>
      <details class="session__more s-disclosure">
        <summary>${msg('Export, print and start over')}</summary>
        <div class="session__actions">
        <sammen-button variant="quiet" @click=${() => view.copyMarkdown()}>${icon('copy')} ${msg('Copy notes')}</sammen-button>
        <sammen-button variant="quiet" @click=${() => view.download('md')}>${icon('download')} ${msg('Download as Markdown')}</sammen-button>
        <sammen-button variant="quiet" @click=${() => view.download('json')}>${icon('download')} ${msg('Download as JSON')}</sammen-button>
        <sammen-button variant="quiet" @click=${() => view.print('cards')}>${icon('print')} ${msg('Print cards')}</sammen-button>
        <sammen-button variant="quiet" @click=${() => view.print('notes')}>${icon('print')} ${msg('Print notes')}</sammen-button>
        <sammen-button variant="danger" @click=${() => view.resetSession()}>${icon('reset')} ${msg('Start over')}</sammen-button>
        </div>
      </details>
    </div>
    ${view.saveProblem}`;
}
