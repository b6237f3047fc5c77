import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import type { Person, RelationMap, Store, Tie } from '@sammen/sdk';
import {
  AnnouncerController,
  DEFAULT_HEADING_LEVEL,
  DocumentSourceController,
  FocusController,
  FocusKeeper,
  SammenElement,
  StoredDocumentController,
  fireSammenEvent,
  deepActiveElement,
  focusAfterUpdate,
  formFieldStyles,
  holdUpdateComplete,
  resolveStore,
  toErrorDetail,
  type Point,
  type SammenConfirm,
} from '@sammen/core';
import { UndoController } from './undo-controller.js';
import { addPerson, createRelationMap, roundOf } from './map-edits.js';
import { renderScreen, type ScreenView } from './map-screen.js';
import { mapParser } from './parse-map.js';
import { placeText } from './place-text.js';
import { relationMapStyles } from './relation-map.styles.js';
import type { TableSort } from './table-sort.js';
import { drawingPart, LazyParts } from './lazy-parts.js';
import type { Drawing } from './parts/drawing-part.js';
import type { DrawingMode } from './placement.js';
import { kindName, strengthName } from './texts.js';
import { displayName, presentationNames } from './panels/names.js';
import type { MapView, MapViewName, OpenForm } from './view-model.js';
import { buildMapView } from './map-view.js';
import { translations } from './generated/translations.js';

/** Detail of `sammen-map-change`: which map changed and how. */
export interface MapChangeDetail {
  id: string;
  /** What was done: `person-added`, `tie-added`, `moved`, `undo`, `round-added`, … */
  reason: string;
}

/** Detail of `sammen-select`: the person whose ties are shown (undefined: none). */
export interface MapSelectDetail {
  personId: string | undefined;
}

// The example is content: loaded only when someone asks for it, straight from its module (not
// through the package's index: one request fewer).
const loadExample = (lang: string, mode: RelationMap['mode']) =>
  mode === 'network'
    ? import('@sammen/content/example-network').then((content) => content.exampleNetwork(lang))
    : import('@sammen/content/example-group').then((content) => content.exampleGroup(lang));

/**
 * The relationships in a children's group (a sociogram of positive choices, mapped in dated
 * rounds and compared), or the network around one child (people and services in sectors, rings by
 * closeness, ties with strength and quality, as in an ecomap).
 *
 * Data: the `map` property, else `src` (both edited in memory only), else the map `document-id`
 * in the store (autosaved), else a new empty map that offers the built-in example.
 *
 * Keyboard: the drawing is one tab stop. Arrows move to the nearest person that way (in a network
 * map ←/→ go round the circle and ↑/↓ between rings), Enter lists the person's ties (Enter on a
 * tie follows it, Escape/Backspace goes back), M picks a person up to move them with the arrows,
 * + − 0 zoom, Shift+arrows pan. Ctrl+Z / Ctrl+Shift+Z undo and redo. Every drag has a form.
 *
 * @summary A sociogram of a children's group, or a network map around one child.
 * @tagname sammen-relation-map
 * @fires {CustomEvent<MapChangeDetail>} sammen-map-change - The map was edited; `detail: {id, reason}`.
 * @fires {CustomEvent<MapSelectDetail>} sammen-select - A person's ties were opened or closed; `detail: {personId}`.
 * @fires {CustomEvent<SammenErrorDetail>} sammen-error - The map could not be loaded or saved; `detail: {code, message, issues?}`.
 * @csspart header - The title, the summary sentence and the save state.
 * @csspart summary - The one-sentence summary.
 * @csspart toolbar - The editing and view buttons.
 * @csspart rounds - The rounds' tabs.
 * @csspart views - The drawing/table/list tabs.
 * @csspart drawing - The drawing (SVG and its layer of buttons).
 * @csspart drawing-svg - The SVG of the drawing.
 * @csspart person - A person's button over the drawing.
 * @csspart hint - The keyboard hint under the drawing.
 * @csspart key - The key under the drawing: what a line's width, an arrow, a dash pattern and a ring mean.
 * @csspart invite-key - The key's item (under a group map's drawing) that explains the double ring round a child no one chose in this round.
 * @csspart keyboard-help - The disclosure listing all the drawing's keys.
 * @csspart closeness - The closeness editor (an adult's 1–3 rating of each child), shown with the closeness layer.
 * @csspart ties-list - A person's ties (level 2).
 * @csspart table - The table view.
 * @csspart list - The list view.
 * @csspart form - The person or tie form.
 * @csspart panel - The analysis or compare panel.
 * @csspart save-problem - The message shown when saving failed or conflicted.
 * @csspart error - The inline error view.
 * @cssprop --sammen-map-height - Height of the drawing (default `min(70vh, 34rem)`).
 * @cssprop --sammen-map-tie-colour - Colour of ties (default the text colour; keep ≥ 3:1).
 */
