// The network drawing's background (an ecomap's): rings by closeness round the child in the
// centre, lines between the sectors and the sectors' names. SVG only (the drawing is aria-hidden;
// the proxies and place-text.ts say where a person is). Part of the network mode (parts/network-mode.ts).
import { svg } from 'lit';
import type { Point } from '@sammen/core';
import { SECTORS } from './map-edits.js';
import { sectorName } from './texts.js';

/** The rings round the centre, the sectors' lines and the sectors' names. */
export function renderRings(centre: Point, radii: readonly number[]) {
  const outer = radii[radii.length - 1] ?? 0;
  return svg`<g class="rings">
    ${radii.map((r) => svg`<circle class="ring" cx=${centre.x} cy=${centre.y} r=${r}></circle>`)}
    ${SECTORS.map((_, index) => {
      const angle = (index / SECTORS.length) * Math.PI * 2 - Math.PI / 2;
      return svg`<line class="sector-line" x1=${centre.x} y1=${centre.y} x2=${centre.x + Math.cos(angle) * (outer + 30)} y2=${centre.y + Math.sin(angle) * (outer + 30)}></line>`;
    })}
    ${SECTORS.map((sector, index) => {
      const angle = ((index + 0.5) / SECTORS.length) * Math.PI * 2 - Math.PI / 2;
      // The names level with the centre: on a narrow drawing they run inward from their point
      // (text-anchor in the styles), so they stay inside the drawing's edge. A long name (Bokmål's
      // "Barnevern og sosialtjeneste") takes two lines.
      const x = centre.x + Math.cos(angle) * (outer + 28);
      // The names below the centre hang from their point, so they run outwards, clear of the ring.
      const side = Math.sin(angle) > 0.1 ? 'sector-label--south' : Math.sin(angle) < -0.1 ? '' : Math.cos(angle) > 0 ? 'sector-label--east' : 'sector-label--west';
      const lines = twoLines(sectorName(sector));
      return svg`<text class="sector-label ${side}" text-anchor="middle" x=${x} y=${centre.y + Math.sin(angle) * (outer + 28)}>${
        lines.length === 1 ? lines[0] : lines.map((line, at) => svg`<tspan x=${x} dy=${at > 0 ? '1.1em' : side === 'sector-label--south' ? '0' : '-0.5em'}>${line}</tspan>`)
      }</text>`;
    })}
  </g>`;
}

/** A name of more than 16 characters split at the space nearest its middle (one line when it has none). */
function twoLines(name: string): string[] {
  if (name.length <= 16) return [name];
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index);
  if (spaces.length === 0) return [name];
  const at = spaces.reduce((best, index) => (Math.abs(index - name.length / 2) < Math.abs(best - name.length / 2) ? index : best));
  return [name.slice(0, at), name.slice(at + 1)];
}
