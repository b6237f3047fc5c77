// The analysis and compare-rounds panels (rm-logic's panels/) under the views. Compare picks two
// rounds with two selects (by default the one before the shown round, and the shown round).
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { headingLevel } from '@sammen/core';
import { renderAnalysisPanel, renderComparePanel, roundName } from './panels/index.js';
import type { ScreenView } from './map-screen.js';

export function renderPanel(view: ScreenView) {
  const host = view.element;
  const panel = host.panel;
  const options = { headingLevel: headingLevel(view.headingLevel, 1), presentation: view.presentation };
  if (panel === 'analysis') return html`<section class="panel" part="panel" aria-label=${msg('Analysis')}>${renderAnalysisPanel(view.map, view.round, options)}</section>`;
  if (panel !== 'compare' || view.map.rounds.length < 2) return nothing;
  const rounds = view.map.rounds;
  const at = rounds.indexOf(view.round);
  const after = view.round;
  const before = rounds.find((round) => round.id === host.compareWith) ?? rounds[at > 0 ? at - 1 : 1]!;
  return html`<section class="panel" part="panel" aria-label=${msg('Compare rounds')}>
    <label class="field compare-with">${msg('Compare the shown round with')}
      <select @change=${(event: Event) => (host.compareWith = (event.target as HTMLSelectElement).value)}>
        ${rounds.filter((round) => round !== after).map((round) => html`<option value=${round.id} ?selected=${round === before}>${roundName(round)}</option>`)}
      </select>
    </label>
    ${rounds.indexOf(before) < at ? renderComparePanel(view.map, before, after, options) : renderComparePanel(view.map, after, before, options)}
  </section>`;
}
