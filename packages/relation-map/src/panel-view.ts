// The analysis and compare-rounds panels (rm-logic's panels/ once merged) under the views.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { heading, headingLevel } from '@sammen/core';
import type { ScreenView } from './map-screen.js';

export function renderPanel(view: ScreenView) {
  const panel = view.element.panel;
  if (!panel) return nothing;
  return html`<section class="panel" part="panel" aria-labelledby="panel-heading">
    ${heading(headingLevel(view.headingLevel, 1), panel === 'analysis' ? msg('Analysis') : msg('Compare rounds'), { id: 'panel-heading' })}
  </section>`;
}
