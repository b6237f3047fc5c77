// Above the board: the one-sentence summary, the view switcher, the indicator filter, print
// options, the keyboard help and the status legend.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ChangeModelViewName } from './view-model.js';
import { renderLegend } from './indicators-view.js';

export type PaperSize = 'a4' | 'a3';

export interface ToolbarState {
  view: ChangeModelViewName;
  summary: string;
  filterOn: boolean;
  /** Whether any indicator is at risk (else the filter is not offered). */
  hasAtRisk: boolean;
  hasIndicators: boolean;
  paper: PaperSize;
  setView(view: ChangeModelViewName): void;
  setFilter(on: boolean): void;
  setPaper(paper: PaperSize): void;
  print(): void;
}

const VIEWS: readonly ChangeModelViewName[] = ['detail', 'overview', 'outline'];
const viewName = (view: ChangeModelViewName) => (view === 'detail' ? msg('Detail') : view === 'overview' ? msg('Overview') : msg('Outline'));

/** The keys of the board, as a disclosure (also the board's accessible description). */
export function renderKeyHelp(): TemplateResult {
  return html`<details class="key-help" part="key-help">
    <summary>${msg('Keyboard')}</summary>
    <ul id="key-help-list">
      <li>${msg('Arrow keys: move between items (up and down in a column, left and right to the nearest item of the next column).')}</li>
      <li>${msg('Enter: select the item and go to its links; on a link, Enter follows it.')}</li>
      <li>${msg('Space: select or unselect the item.')}</li>
      <li>${msg('Backspace: go back the way you came.')}</li>
      <li>${msg('Escape: clear the selection.')}</li>
      <li>${msg('Home and End: first and last item.')}</li>
    </ul>
  </details>`;
}

export function renderToolbar(state: ToolbarState): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <p class="summary" part="summary">${state.summary}</p>
    <div class="toolbar__row">
      <div class="views" role="group" aria-label=${msg('View')}>
        ${VIEWS.map(
          (view) => html`<button type="button" class="toggle" aria-pressed=${state.view === view ? 'true' : 'false'} @click=${() => state.setView(view)}>${viewName(view)}</button>`,
        )}
      </div>
      ${state.hasIndicators
        ? html`<label class="filter"><input type="checkbox" .checked=${state.filterOn} @change=${(event: Event) => state.setFilter((event.target as HTMLInputElement).checked)} />${msg(
            'Show only items with indicators at risk (and their chains)',
          )}</label>`
        : nothing}
      <div class="print-options">
        <label>${msg('Paper')}
          <select @change=${(event: Event) => state.setPaper((event.target as HTMLSelectElement).value as PaperSize)}>
            <option value="a4" ?selected=${state.paper === 'a4'}>A4</option>
            <option value="a3" ?selected=${state.paper === 'a3'}>A3</option>
          </select></label>
        <button type="button" class="toggle" @click=${() => state.print()}>${msg('Print')}</button>
      </div>
    </div>
    ${state.view !== 'outline' ? html`<div class="toolbar__row">${state.hasIndicators ? renderLegend() : nothing}${renderKeyHelp()}</div>` : nothing}
  </div>`;
}
