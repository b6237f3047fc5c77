// The widget's screen, composed from the view modules: header with the one-sentence summary and
// the save state, the toolbar, the rounds' tabs, the views' tabs (drawing, table, list — all
// editing the same map), the form, the analysis/compare panel, the confirm dialog, the live region.
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { heading, headingLevel, icon, renderErrorView, renderSaveProblem, type SammenErrorDetail } from '@sammen/core';
import type { RelationMap } from '@sammen/sdk';
import type { SammenRelationMap } from './relation-map.js';
import { summarizeRound } from './analysis/summary.js';
import { summarySentence } from './panels/summary-sentence.js';
import type { TableSort } from './table-sort.js';
import { renderTabs } from './tabs.js';
import { drawingPart } from './lazy-parts.js';
import type { MapView } from './view-model.js';
import type { Drawing } from './parts/drawing-part.js';

export interface ScreenView extends MapView {
  element: SammenRelationMap;
  loadExample: () => void;
  sort: TableSort;
  setSort: (sort: TableSort) => void;
  lang: string;
  kindName: (kind: string) => string;
  strengthName: (strength: number) => string;
}

/** "22 børn, 41 valg, 3 børn som ingen valgte" — rm-logic's counts and words. */
const summary = (view: ScreenView): string => summarySentence(summarizeRound(view.map, view.round));

