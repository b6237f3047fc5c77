// The selection panel's contents, loaded the first time something is selected (lazy-part.ts):
// for a selected item, what it leads to and follows from, each link a button (the keyboard's
// "links level": ↑/↓ between them, Enter follows, Backspace back); for a selected link, its
// rationale, assumptions and evidence, and buttons to either end. The panel's frame and heading
// (selection-panel.ts) are drawn at once, so the selected item's name never waits for this module.
// With it come what only a selection (or the at-risk filter) needs: the line of sight that lights
// the selection's chain, the chains the filter keeps, and the keyboard's links level.
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { heading, shownText } from '@sammen/core';
import { selectionStyles } from './selection.styles.js';
import { resolveText, type ChangeModelLink, type LocalizedText } from '@sammen/sdk';
import { linkKey } from './model-index.js';
import type { ModelViewModel } from './view-model.js';
import { filterByIndicators } from './logic/indicator-filter.js';
import type { ChangeModel } from '@sammen/sdk';

export { lineOfSight } from './line-of-sight.js';
export { enterLinks, focusLink, onLinkKeydown } from './links-level.js';

const chains = new WeakMap<ChangeModel, ReadonlySet<string>>();

/** What the at-risk filter shows: the items with an indicator at risk and their chains (once per model). */
export function atRiskWithChains(model: ChangeModel): ReadonlySet<string> {
  let shown = chains.get(model);
  if (!shown) {
    const filter = filterByIndicators(model);
    shown = new Set([...filter.matches, ...filter.context]);
    chains.set(model, shown);
  }
  return shown;
}

const title = (vm: ModelViewModel, id: string) => resolveText(vm.index.placed.get(id)?.item.title, vm.lang);

function linkButton(vm: ModelViewModel, link: ChangeModelLink, origin: string, direction: 'out' | 'in'): TemplateResult {
  const key = linkKey(link);
  const other = direction === 'out' ? link.to : link.from;
  const selected = vm.selection?.kind === 'link' && vm.selection.id === key;
  const name = direction === 'out' ? msg(str`Leads to ${title(vm, other)}`) : msg(str`Follows from ${title(vm, other)}`);
  return html`<li><button
    type="button"
    class="link-button ${selected ? 'link-button--selected' : ''}"
    part="link"
    aria-pressed=${selected ? 'true' : 'false'}
    data-link=${key}
    ${ref(vm.linkRef(`${direction}:${key}`))}
    @click=${() => vm.selectLink(link, origin)}
    @keydown=${(event: KeyboardEvent) => vm.onLinkKeydown(event, link, origin)}
  >${name}</button></li>`;
}

const detail = (label: string, text: LocalizedText | undefined, lang: string) => {
  if (!text) return nothing;
  const shown = shownText(text, lang);
  return html`<div class="link-detail__row"><dt>${label}</dt><dd lang=${shown.lang ?? nothing} dir=${shown.dir}>${shown.text}</dd></div>`;
};

function renderLinkDetails(vm: ModelViewModel, link: ChangeModelLink): TemplateResult {
  const level = vm.headingLevel + 2;
  const hasText = link.rationale || link.assumptions || link.evidence;
  return html`<div class="link-detail" part="link-detail">
    ${heading(level, msg(str`From ${title(vm, link.from)} to ${title(vm, link.to)}`), { class: 'panel__subheading' })}
    ${hasText
      ? html`<dl>${detail(msg('Why we believe it'), link.rationale, vm.lang)}${detail(msg('Assumptions'), link.assumptions, vm.lang)}${detail(msg('Evidence'), link.evidence, vm.lang)}</dl>`
      : html`<p>${msg('No rationale written for this link yet.')}</p>`}
    <p class="link-detail__ends">
      <button type="button" class="text-button" @click=${() => vm.goTo(link.from)}>${msg(str`Go to ${title(vm, link.from)}`)}</button>
      <button type="button" class="text-button" @click=${() => vm.goTo(link.to)}>${msg(str`Go to ${title(vm, link.to)}`)}</button>
    </p>
  </div>`;
}

/** The lazy module's styles (adopted by the part's seam). */
export const styles = selectionStyles;

/** Below the panel's heading: the origin's links, the selected link's details, and "Clear selection". */
export function renderSelectionDetails(vm: ModelViewModel, origin: string | undefined): TemplateResult {
  const level = vm.headingLevel + 1;
  const selection = vm.selection!;
  const link = selection.kind === 'link' ? vm.index.links.get(selection.id) : undefined;
  const out = origin ? vm.index.outgoing(origin) : [];
  const into = origin ? vm.index.incoming(origin) : [];
  return html`${origin
      ? html`<div class="panel__links">
          ${heading(level + 1, msg('Leads to'), { class: 'panel__subheading' })}
          ${out.length ? html`<ul class="link-list">${out.map((l) => linkButton(vm, l, origin, 'out'))}</ul>` : html`<p>${msg('Nothing: this is where the chain ends.')}</p>`}
          ${heading(level + 1, msg('Follows from'), { class: 'panel__subheading' })}
          ${into.length ? html`<ul class="link-list">${into.map((l) => linkButton(vm, l, origin, 'in'))}</ul>` : html`<p>${msg('Nothing: this is where the chain starts.')}</p>`}
        </div>`
      : nothing}
    ${link ? renderLinkDetails(vm, link) : nothing}
    <p><button type="button" class="text-button" @click=${() => vm.clearSelection()}>${msg('Clear selection')}</button></p>`;
}
