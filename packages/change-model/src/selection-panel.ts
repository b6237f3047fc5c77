// The text panel beside the board. Its frame and heading are part of the viewer; what it lists
// for a selection (links, a link's rationale) is a lazy part (selection-details.ts), fetched the
// first time something is selected — until then the heading already names the selected item.
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from '@sammen/core';
import { resolveText } from '@sammen/sdk';
import type { LazyPart } from './lazy-part.js';
import type { ModelViewModel } from './view-model.js';

export interface PanelState {
  /** The item whose links are listed (the item selected, or the one a link was reached from). */
  origin: string | undefined;
  /** Where focus goes when the panel's heading is needed (FocusKeeper). */
  headingRef: (element?: Element) => void;
  /** The panel's contents for a selection, loaded on first use. */
  details: LazyPart<'selection'>;
}

export function renderSelectionPanel(vm: ModelViewModel, state: PanelState): TemplateResult {
  const level = vm.headingLevel + 1;
  const selection = vm.selection;
  const origin = state.origin && vm.index.placed.has(state.origin) ? state.origin : undefined;
  const name = !selection ? msg('Selected') : origin ? resolveText(vm.index.placed.get(origin)!.item.title, vm.lang) : msg('Selected link');
  return html`<aside class="panel" part="panel" aria-labelledby="panel-heading">
    ${heading(level, name, { id: 'panel-heading', class: 'panel__heading', tabindex: -1, ref: state.headingRef })}
    ${selection
      ? state.details.render(
          (details) => details.renderSelectionDetails(vm, origin),
          () => html`<p class="panel__hint" role="status">${msg('Loading the links…')}</p>`,
        )
      : html`<p class="panel__hint">${msg('Select an item to see what it leads to and follows from, and why.')}</p>`}
  </aside>`;
}
