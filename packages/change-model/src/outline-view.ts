// The outline view, column → item → "leads to …" / "follows from …" as nested lists with headings —
// the whole model, links and their rationales included, for browse mode and for print. A lazy
// part (lazy-part.ts): fetched the first time the outline view is shown.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading, shownText } from '@sammen/core';
import { resolveText, type ChangeModelLink } from '@sammen/sdk';
import type { ModelViewModel } from './view-model.js';
import { renderIndicators } from './indicators-view.js';
import { assumptionList, extrasOf } from './item-extras.js';
import { columnTitle } from './texts.js';

function linkEntry(vm: ModelViewModel, link: ChangeModelLink, other: string): TemplateResult {
  const why = link.rationale ? resolveText(link.rationale, vm.lang) : '';
  const assumptions = link.assumptions ? resolveText(link.assumptions, vm.lang) : '';
  const evidence = link.evidence ? resolveText(link.evidence, vm.lang) : '';
  return html`<li><span class="outline__link-title">${resolveText(vm.index.placed.get(other)?.item.title, vm.lang)}</span>${why ? html`: ${why}` : nothing}${
    assumptions ? html` <span class="outline__note">(${msg('Assumptions')}: ${assumptions})</span>` : nothing
  }${evidence ? html` <span class="outline__note">(${msg('Evidence')}: ${evidence})</span>` : nothing}</li>`;
}

function renderItem(vm: ModelViewModel, id: string): TemplateResult {
  const { item } = vm.index.placed.get(id)!;
  const title = shownText(item.title, vm.lang);
  const out = vm.index.outgoing(id);
  const into = vm.index.incoming(id);
  const extras = extrasOf(item);
  const texts = (label: string, list: readonly unknown[]) =>
    list.length ? html`<p class="outline__label">${label}</p><ul>${list.map((text) => html`<li>${resolveText(text as string, vm.lang)}</li>`)}</ul>` : nothing;
  return html`<li class="outline__item">${heading(vm.headingLevel + 2, html`<span lang=${title.lang ?? nothing} dir=${title.dir}>${title.text}</span>`)}${
    item.description ? html`<p>${resolveText(item.description, vm.lang)}</p>` : nothing
  }${item.bullets?.length ? html`<ul>${item.bullets.map((text) => html`<li>${resolveText(text, vm.lang)}</li>`)}</ul>` : nothing}${texts(msg('Aims'), extras.aims ?? [])}${
    extras.targetGroup ? html`<p>${msg('Target group')}: ${resolveText(extras.targetGroup, vm.lang)}</p>` : nothing
  }${texts(msg('Assumptions'), assumptionList(extras.assumptions))}${renderIndicators(item.indicators, vm.lang)}${
    out.length ? html`<p class="outline__label">${msg('Leads to')}</p><ul>${out.map((link) => linkEntry(vm, link, link.to))}</ul>` : nothing
  }${into.length ? html`<p class="outline__label">${msg('Follows from')}</p><ul>${into.map((link) => linkEntry(vm, link, link.from))}</ul>` : nothing}</li>`;
}

export function renderOutline(vm: ModelViewModel): TemplateResult {
  return html`<ol class="outline" part="outline">
    ${vm.model.columns.map((column, columnIndex) => {
      const title = column.title ? resolveText(column.title, vm.lang) : columnTitle(column.kind);
      const ids = vm.index.columns[columnIndex]!.filter((id) => !vm.filtered || vm.filtered.has(id));
      return html`<li class="outline__column">${heading(vm.headingLevel + 1, title)}${
        ids.length ? html`<ol>${ids.map((id) => renderItem(vm, id))}</ol>` : html`<p>${msg('No items yet.')}</p>`
      }</li>`;
    })}
  </ol>`;
}

/** The outline's styles (adopted by the part's seam when the module arrives). */
export const styles = css`
  .outline,
  .outline ol {
    padding-inline-start: var(--s-space-5);
  }
  .outline > li {
    margin-block-end: var(--s-space-4);
  }
  .outline__item {
    margin-block-end: var(--s-space-3);
  }
  .outline__label {
    margin-block: var(--s-space-2) 0;
    font-weight: 600;
  }
  .outline__note {
    color: var(--s-color-text-muted);
  }
  .outline .indicators__list {
    padding-inline-start: var(--s-space-5);
  }
  @media print {
    .outline {
      font-size: 10pt;
    }
    .outline__item {
      break-inside: avoid;
    }
  }
`;