export class SammenRelationMap extends SammenElement {
  static override translations = translations;
  static override styles = [SammenElement.styles, formFieldStyles, relationMapStyles];
  // Members marked @internal are read by the view modules and controllers; they are not the API.

  /** A `RelationMap` to show and edit in memory; takes precedence over `src`. Validated: anything else shows an error. */
  @property({ attribute: false }) map?: RelationMap;
  /** URL of a `RelationMap` JSON document, fetched, validated and edited in memory. */
  @property() src?: string;
  /** Id of the map in the store, opened and autosaved (a new map when the store has none). */
  @property({ attribute: 'document-id' }) documentId?: string;
  /** The store for maps; else the page default (`setDefaultStore`), else IndexedDB. */
  @property({ attribute: false }) store?: Store;
  /** Presentation mode for screen-sharing: initials only, notes hidden. */
  @property({ type: Boolean, reflect: true }) presentation = false;
  /** What is shown: the `drawing`, the `table` or the `list`. */
  @property({ reflect: true }) view: MapViewName = 'drawing';
  /** Level of the widget's top heading (1–6, default 2); sub-headings go one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  @state() private local: RelationMap | undefined;
  @state() private roundId: string | undefined;
  @state() private active: string | undefined;
  /** @internal */
  @state() form: OpenForm | undefined;
  /** @internal */
  @state() formProblem: string | undefined;
  /** @internal */
  @state() panel: 'analysis' | 'compare' | undefined;
  /** @internal */
  @state() compareWith: string | undefined;
  @state() private sort: TableSort = { column: 'name', direction: 'ascending' };
  /** @internal */
  @state() dragMode: 'move' | 'connect' = 'move';
  /** @internal */
  @state() closenessLayer = false;
  @state() private viewTab: MapViewName = 'drawing';
  /** @internal On a narrow screen: the toolbar's "More tools" are shown. */
  @state() toolsOpen = false;
  private localBase: unknown;

  /** @internal */
  get confirmDialog(): SammenConfirm | null {
    return this.renderRoot.querySelector('sammen-confirm');
  }

  /** @internal */
  readonly announcer = new AnnouncerController(this);
  /**
   * Focus that an update takes away (a map deleted, the example undone, a removed person's row)
   * goes to the person it was on when there is one, else the map's title, else the empty map's
   * first button — never to <body> (core's FocusKeeper, as in every widget).
   */
  protected readonly focusKeeper = new FocusKeeper(this, () =>
    ['.proxy[tabindex="0"]', '.header__title', 'sammen-empty-state sammen-button'].map((selector) => this.renderRoot.querySelector<HTMLElement>(selector)).find(Boolean),
  );
  /** @internal */
  readonly drawingRef = createRef<HTMLElement>();
  /** @internal */
  readonly formRef = createRef<HTMLElement>();

  private readonly source = new DocumentSourceController<RelationMap>(this, {
    parse: mapParser,
    property: () => this.map,
    src: () => this.src,
  });

  /** @internal */
  readonly stored = new StoredDocumentController(this, {
    kind: 'relation-map',
    id: () => (this.map || this.src ? undefined : this.documentId),
    store: () => resolveStore(this.store),
    create: (id) => createRelationMap({ id }),
    onReplaced: () => this.undoer.clear(),
  });

