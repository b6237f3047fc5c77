// The drawing: an SVG (aria-hidden: it says nothing a screen reader could use) with an HTML layer
// of proxy buttons over it, one per person, in the same shadow root (the Highcharts/Oracle JET
// pattern, graph-a11y.md §0.1). The buttons are the hit targets (≥ 24 px), the focus stops and what
// a screen reader hears; the SVG is only what the eye sees. Positions are in the drawing's own
// units; zoom and pan are one transform on the SVG group and three custom properties on the layer,
// so the zoom/pan and drag controllers can change them without a render. Positions are set through
// the CSSOM (core's `cssProperties`), never a `style` attribute: a host's CSP without 'unsafe-inline' in
// style-src blocks style attributes (test/hostile-host.node.test.ts).
import { html, nothing, svg } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { cssProperties } from '@sammen/core';
import type { Tie } from '@sammen/sdk';
import { initialsOf } from './panels/names.js';
import { tieKey, type MapView } from './view-model.js';
import { NODE_RADIUS, tieEnds } from './drawing-geometry.js';
import { renderDrawingKey } from './drawing-key.js';
import { tieCountText } from './place-text.js';

/**
 * The classes of a tie's line: its strength (width), its quality (solid, or a dash pattern: never
 * colour alone) and whether it is highlighted. The direction is the arrow head, not a class. Every
 * class here has a rule in drawing.styles.ts (test/map-drawing-styles.test.ts): a `.tie--negative`
 * rule once styled a quality no tie has, and strained ties were drawn as good ones (issue 16).
 */
export function tieClasses(tie: Pick<Tie, 'strength' | 'quality'>, highlighted: boolean): string {
  return `tie tie--s${tie.strength} tie--${tie.quality ?? 'positive'}${highlighted ? ' tie--highlighted' : ''}`;
}

function tieLine(view: MapView, tie: Tie) {
  const a = view.positions.get(tie.from);
  const b = view.positions.get(tie.to);
  if (!a || !b) return nothing;
  const { x1, y1, x2, y2 } = tieEnds(a, b);
  return svg`<line class=${tieClasses(tie, view.highlighted === tieKey(tie))} data-from=${tie.from} data-to=${tie.to}
    x1=${x1} y1=${y1} x2=${x2} y2=${y2}
    marker-end=${tie.direction === 'one-way' ? 'url(#arrow)' : nothing}></line>`;
}

/** The SVG alone (also what "Export the drawing as SVG" writes). */
export function renderSvg(view: MapView) {
  const { k, x, y } = view.zoom;
  return html`<svg class="drawing__svg" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" part="drawing-svg">
    <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path class="arrow-head" d="M 0 0 L 10 5 L 0 10 z"></path>
      </marker>
    </defs>
    <g class="world" transform="translate(${x} ${y}) scale(${k})">
      ${view.rings}
      <g class="ties">${view.ties.map((tie) => tieLine(view, tie))}</g>
      <g class="people">
        ${view.people.map((person) => {
          const at = view.positions.get(person.id);
          if (!at) return nothing;
          const flagged = view.fewCloseAdults.has(person.id);
          const invite = view.toInviteIn.has(person.id);
          return svg`<g class="node node--${person.kind} ${view.active === person.id ? 'node--active' : ''} ${flagged ? 'node--flagged' : ''} ${invite ? 'node--invite' : ''}" data-person=${person.id} transform="translate(${at.x} ${at.y})">
            <g class="node__body">
              ${invite ? svg`<circle class="invite" r=${NODE_RADIUS + (flagged ? 11 : 5)}></circle>` : nothing}
              ${flagged ? svg`<circle class="flag" r=${NODE_RADIUS + 6}></circle>` : nothing}
              <circle class="node__circle" r=${NODE_RADIUS}></circle>
              <text class="node__symbol" translate="no" text-anchor="middle" dy="0.35em">${person.symbol ?? [...initialsOf(person)].slice(0, 3).join('')}</text>
              <text class="node__label" translate="no" text-anchor="middle" y=${NODE_RADIUS + (invite ? 19 : 14)}>${view.nameOf(person.id)}</text>
            </g>
          </g>`;
        })}
      </g>
    </g>
  </svg>`;
}

/** The drawing with its proxy layer and the visible keyboard hint. */
export function renderDrawing(view: MapView) {
  const { k, x, y } = view.zoom;
  const focus = view.people$focus;
  const count = view.people.length;
  return html`<div class="drawing ${view.dragMode === 'connect' ? 'drawing--connect' : ''}" part="drawing"
      ${cssProperties({ '--k': k, '--tx': `${x}px`, '--ty': `${y}px` })} ${ref(view.drawingRef)}
      @pointerdown=${view.onPointerDown} @wheel=${view.onWheel}>
      ${renderSvg(view)}
      <div class="proxies" role="group" aria-label=${msg(str`Drawing of the map: ${count} people`)} @keydown=${view.onDrawingKeydown}>
        ${view.people.map((person) => {
          const at = view.positions.get(person.id);
          if (!at) return nothing;
          const ties = view.ties.filter((tie) => tie.from === person.id || tie.to === person.id).length;
          const flagged = view.fewCloseAdults.has(person.id);
          return html`<button type="button" class="proxy" part="person" data-person=${person.id}
            ${cssProperties({ '--x': at.x, '--y': at.y })} tabindex=${focus.tabIndex(person.id)} ${ref(focus.ref(person.id))}
            aria-describedby="drawing-hint" aria-expanded=${view.opened === person.id ? 'true' : 'false'}
            @click=${() => view.openPerson(person.id)}
          ><span class="visually-hidden">${view.nameOf(person.id)}, ${view.kindText(person)}, ${tieCountText(ties)}${flagged ? html`, ${msg('few close adults')}` : nothing}${
            view.toInviteIn.has(person.id) ? html`, ${msg('no one chose them in this round')}` : nothing
          }</span></button>`;
        })}
      </div>
    </div>
    ${renderDrawingKey(view)}
    <p class="hint" id="drawing-hint" part="hint">
      ${view.map.mode === 'network'
        ? msg('Arrow keys: ← → round the circle, ↑ ↓ between rings, Home the child. Enter: the person’s ties. M: move the person with the arrows. + − 0: zoom, Shift+arrows: pan.')
        : msg('Arrow keys: the nearest person that way. Enter: the person’s ties. M: move the person with the arrows. + − 0: zoom, Shift+arrows: pan.')}
    </p>`;
}
