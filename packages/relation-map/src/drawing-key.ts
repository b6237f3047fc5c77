// The key under the drawing: what a line's width, an arrow, a dash pattern and a ring mean, drawn
// with the drawing's strength, quality and ring classes (so the key cannot disagree with the
// drawing) and said in words. Its own base classes (key__line, key__circle), so nothing that counts
// the drawing's people and lines counts the key's samples. Only what the shown map can have: quality and services in a network map;
// the double ring and the few-close-adults ring when someone has one.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MapView } from './view-model.js';

/** A small drawing beside a key's words (decorative: the words say it). */
const sample = (content: TemplateResult) => html`<svg class="key__sample" aria-hidden="true" viewBox="0 0 40 20">${content}</svg>`;
const line = (classes: string, y = 10) => svg`<line class=${`key__line ${classes}`} x1="2" y1=${y} x2="38" y2=${y}></line>`;
const ring = (content: TemplateResult) => html`<svg class="key__sample" aria-hidden="true" viewBox="-20 -10 40 20">${content}</svg>`;

/** The key's items for the shown map. */
export function renderDrawingKey(view: MapView) {
  const network = view.map.mode === 'network';
  return html`<ul class="key" part="key" aria-label=${msg('Key to the drawing')}>
    <li>${sample(svg`${line('tie--s1', 4)}${line('tie--s2')}${line('tie--s3', 16)}`)}${msg('Thicker line: a stronger tie')}</li>
    <li>${sample(svg`${line('tie--s2')}<path class="arrow-head" d="M 30 5 L 39 10 L 30 15 z"></path>`)}${msg('Arrow: one way; no arrow: both ways')}</li>
    ${network
      ? html`<li>${sample(line('tie--s2 tie--mixed'))}${msg('Long dashes: a mixed tie')}</li>
          <li>${sample(line('tie--s2 tie--strained'))}${msg('Short dashes in red: a strained tie')}</li>
          <li>${ring(svg`<circle class="key__circle key__circle--service" r="8.5"></circle>`)}${msg('Dashed circle: a service')}</li>`
      : nothing}
    ${view.toInviteIn.size > 0
      ? html`<li class="invite-key" part="invite-key">${ring(svg`<circle class="key__circle" r="5"></circle><circle class="invite" r="9"></circle>`)}${msg(
          'A double ring: no one chose this child as a playmate in this round — a child to invite in.',
        )}</li>`
      : nothing}
    ${view.fewCloseAdults.size > 0
      ? html`<li class="flag-key">${ring(svg`<circle class="key__circle" r="5"></circle><circle class="flag" r="9"></circle>`)}${msg('A dashed ring: a child with few close adults')}</li>`
      : nothing}
  </ul>`;
}