  /** @internal */
  readonly people$focus: FocusController<string> = new FocusController<string>(this, {
    items: () => this.doc?.people.map((person) => person.id) ?? [],
    active: () => this.active,
    activate: (id) => (this.active = id),
  });
  /** @internal */
  readonly viewTabs = new FocusController<MapViewName>(this, {
    items: () => ['drawing', 'table', 'list'],
    active: () => this.viewTab,
    activate: (id) => (this.viewTab = id),
    layout: () => ({ kind: 'list', orientation: 'horizontal' }),
  });
  /** @internal */
  readonly roundTabs = new FocusController<string>(this, {
    items: () => this.doc?.rounds.map((round) => round.id) ?? [],
    active: () => this.roundTabFocus,
    activate: (id) => (this.roundTabFocus = id),
    layout: () => ({ kind: 'list', orientation: 'horizontal' }),
  });
  @state() private roundTabFocus: string | undefined;

  /** @internal The drawing (once the map has people), the forms, table and list, panels, export and keyboard help: loaded when needed. */
  readonly parts = new LazyParts(this, (detail) => this.reportError(detail));
  /** @internal The drawing's zoom/pan, drag, keys, ties list and placement: made when its part first arrives. */
  drawing: Drawing | undefined;
  /** @internal */
  readonly undoer = new UndoController(this, {
    doc: () => this.doc,
    restore: (doc, reason, said) => this.edit(() => doc, reason, said, false),
    announce: (text) => this.announcer.announce(text),
  });

  /** The map shown now, with every edit (read-only for hosts: edit through the UI or `addPerson`). */
  get doc(): RelationMap | undefined {
    if (this.usesStore) return this.stored.doc;
    return this.local ?? this.source.loaded?.value;
  }

  /** @internal */
  get usesStore(): boolean {
    return !this.map && !this.src && Boolean(this.documentId);
  }

  /** @internal */
  get readOnly(): boolean {
    return false;
  }

  /** @internal */
  get currentRound() {
    return this.doc ? roundOf(this.doc, this.roundId) : undefined;
  }

  /** @internal */
  get currentTies(): Tie[] {
    return this.currentRound?.ties ?? [];
  }

  /** @internal The shown map's mode's layout and keys, once its drawing part has arrived. */
  get drawingMode(): DrawingMode | undefined {
    return this.doc && this.parts.get(drawingPart(this.doc.mode))?.mode;
  }

  /** @internal Where everyone is drawn (none until the drawing and the mode's layout have arrived). */
  get positions(): ReadonlyMap<string, Point> {
    const mode = this.drawingMode;
    return this.doc && mode && this.drawing ? this.drawing.placement.positions(this.doc, this.currentTies, mode.layout) : new Map();
  }

  /** Resolves when the map has loaded (or failed) — for hosts and tests. */
  get loaded(): Promise<unknown> {
    return this.updateComplete.then(() => Promise.all([this.source.settled, this.stored.settled])).then(() => this.updateComplete);
  }

