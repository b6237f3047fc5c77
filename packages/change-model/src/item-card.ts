// One item as a card: its title is the board's focusable control (a button inside the item's
// heading, roving tab stop), then description, bullets, aims, target group, assumptions,
// indicators, and — when the columns stack and the connectors give way — the "leads to / follows
// from" lists. Beside connectors the cards hold no such lists (on a 100-item board they were a
// third of all elements and most of the first render's layout): the title button's description
// says how many, and the selection panel and the outline name every link.
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import { heading, shownText } from '@sammen/core';
import { resolveText, type LocalizedText } from '@sammen/sdk';
import type { PlacedItem } from './model-index.js';
import type { ModelViewModel } from './view-model.js';
import { renderIndicators } from './indicators-view.js';
import { assumptionList, extrasOf } from './item-extras.js';
import { followsFromText, leadsToText } from './texts.js';
import { renderItemMark } from './item-mark.js';

const list = (label: string, texts: readonly LocalizedText[], lang: string, className: string) =>
  texts.length
    ? html`<div class=${className}>${label ? html`<p class="card__label">${label}</p>` : nothing}<ul>${texts.map((text) => html`<li>${resolveText(text, lang)}</li>`)}</ul></div>`
    : nothing;

/** "Leads to: A, B. Follows from: C." as lists of the linked items' titles. */
export function renderLinkLists(vm: ModelViewModel, id: string): TemplateResult {
  const title = (other: string) => resolveText(vm.index.placed.get(other)?.item.title, vm.lang);
  const out = vm.index.outgoing(id);
  const into = vm.index.incoming(id);
  return html`<div class="card__links">${out.length ? html`<p class="card__label">${msg('Leads to')}</p><ul>${out.map((link) => html`<li>${title(link.to)}</li>`)}</ul>` : nothing}${
    into.length ? html`<p class="card__label">${msg('Follows from')}</p><ul>${into.map((link) => html`<li>${title(link.from)}</li>`)}</ul>` : nothing
  }</div>`;
}

/** What a screen reader hears after the item's name: "Leads to 3 short-term results." */
export function linkSummary(vm: ModelViewModel, id: string): string {
  const kindOf = (other: string) => vm.index.placed.get(other)!.column.kind;
  return [leadsToText(vm.index.outgoing(id).map((link) => kindOf(link.to))), followsFromText(vm.index.incoming(id).map((link) => kindOf(link.from)))]
    .filter(Boolean)
    .join(' ');
}

export function renderItemCard(vm: ModelViewModel, placed: PlacedItem, titlesOnly: boolean): TemplateResult {
  const { item } = placed;
  const id = item.id;
  const title = shownText(item.title, vm.lang);
  const selected = vm.selection?.kind === 'item' && vm.selection.id === id;
  const extras = extrasOf(item);
  // One class string (no directive) and no listener per card: the board handles clicks on items.
  const inSight = vm.inSight?.has(id);
  const classes = `card${selected ? ' card--selected' : ''}${vm.inSight && !inSight ? ' card--dimmed' : ''}${inSight && !selected ? ' card--in-sight' : ''}${
    vm.filtered && vm.atRisk.has(id) ? ' card--at-risk' : ''
  }${vm.marks?.has(id) ? ' card--marked' : ''}`;
  const button = html`<button
    type="button"
    class="card__button"
    part="item"
    tabindex=${id === vm.activeItem ? 0 : -1}
    aria-pressed=${selected ? 'true' : 'false'}
    aria-describedby=${`links-${id}`}
    lang=${title.lang ?? nothing}
    dir=${title.dir}
    data-item=${id}
    ${ref(vm.itemRef(id))}
  >${title.text}</button>`;
  const description = item.description ? shownText(item.description, vm.lang) : undefined;
  return html`<li class=${classes} data-card=${id}>${heading(vm.headingLevel + 2, button, { class: 'card__title' })}${vm.renderPort?.(id) ?? nothing}<span id=${`links-${id}`} class="visually-hidden">${linkSummary(vm, id)}</span>${renderItemMark(vm.marks?.get(id))}${
    titlesOnly
      ? nothing
      : html`${description ? html`<p class="card__description" lang=${description.lang ?? nothing} dir=${description.dir}>${description.text}</p>` : nothing}${list(
          '',
          item.bullets ?? [],
          vm.lang,
          'card__bullets',
        )}${list(msg('Aims'), extras.aims ?? [], vm.lang, 'card__aims')}${
          extras.targetGroup ? html`<p class="card__target-group"><span class="card__label">${msg('Target group')}</span> ${resolveText(extras.targetGroup, vm.lang)}</p>` : nothing
        }${list(msg('Assumptions'), assumptionList(extras.assumptions), vm.lang, 'card__assumptions')}${renderIndicators(item.indicators, vm.lang)}${vm.linkLists ? renderLinkLists(vm, id) : nothing}`
  }</li>`;
}
