// The connectors as SVG over the board. The drawing is aria-hidden: every link is also a button
// in the selection panel, a "leads to" entry on its card and an entry in the outline (connectors
// are never the only way to read a link). A wide transparent stroke under each line is its
// pointer target (WCAG 2.5.8). The drawing sits at the board's origin; lanes above the cards
// (negative y) draw outside it (overflow: visible), so no style attribute is needed (a CSP
// without 'unsafe-inline' blocks those). The board renders the empty <svg> once; the connector
// layout draws the paths into it (connectorPaths), so drawing them never renders the cards again.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ConnectorPath } from './connector-layout.js';
import type { ModelViewModel } from './view-model.js';

/** The board's empty drawing, or nothing where connectors give way to lists. */
export function renderConnectorsFrame(shown: boolean, svgRef: (element?: Element) => void): TemplateResult | typeof nothing {
  return shown ? html`<svg class="connectors" part="connectors" aria-hidden="true" focusable="false" width="0" height="0" ${ref(svgRef)}></svg>` : nothing;
}

/** The drawing's content: the arrow head and one group (hit area + line) per path, highlighted by the selection. */
export function connectorPaths(vm: ModelViewModel | undefined, paths: readonly ConnectorPath[]): TemplateResult {
  const selectedLink = vm?.selection?.kind === 'link' ? vm.selection.id : undefined;
  const inSight = vm?.inSight;
  const links = vm?.index.links;
  return svg`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="connector__head"/></marker></defs>${paths.map((path) => {
    const state = path.key === selectedLink ? 'selected' : inSight ? (inSight.has(path.key) ? 'in-sight' : 'dimmed') : '';
    const link = links?.get(path.key);
    return svg`<g class=${state ? `connector-group connector-group--${state}` : 'connector-group'} data-link=${path.key}><path class="connector__hit" d=${path.d} @click=${() => link && vm?.selectLink(link)}/><path class="connector" d=${path.d} marker-end="url(#arrow)"/></g>`;
  })}`;
}
