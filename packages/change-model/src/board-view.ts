// The detail and overview views: the columns in document order, each a section with its heading
// and a list of item cards, with the connectors drawn over them. Overview shows titles only, in
// larger type, for a projector. The board is one tab stop (roving tabindex on the item buttons).
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import { heading, shownText } from '@sammen/core';
import type { ModelViewModel } from './view-model.js';
import { renderItemCard } from './item-card.js';
import { renderConnectorsFrame } from './connectors-view.js';
import type { ConnectorLayoutController } from './connector-layout.js';
import { columnTitle } from './texts.js';

/**
 * A class that makes room above the cards for the lanes of links back to an earlier column
 * (feedback loops): the connector routing runs them 14 px above the cards, 6 px apart
 * (logic/connector-routing.ts). A class, not a style attribute: a strict CSP blocks those.
 */
function loopRoom(vm: ModelViewModel): string {
  const column = (id: string) => vm.index.placed.get(id)?.columnIndex ?? 0;
  const loops = vm.model.links.filter((link) => column(link.to) < column(link.from)).length;
  return loops === 0 ? '' : `board--loops-${Math.min(loops, 4)}`;
}

export function renderBoard(vm: ModelViewModel, layout: ConnectorLayoutController, connectorsShown: boolean): TemplateResult {
  const titlesOnly = vm.view === 'overview';
  // One click listener for every item's button (data-item), instead of one per card.
  const onClick = (event: Event) => {
    const id = (event.target as Element).closest?.('[data-item]')?.getAttribute('data-item');
    if (id) vm.selectItem(id);
  };
  return html`<div class="board ${titlesOnly ? 'board--overview' : ''} ${loopRoom(vm)}" part="board" ${ref(vm.boardRef)} @keydown=${vm.onBoardKeydown} @click=${onClick}>
    ${renderConnectorsFrame(connectorsShown, layout.svgRef)}
    ${vm.model.columns.map((column, columnIndex) => {
      const title = column.title ? shownText(column.title, vm.lang) : { text: columnTitle(column.kind), lang: undefined, dir: 'auto' as const };
      const ids = vm.index.columns[columnIndex]!.filter((id) => !vm.filtered || vm.filtered.has(id));
      return html`<section class="column column--${column.kind}" part="column" aria-labelledby=${`column-${columnIndex}`}>
        ${heading(vm.headingLevel + 1, html`<span lang=${title.lang ?? nothing} dir=${title.dir}>${title.text}</span>`, { id: `column-${columnIndex}`, class: 'column__title' })}
        ${ids.length
          ? html`<ol class="column__items">${ids.map((id) => renderItemCard(vm, vm.index.placed.get(id)!, titlesOnly))}</ol>`
          : html`<p class="column__empty">${vm.filtered ? msg('No items here with indicators at risk or in their chains.') : msg('No items yet.')}</p>`}
      </section>`;
    })}
  </div>`;
}
