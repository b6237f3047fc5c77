// The working view of one session: read-only banner, the bar (back to the list, progress, the
// one save status), the situation, the triangle with its panel (guided mode's progress and
// Back / Next), the summary, and the session's actions. Renders from what the element gives it.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DEFAULT_PROMPT_IDS } from '@sammen/sdk';
import type { Ref } from 'lit/directives/ref.js';
import { ref } from 'lit/directives/ref.js';
import { heading, headingLevel, icon, renderSaveProblem, type FocusController, type StoredDocumentController } from '@sammen/core';
import { partLabel } from './perspective-texts.js';
import { GUIDED_ORDER, PART_IDS, guidedStep, partState, sessionProgress, type PartId } from './session-progress.js';
import { renderTriangle } from './triangle-diagram.js';
import { panelHeading, renderCentrePanel, renderCornerPanel, renderIntroPanel } from './panels.js';
import { renderSituation } from './situation-header.js';
import { renderSummary } from './summary-view.js';
import type { TriangleViewModel } from './view-model.js';

/** The view model plus the element's UI state and actions. */
export interface WorkView extends TriangleViewModel {
  readonly guided: boolean;
  /** The part whose panel is open (undefined: the intro). */
  readonly open: PartId | undefined;
  readonly view: 'work' | 'summary';
  readonly stored: StoredDocumentController<'perspective-session'>;
  /** Back to the list of situations, when the session was opened from it. */
  readonly backToList: (() => void) | undefined;
  workOnCopy(): void;
  remove(): void;
  select(part: PartId, focusPanel?: boolean): void;
  toggle(part: PartId): void;
  closePanel(): void;
  onNodeKeydown(event: KeyboardEvent, part: PartId): void;
  /** Escape anywhere in the open panel closes it. */
  onPanelKeydown(event: KeyboardEvent): void;
  /** The triangle's roving tab stop. */
  readonly parts: FocusController<PartId>;
  /** The heading of what is shown (panel or summary), where focus goes when the view changes. */
  readonly viewHeading: Ref<HTMLElement>;
  /** The "Summary" button, where focus returns from the summary. */
  readonly summaryButton: Ref<HTMLElement>;
  showSummary(): void;
  setView(view: 'work' | 'summary'): void;
  print(): void;
  copyText(): void;
}

/** Guided mode's place in the walk, shown at the top of the panel. */
function renderGuideProgress(selected: PartId): TemplateResult {
  const index = GUIDED_ORDER.indexOf(selected);
  return html`<p class="guide__progress" part="guide">
    <label for="guide-progress">${msg(str`Step ${index + 1} of ${GUIDED_ORDER.length}`)}</label>
    <progress id="guide-progress" max=${GUIDED_ORDER.length} .value=${index + 1}></progress>
  </p>`;
}

/** Guided mode's Back / Next, at the end of the panel. */
function renderGuideButtons(view: WorkView, selected: PartId): TemplateResult {
  const previous = guidedStep(selected, -1);
  const next = guidedStep(selected, 1);
  return html`<nav class="guide" aria-label=${msg('Guided walk')}>
    ${previous
      ? html`<sammen-button variant="secondary" @click=${() => view.select(previous, true)}>${icon('chevron-left')} ${msg('Back')}</sammen-button>`
      : html`<span></span>`}
    ${next ? html`<sammen-button @click=${() => view.select(next, true)}>${msg('Next')} ${icon('chevron-right')}</sammen-button>` : nothing}
  </nav>`;
}

function renderPanel(view: WorkView): TemplateResult {
  const selected = view.open;
  if (!selected) {
    return renderIntroPanel(view.session, view.lang, view.headingLevel, view.viewHeading, {
      open: (part) => view.select(part, true),
      showSummary: () => view.showSummary(),
    });
  }
  return html`<section id="panel" class="panel" part="panel" aria-labelledby="panel-heading" @keydown=${view.onPanelKeydown}>
    <div class="panel__head">
      ${heading(headingLevel(view.headingLevel), panelHeading(view), { id: 'panel-heading', tabindex: -1, ref: view.viewHeading })}
      ${view.guided
        ? nothing
        : html`<sammen-icon-button icon="close" label=${msg('Close the panel')} @click=${() => view.closePanel()}></sammen-icon-button>`}
    </div>
    ${view.guided ? renderGuideProgress(selected) : nothing}
    ${selected === 'centre' ? renderCentrePanel(view) : renderCornerPanel(view, selected)}
    ${view.guided ? renderGuideButtons(view, selected) : nothing}
  </section>`;
}

export function renderWork(view: WorkView): TemplateResult {
  const { session, lang, readOnly } = view;
  const parts = PART_IDS.map((id) => ({ id, label: partLabel(session, id, lang), state: partState(session, id, DEFAULT_PROMPT_IDS) }));
  const { done, total } = sessionProgress(session, DEFAULT_PROMPT_IDS);
  return html`${readOnly
      ? html`<div class="read-only" part="read-only" role="note">
          <p>${msg('This is a worked case, opened read-only. To write in it, work on your own copy.')}</p>
          <sammen-button @click=${() => view.workOnCopy()}>${icon('copy')} ${msg('Work on a copy')}</sammen-button>
        </div>`
      : nothing}
    <div class="bar">
      ${view.backToList
        ? html`<sammen-button variant="quiet" @click=${view.backToList}>${icon('chevron-left')} ${msg('All situations')}</sammen-button>`
        : nothing}
      <span class="bar__progress">${msg(str`${done} of ${total} parts done`)}</span>
      ${readOnly
        ? nothing
        : html`<sammen-save-status status=${view.saveStatus} location-type=${view.storeLocation.type} location-label=${view.storeLocation.label ?? nothing}></sammen-save-status>`}
    </div>
    ${readOnly ? nothing : renderSaveProblem(view.stored)}
    ${view.view === 'summary'
      ? html`<div class="bar">
            <sammen-button variant="secondary" @click=${() => view.setView('work')}>${icon('edit')} ${msg('Back to the triangle')}</sammen-button>
            <sammen-button variant="secondary" @click=${() => view.print()}>${icon('print')} ${msg('Print')}</sammen-button>
            <sammen-button variant="secondary" @click=${() => view.copyText()}>${icon('copy')} ${msg('Copy as text')}</sammen-button>
          </div>
          ${renderSummary(session, lang, view.headingLevel, view.viewHeading)}`
      : html`${renderSituation(view)}
          <div class="workspace">
            <div class="diagram">
              ${renderTriangle(
                { parts, selected: view.open, focus: view.parts, keysHint: 'triangle-keys', interactive: !view.guided, onKeydown: view.onNodeKeydown, onSelect: (part) => view.toggle(part) },
                msg('Perspective triangle: choose a corner or the centre'),
              )}
              ${view.guided ? nothing : html`<p id="triangle-keys" class="diagram__keys">${msg('Use the arrow keys to move between the corners and the centre, and Enter to open one.')}</p>`}
            </div>
            ${renderPanel(view)}
          </div>
          <div class="bar bar--end">
            <sammen-button variant="secondary" ${ref(view.summaryButton)} @click=${() => view.showSummary()}>${msg('Summary')}</sammen-button>
            <sammen-button variant="quiet" @click=${() => view.print()}>${icon('print')} ${msg('Print')}</sammen-button>
            <sammen-button variant="quiet" @click=${() => view.copyText()}>${icon('copy')} ${msg('Copy as text')}</sammen-button>
            ${readOnly
              ? nothing
              : html`<sammen-button variant="danger" @click=${() => view.remove()}>${icon('trash')} ${msg('Delete')}</sammen-button>`}
          </div>`}`;
}
