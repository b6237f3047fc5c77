// The bar of a working session (a deck with a session id): progress, where it is saved, reset,
// exports, print. A module of its own, rendered through core's lazyTemplate: a deck shown without
// a session never downloads it (session-bar.ts).
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { ReflectionNotes } from '@sammen/sdk';
import { icon } from '@sammen/core';
import { progress } from './session-notes.js';
import type { DeckViewModel } from './view-model.js';

/** The styles of the session's bar (added to the deck's shadow root with the module). */
export const styles = css`
  .session__progress {
    display: grid;
    gap: var(--s-space-1);
    font-weight: 600;
  }
  progress {
    inline-size: 12rem;
    max-inline-size: 100%;
    accent-color: var(--s-color-primary);
  }
  .session__more {
    flex: 1 1 100%;
  }
  .session__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-1);
    padding-block: var(--s-space-2);
  }
`;

/** The session's bar, for a view with notes. */
export function renderNotesBar(view: DeckViewModel, notes: ReflectionNotes): TemplateResult {
  const { discussed, total } = progress(notes, view.entries.map((entry) => entry.card.id));
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