// On a narrow screen (the widget under ~40rem) only adding people and ties stays in view; "More
// tools" (a disclosure button) shows the rest, one tool a row. On a wide screen the "more" group is
// laid out inline with the others and the disclosure button is not shown (styles: .toolbar__more).
function toolbar(view: ScreenView) {
  const host = view.element;
  const edit = !view.readOnly;
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${msg('Map tools')}>
    ${edit
      ? html`<sammen-button variant="secondary" @click=${() => host.openForm({ kind: 'person' })}>${icon('plus')} ${msg('Add a person')}</sammen-button>
          <sammen-button variant="secondary" ?disabled=${view.people.length < 2} @click=${() => host.openForm({ kind: 'tie' })}>${icon('plus')} ${msg('Add a tie')}</sammen-button>`
      : nothing}
    <sammen-button class="toolbar__toggle" variant="quiet" .expanded=${host.toolsOpen} @click=${() => (host.toolsOpen = !host.toolsOpen)}>${msg('More tools')}</sammen-button>
    <div class="toolbar__more ${host.toolsOpen ? 'toolbar__more--open' : ''}">
    ${edit
      ? html`<sammen-button variant="quiet" aria-keyshortcuts="Control+Z" @click=${() => host.undoer.undo()}>${msg('Undo')}</sammen-button>
          <sammen-button variant="quiet" aria-keyshortcuts="Control+Shift+Z" @click=${() => host.undoer.redo()}>${msg('Redo')}</sammen-button>
          <sammen-button variant="quiet" .pressed=${view.dragMode === 'connect'} @click=${() => (host.dragMode = host.dragMode === 'connect' ? 'move' : 'connect')}>${msg('Drag draws ties')}</sammen-button>`
      : nothing}
    ${view.map.mode === 'group'
      ? html`<sammen-button variant="quiet" .pressed=${view.closenessLayer} @click=${() => (host.closenessLayer = !host.closenessLayer)}>${msg('Closeness layer')}</sammen-button>`
      : nothing}
    <sammen-button variant="quiet" .pressed=${view.presentation} @click=${() => (host.presentation = !host.presentation)}>${msg('Presentation')}</sammen-button>
    <sammen-button variant="quiet" .pressed=${host.panel === 'analysis'} @click=${() => (host.panel = host.panel === 'analysis' ? undefined : 'analysis')}>${msg('Analysis')}</sammen-button>
    <sammen-button variant="quiet" ?disabled=${view.map.rounds.length < 2} .pressed=${host.panel === 'compare'} @click=${() => (host.panel = host.panel === 'compare' ? undefined : 'compare')}>${msg('Compare rounds')}</sammen-button>
    <sammen-button variant="quiet" @click=${() => host.parts.run('edit', (part) => part.exportJson(host.doc))}>${icon('download')} ${msg('Export JSON')}</sammen-button>
    <sammen-button variant="quiet" ?disabled=${view.view !== 'drawing'} @click=${() => host.parts.run('edit', (part) => part.exportSvg(host.renderRoot, host.doc))}>${icon('download')} ${msg('Export the drawing as SVG')}</sammen-button>
    ${host.usesStore && edit ? html`<sammen-button variant="danger" @click=${() => host.parts.run('edit', (part) => void part.actionsOf(host).deleteMap())}>${icon('trash')} ${msg('Delete this map')}</sammen-button>` : nothing}
    </div>
  </div>`;
}

function rounds(view: ScreenView) {
  const host = view.element;
  return html`<div class="rounds">
    ${renderTabs({
      label: msg('Mapping rounds'),
      prefix: 'round',
      part: 'rounds',
      items: view.map.rounds.map((round, index) => ({ id: round.id, text: msg(str`Round ${index + 1}: ${round.date}`) })),
      selected: view.round.id,
      focus: host.roundTabs,
      select: (id) => host.setRound(id),
    })}
    ${view.readOnly ? nothing : html`<sammen-button variant="quiet" @click=${() => host.parts.run('edit', (part) => part.actionsOf(host).newRound())}>${icon('plus')} ${msg('New round from a copy of the last')}</sammen-button>`}
  </div>`;
}

function zoomButtons(drawing: Drawing) {
  return html`<div class="zoom" role="group" aria-label=${msg('Zoom')}>
    <sammen-button variant="quiet" aria-keyshortcuts="+" @click=${() => drawing.zoomStep('in')}>${msg('Zoom in')}</sammen-button>
    <sammen-button variant="quiet" aria-keyshortcuts="-" @click=${() => drawing.zoomStep('out')}>${msg('Zoom out')}</sammen-button>
    <sammen-button variant="quiet" aria-keyshortcuts="0" @click=${() => drawing.zoomStep('fit')}>${msg('Fit')}</sammen-button>
  </div>`;
}

// The disclosure is drawn at once (a person finds it by Tab); its list arrives when it first opens.
function keyboardHelp(view: ScreenView) {
  const parts = view.element.parts;
  const help = parts.get('help');
  return html`<details class="keyboard-help" part="keyboard-help" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && parts.run('help', () => undefined)}>
    <summary>${msg('Keyboard help')}</summary>
    ${help ? help.renderKeyboardHelpList(view.map.mode) : parts.renderFailures(['help'])}
  </details>`;
}

function currentView(view: ScreenView) {
  const parts = view.element.parts;
  if (view.view === 'table') return parts.render('views', (part) => part.renderSortedTable(view));
  if (view.view === 'list') return parts.render('views', (part) => part.renderList(view));
  // The drawing's part is there once `host.drawing` is (the element makes it when the part arrives).
  return parts.render(drawingPart(view.map.mode), (part) => {
    const drawing = view.element.drawing;
    return drawing ? html`${zoomButtons(drawing)} ${part.renderDrawing(view)} ${keyboardHelp(view)} ${part.renderTiesList(view)}` : nothing;
  });
}

function empty(view: ScreenView) {
  return html`<sammen-empty-state heading=${msg('This map is empty')} .level=${headingLevel(view.headingLevel, 1)}>
    <p>${msg('Add the people of the group one by one, or start from an invented example group to see how the map works.')}</p>
    <sammen-button @click=${view.loadExample}>${msg('Start from the example')}</sammen-button>
    <sammen-button variant="secondary" @click=${() => view.element.openForm({ kind: 'person' })}>${icon('plus')} ${msg('Add a person')}</sammen-button>
  </sammen-empty-state>`;
}

function body(host: SammenRelationMap, doc: RelationMap) {
  const view = host.screenView(doc);
  const title = doc.title || (doc.mode === 'network' ? msg('Network map') : msg('Relation map'));
  return html`<div class="header" part="header">
      ${heading(headingLevel(host.headingLevel), title, { class: 'header__title', tabindex: -1 })}
      <p class="summary" part="summary">${summary(view)}</p>
      ${host.usesStore
        ? html`<sammen-save-status status=${host.stored.status} location-type=${host.stored.location.type} location-label=${host.stored.location.label ?? nothing}></sammen-save-status>
            ${renderSaveProblem(host.stored)}`
        : nothing}
    </div>
    ${toolbar(view)}
    <div class="form-slot" ${ref(host.formRef)}>
      ${host.form && !view.readOnly ? host.parts.render('edit', (part) => part.renderEditForm(host, view)) : host.parts.renderFailures(['edit'])}
    </div>
    ${doc.people.length === 0
      ? empty(view)
      : html`${rounds(view)}
          <div role="tabpanel" id="round-panel" aria-labelledby="round-tab-${view.round.id}">
          ${renderTabs({
            label: msg('Views'),
            prefix: 'view',
            part: 'views',
            items: [
              { id: 'drawing', text: msg('Drawing') },
              { id: 'table', text: msg('Table') },
              { id: 'list', text: msg('List') },
            ],
            selected: host.view,
            focus: host.viewTabs,
            select: (id) => host.setView(id),
          })}
          <div class="view-panel" role="tabpanel" id="view-panel" aria-labelledby="view-tab-${host.view}">${currentView(view)}</div>
          </div>
          ${view.closenessLayer && doc.mode === 'group' ? host.parts.render('edit', (part) => part.renderCloseness(host, view)) : nothing}
          ${host.panel ? host.parts.render('panels', (part) => part.renderPanel(view)) : nothing}`}`;
}

export function renderScreen(host: SammenRelationMap, error: SammenErrorDetail | undefined) {
  const confirm = html`<sammen-confirm heading=${msg('Delete this map?')} message=${msg('The map, all its rounds and everyone in it are deleted from this store. This cannot be undone.')}
    confirm-label=${msg('Delete the map')} heading-level=${host.headingLevel} danger></sammen-confirm>`;
  if (error) return html`${renderErrorView(error, msg('The map could not be shown'))} ${host.announcer.render()}`;
  const doc = host.doc;
  if (!doc) return html`<p class="loading" role="status">${msg('Loading the map…')}</p> ${confirm} ${host.announcer.render()}`;
  return html`<div class="screen">${body(host, doc)}</div> ${confirm} ${host.announcer.render()}`;
}
