// The connectors as SVG over the board. The drawing is aria-hidden: every link is also a button
// in the selection panel, a "leads to" entry on its card and an entry in the outline (connectors
// are never the only way to read a link). A wide transparent stroke under each line is its
// pointer target (WCAG 2.5.8). The drawing sits at the board's origin; lanes above the cards
// (negative y) draw outside it (overflow: visible), so no style attribute is needed (a CSP
// without 'unsafe-inline' blocks those).
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { ConnectorPath } from './connector-layout.js';
import type { ModelViewModel } from './view-model.js';

export function renderConnectors(vm: ModelViewModel, paths: readonly ConnectorPath[], box: { x: number; y: number; width: number; height: number }): TemplateResult | typeof nothing {
  if (!paths.length) return nothing;
  const selectedLink = vm.selection?.kind === 'link' ? vm.selection.id : undefined;
  const links = new Map(vm.model.links.map((link) => [link.id, link]));
  return html`<svg
    class="connectors"
    part="connectors"
    aria-hidden="true"
    focusable="false"
    width=${Math.max(0, box.x + box.width)}
    height=${Math.max(0, box.y + box.height)}
    viewBox=${`0 0 ${Math.max(0, box.x + box.width)} ${Math.max(0, box.y + box.height)}`}
  >
    <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="connector__head"/></marker></defs>
    ${paths.map((path) => {
      const state = path.key === selectedLink ? 'selected' : vm.inSight ? (vm.inSight.has(path.key) ? 'in-sight' : 'dimmed') : '';
      const link = links.get(path.key);
      return svg`<g class=${`connector-group ${state ? `connector-group--${state}` : ''}`} data-link=${path.key}><path class="connector__hit" d=${path.d} @click=${() => link && vm.selectLink(link)}/><path class="connector" d=${path.d} marker-end="url(#arrow)"/></g>`;
    })}
  </svg>`;
}