  constructor() {
    super();
    this.announcer.followSaves(() => this.stored.status, () => this.stored.location);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) this.viewTab = this.view;
    const loaded = this.source.loaded?.value;
    if (!this.usesStore && loaded !== this.localBase) {
      this.localBase = loaded;
      this.local = undefined;
      this.undoer.clear();
      this.drawing?.zoom.refit();
    }
    // Nothing given at all: a new, unsaved map (it offers the example).
    if (!this.usesStore && !this.map && !this.src && !this.local) this.local = createRelationMap();
    this.prepareDrawing();
  }

  // A map with people needs the drawing part: fetched as soon as such a map is known, and the
  // update held until it is drawn, so a host or test that waits for `updateComplete` sees it.
  private prepareDrawing(): void {
    const doc = this.doc;
    if (!doc?.people.length) return;
    const part = this.parts.get(drawingPart(doc.mode));
    const loading = part ? undefined : this.parts.prefetch(drawingPart(doc.mode));
    if (part) this.drawing ??= part.createDrawing(this);
    else if (loading) holdUpdateComplete(this, loading);
  }

  /** @internal */
  nameOf = (id: string): string => {
    const person = this.doc?.people.find((candidate) => candidate.id === id);
    if (!person) return '?';
    return this.presentation ? (presentationNames(this.doc!.people).get(id) ?? displayName(person, true)) : displayName(person);
  };

  /** @internal */
  placeText(id: string): string {
    const person = this.doc?.people.find((candidate) => candidate.id === id);
    const at = this.positions.get(id);
    return person ? placeText(this.doc!, person, this.currentTies, this.nameOf, at && this.drawingMode?.ringOf?.(at)) : '';
  }

  /** Applies an edit (recorded for undo), saves it (store) or keeps it (memory), says it and fires `sammen-map-change`. */
  edit(change: (doc: RelationMap) => RelationMap, reason: string, said?: string, record = true): boolean {
    const before = this.doc;
    if (!before || this.readOnly) return false;
    const after = change(before);
    if (after === before) return false;
    if (record) this.undoer.record(before);
    if (this.usesStore) this.stored.update(() => after);
    else this.local = after;
    this.requestUpdate();
    if (said) this.announcer.announce(said);
    fireSammenEvent(this, 'sammen-map-change', { id: after.id, reason });
    return true;
  }

  /** @internal */
  setRound(id: string): void {
    this.roundId = id;
    this.drawing?.tiesLevel.reset();
    this.roundTabFocus = id;
  }

  /** @internal */
  setView(view: MapViewName): void {
    this.view = view;
    this.viewTab = view;
  }

  /** @internal */
  openForm(form: OpenForm | undefined): void {
    const invoker = this.formInvoker;
    this.form = form;
    this.formProblem = undefined;
    if (form) {
      const opener = (deepActiveElement() as HTMLElement | null) ?? undefined;
      this.formInvoker = opener;
      // The form is in the edit part: the first time, it arrives a moment after this update, and
      // focus goes into it then — unless the person has moved on meanwhile.
      void this.parts
        .load('edit')
        .then(() =>
          focusAfterUpdate(this, () => {
            const now = deepActiveElement();
            return now && now !== opener && now !== document.body ? undefined : this.renderRoot.querySelector<HTMLElement>('.map-form input, .map-form select');
          }),
        )
        .catch(() => undefined);
    } else {
      // Focus goes back to the button that opened the form (APG dialog); a new person in the drawing takes it after.
      this.formInvoker = undefined;
      void focusAfterUpdate(this, () => (invoker?.isConnected ? invoker : undefined));
    }
  }
  private formInvoker: HTMLElement | undefined;

  /** @internal */
  mapView(doc: RelationMap): MapView {
    return buildMapView(this, doc, roundOf(doc, this.roundId) ?? { id: '', date: '', ties: [] });
  }

  /** @internal */
  screenView(doc: RelationMap): ScreenView {
    return {
      ...this.mapView(doc),
      element: this,
      lang: this.localeController.lang,
      sort: this.sort,
      setSort: (sort) => void (this.sort = sort),
      kindName,
      strengthName,
      loadExample: () => void this.startFromExample(),
    };
  }

  private async startFromExample(): Promise<void> {
    try {
      // Sammen's own content, checked against the schema by its tests: used as is (a fresh copy).
      const example = (await loadExample(this.localeController.lang, this.doc?.mode ?? 'group')) as RelationMap;
      this.edit((doc) => ({ ...example, id: doc.id, revision: doc.revision, updatedAt: doc.updatedAt }), 'example', msg('The example was added.'));
      this.roundId = undefined;
      this.drawing?.zoom.refit();
      // The empty state and its button are gone: focus goes to the first person in the drawing (the
      // drawing's tab stop), not to <body> (WCAG 2.4.3; test/hostile-host.node.test.ts).
      void focusAfterUpdate(this, () => this.renderRoot.querySelector<HTMLElement>('.proxy[tabindex="0"]'));
    } catch (error) {
      this.reportError(toErrorDetail(error, 'load-failed'));
    }
  }

  /** Adds a person through the API (for hosts). Returns the new person's id. */
  addPerson(person: Omit<Person, 'id'>): string | undefined {
    let id: string | undefined;
    this.edit((doc) => {
      const result = addPerson(doc, person);
      id = result.id;
      return result.map;
    }, 'person-added');
    return id;
  }

  override render() {
    return renderScreen(this, this.source.error);
  }
}

declare global {
  interface HTMLElementEventMap {
    'sammen-map-change': CustomEvent<MapChangeDetail>;
  }
}

declare module '@sammen/core' {
  interface SammenSelectDetails {
    /** Fired by `<sammen-relation-map>` when a person is selected (their ties opened) or the selection is cleared. */
    'relation-map': MapSelectDetail;
  }
}
