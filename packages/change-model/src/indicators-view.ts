// Indicators: name, data source, baseline → target, current value and status — the status as
// text, shape and colour (WCAG 1.4.1: never colour alone), with one legend for the shapes.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { resolveText, type Indicator } from '@sammen/sdk';
import { statusText, type IndicatorStatus } from './texts.js';

export const STATUSES: readonly IndicatorStatus[] = ['on-track', 'at-risk', 'off-track', 'no-data'];

/** A distinct shape per status: circle, triangle, square (a cross in it), dashed ring. */
export function statusShape(status: IndicatorStatus): TemplateResult {
  const shape =
    status === 'on-track'
      ? svg`<circle cx="8" cy="8" r="6"/>`
      : status === 'at-risk'
        ? svg`<path d="M8 1.5 15 14.5H1z"/>`
        : status === 'off-track'
          ? svg`<rect x="2" y="2" width="12" height="12"/><path class="mark" d="M5 5l6 6M11 5l-6 6"/>`
          : svg`<circle class="hollow" cx="8" cy="8" r="5.5"/>`;
  return html`<svg class="status-shape status-shape--${status}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/** The status as shape + text, e.g. ▲ "At risk". */
export const renderStatus = (status: IndicatorStatus) =>
  html`<span class="status status--${status}">${statusShape(status)}<span class="status__text">${statusText(status)}</span></span>`;

function renderIndicator(indicator: Indicator, lang: string): TemplateResult {
  const source = indicator.dataSource ? resolveText(indicator.dataSource, lang) : '';
  const range = indicator.baseline || indicator.target ? `${indicator.baseline ?? '–'} → ${indicator.target ?? '–'}` : '';
  return html`<li class="indicator indicator--${indicator.status}" part="indicator"><span class="indicator__name">${resolveText(indicator.name, lang)}</span>${renderStatus(indicator.status)}<dl class="indicator__facts">${
    source ? html`<div><dt>${msg('Data source')}</dt><dd>${source}</dd></div>` : nothing
  }${range ? html`<div><dt>${msg('Baseline → target')}</dt><dd>${range}</dd></div>` : nothing}${
    indicator.current ? html`<div><dt>${msg('Now')}</dt><dd>${indicator.current}</dd></div>` : nothing
  }</dl></li>`;
}

/** An item's indicators as a list (nothing when it has none). */
export function renderIndicators(indicators: readonly Indicator[] | undefined, lang: string): TemplateResult | typeof nothing {
  if (!indicators?.length) return nothing;
  return html`<div class="indicators"><p class="card__label">${msg('Indicators')}</p><ul class="indicators__list">${indicators.map((indicator) => renderIndicator(indicator, lang))}</ul></div>`;
}

/** The legend of the status shapes, shown once above the board. */
export function renderLegend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('Indicator status')}>${STATUSES.map((status) => html`<li>${renderStatus(status)}</li>`)}</ul>`;
}
