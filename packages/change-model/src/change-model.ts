import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { loadParser, type ChangeModel, type ParseResult, type Store } from '@sammen/sdk';
import {
  AnnouncerController,
  DEFAULT_HEADING_LEVEL,
  DocumentSourceController,
  fireSammenEvent,
  FocusKeeper,
  holdUpdateComplete,
  lazyParser,
  ParserLoadError,
  SammenElement,
  StoredDocumentController,
  focusRingStyles,
  formFieldStyles,
  heading,
  renderErrorView,
  renderSaveProblem,
  resolveStore,
  shownText,
  type SammenErrorDetail,
} from '@sammen/core';
import { newChangeModel } from './new-model.js';
import { loadExampleModel } from './example-model.js';
import { indexModel, type ModelIndex } from './model-index.js';
import { ConnectorLayoutController } from './connector-layout.js';
import { ExploreController } from './explore-controller.js';
import { modelFacts } from './model-facts.js';
import { renderBoard } from './board-view.js';
import { connectorPaths } from './connectors-view.js';
import { LazyPart } from './lazy-part.js';
import { renderSelectionPanel } from './selection-panel.js';
import { renderToolbar, type PaperSize } from './toolbar.js';
import { EditSeam } from './edit-seam.js';
import { PrintController } from './print-page.js';
import { summarySentence } from './texts.js';
import type { ChangeModelViewName, ModelViewModel } from './view-model.js';
import { changeModelStyles } from './change-model.styles.js';
import { boardStyles } from './board.styles.js';
import { panelStyles } from './panel.styles.js';
import { translations } from './generated/translations.js';

/** The views of one model. */
export type ChangeModelView = ChangeModelViewName;

/** The model's parser: imported for a `model` property or a `src`, never for the built-in example. */
const modelParser = lazyParser(() => loadParser('change-model'));

/** The error of an invalid `model` property. */
const invalidGiven = (issues: SammenErrorDetail['issues']): SammenErrorDetail => ({ code: 'invalid-document', message: msg('The document given to this widget is not valid.'), issues });

/** Below this width (container query, 40rem at 16px) the columns stack and lists replace connectors. */
const NARROW_PX = 640;

/**
 * A municipality's change model: activities → short-term results → medium-term effects →
 * long-term effects, as columns of items joined by links that carry their rationale.
 *
 * Data: the `model` property, else `src`, else the model `document-id` in the store (editable,
 * autosaved), else the built-in example in the page's language. Three views of one model:
 * `detail` (cards and connectors), `overview` (titles only) and `outline` (nested lists).
 *
 * Keyboard: the board is one tab stop. Arrow keys move between items (↑/↓ in a column, ←/→ to the
 * nearest item of the next column); Enter selects an item and goes onto its links in the panel,
 * where ↑/↓ move between links and Enter follows one; Backspace goes back; Space selects;
 * Escape clears. Every move is announced once.
 *
 * @summary A change model (theory of change), readable and explorable by keyboard and screen reader.
 * @tagname sammen-change-model
 * @fires {CustomEvent<ChangeModelSelectDetail>} sammen-select - An item or a link was selected, or the selection cleared; `detail: {selection}` (`{kind: 'item', id}`, `{kind: 'link', id, from, to}` or null).
 * @fires {CustomEvent<ModelChangeDetail>} sammen-model-change - The user changed the model (edit mode); `detail: {model, reason}`.
 * @fires {CustomEvent<SammenErrorDetail>} sammen-error - The model could not be loaded or saved; `detail: {code, message, issues?}`.
 * @csspart toolbar - The summary, view switcher, filter, print options and legend.
 * @csspart summary - The model in one sentence.
 * @csspart legend - The legend of indicator statuses.
 * @csspart key-help - The keyboard help.
 * @csspart board - The columns (detail and overview views).
 * @csspart column - One column.
 * @csspart item - An item's title button (the focusable part of a card).
 * @csspart indicator - One indicator on a card.
 * @csspart connectors - The SVG connectors.
 * @csspart link-port - In edit mode, a card's outgoing port: drag from it to another card to add a link, or press it to link by clicks.
 * @csspart panel - The selection panel ("leads to", "follows from", a link's rationale).
 * @csspart link - A link button in the panel.
 * @csspart link-detail - A selected link's rationale, assumptions and evidence.
 * @csspart outline - The outline view.
 * @csspart save-problem - The message shown when saving failed or conflicted.
 * @csspart error - The inline error view.
 * @cssprop --sammen-change-model-column-width - Narrowest a column is drawn (default 11rem).
 * @cssprop --sammen-change-model-connector - Colour of the connectors (default the text colour, muted).
 * @cssprop --sammen-change-model-highlight - Colour of the selected chain (default the primary colour).
 */
export class SammenChangeModel extends SammenElement {
  static override translations = translations;
  static override styles = [SammenElement.styles, formFieldStyles, focusRingStyles, changeModelStyles, boardStyles, panelStyles];

  /** A `ChangeModel` to show (takes precedence over `src` and `document-id`). Validated: anything else shows a located error. */
  @property({ attribute: false }) model?: ChangeModel;
  /** URL of a `ChangeModel` JSON document to show. */
  @property() src?: string;
  /** Id of a model in the store to open (and, with `editable`, edit and autosave). */
  @property({ attribute: 'document-id' }) documentId?: string;
  /** `detail` (cards and connectors), `overview` (titles only, for a projector) or `outline` (nested lists). */
  @property({ reflect: true }) view: ChangeModelView = 'detail';
  /** Edit mode: add, change and remove items, columns and links (for a model from `document-id`). */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Show only items with an indicator at risk, with their chains (the filter's checkbox sets it). */
  @property({ type: Boolean, attribute: 'at-risk-only', reflect: true }) atRiskOnly = false;
  /** Id of the item or link to select (a host's deep link); the user's own selection replaces it. */
  @property() selected?: string;
  /** Paper size of a printed model (landscape): `a4` or `a3`. */
  @property({ attribute: 'print-size' }) printSize: PaperSize = 'a4';
  /** The store for `document-id`; else the page default (`setDefaultStore`), else IndexedDB. */
  @property({ attribute: false }) store?: Store;
  /** Level of the widget's top heading (1–6, default 2); column and item headings go below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  @state() private narrow = false;
  /** Ctrl+P and the Print button: the board laid out for the printed page (`printing.width`, `printing.scale`). */
  private readonly printing = new PrintController(this, {
    paper: () => this.printSize,
    hasBoard: () => this.view !== 'outline',
    layout: () => this.connectors.layout(),
  });

  protected readonly announcer = new AnnouncerController(this);

  // `src` and the example load through core's controller, made only when one of them is needed:
  // a host's `model` property is validated here, synchronously in the first update (see `given`),
  // so it is drawn in that update — with no load task whose completion would render everything
  // a second time.
  private sourceController: DocumentSourceController<ChangeModel> | undefined;
  /** Whether the example is loaded in every language: from the first time edit mode is on. */
  private exampleInEveryLanguage(): boolean {
    this.exampleEdited ||= this.editable;
    return this.exampleEdited;
  }

  private get source(): Pick<DocumentSourceController<ChangeModel>, 'loaded' | 'error' | 'settled'> {
    if (this.sourceController) return this.sourceController;
    if (this.model) return { loaded: undefined, error: undefined, settled: Promise.resolve() };
    // Added in the middle of an update, its task runs in the next one.
    this.sourceController = new DocumentSourceController<ChangeModel>(this, {
      parse: modelParser,
      property: () => undefined,
      src: () => (this.model ? undefined : this.src),
      // The example in the page's language (a switch loads the next); once edit mode has been on,
      // in every language, so edits of the example are never replaced when the language changes.
      fallback: () => (this.documentId || this.model ? undefined : loadExampleModel(this.exampleInEveryLanguage() ? undefined : [this.localeController.lang])),
      fallbackKey: () => (this.exampleInEveryLanguage() ? 'every language' : this.localeController.lang),
    });
    this.requestUpdate();
    return this.sourceController;
  }
  /** Set once `editable` has been on: from then the example is loaded in every language. */
  private exampleEdited = false;
  /** The `model` property validated, once per model object (the property is treated as immutable). */
  private givenResult: { input: ChangeModel; result: ParseResult<ChangeModel> | ParserLoadError } | undefined;

  /** The model opened by `document-id`: loaded, autosaved, with its save states (edit mode writes through it). */
  protected readonly stored = new StoredDocumentController(this, {
    kind: 'change-model',
    id: () => (this.model || this.src ? undefined : this.documentId),
    store: () => resolveStore(this.store),
    create: newChangeModel,
  });
  /**
   * Edit mode (`editable`): the editor's tools, lists and forms, undo/redo, compare, autosave
   * through `stored` — imported only once `editable` is set (a viewer never downloads it).
   */
  protected readonly editMode = new EditSeam(this, {
    stored: () => (!this.model && !this.src && this.documentId ? this.stored : undefined),
    source: () => this.givenModel ?? this.source.loaded?.value,
    lang: () => this.localeController.lang,
    headingLevel: () => this.headingLevel,
    announce: (text) => this.announcer.announce(text),
    enabled: () => this.editable,
    storedAt: () => (!this.model && !this.src && this.documentId ? { store: resolveStore(this.store), id: this.documentId } : undefined),
  });


  /**
   * The selection panel's contents, with the line of sight, the at-risk filter's chains and the
   * keyboard's links level (fetched the first time something is selected or the filter is on),
   * and the outline view (the first time it is shown).
   */
  private readonly selectionDetails = new LazyPart(this, 'selection', () => msg('The selection panel'));
  private readonly outline = new LazyPart(this, 'outline', () => msg('The outline'));

  private indexed: { model: ChangeModel; index: ModelIndex; facts: ReturnType<typeof modelFacts> } | undefined;
  private board: HTMLElement | undefined;
  private panelHeading: HTMLElement | undefined;
  protected readonly focusKeeper = new FocusKeeper(this, () => this.panelHeading);
  // Stable callbacks for Lit's ref(): a new function each render would detach and re-attach.
  private readonly boardRef = (element?: Element) => {
    this.board = element as HTMLElement | undefined;
  };
  private readonly panelHeadingRef = (element?: Element) => {
    this.panelHeading = element as HTMLElement | undefined;
  };

  protected readonly explore: ExploreController = new ExploreController(this, {
    index: () => this.indexed?.index,
    columns: () => this.shownColumns(),
    heights: () => (this.narrow ? {} : this.connectors.heights),
    lang: () => this.localeController.lang,
    announcer: this.announcer,
    viewModel: () => this.lastViewModel,
    linksLevel: this.selectionDetails,
  });

  private readonly connectors = new ConnectorLayoutController(this, {
    board: () => (this.view === 'outline' ? undefined : this.board),
    cards: () => {
      const cards = new Map<string, Element>();
      for (const id of this.indexed?.index.order ?? []) {
        const card = this.explore.items.refs.get(id)?.closest('li');
        if (card) cards.set(id, card);
      }
      return cards;
    },
    columns: () => this.shownColumns(),
    rtl: () => getComputedStyle(this).direction === 'rtl',
    links: () => this.indexed?.model.links ?? [],
    enabled: () => !this.narrow || this.printing.width !== undefined,
    scale: () => this.printing.scale,
    key: () => this.layoutKey(),
    draw: (paths) => connectorPaths(this.lastViewModel, paths),
  });
  private layoutKeyValue: unknown[] = [];
  private appliedSelected: string | undefined;
  private lastViewModel: ModelViewModel | undefined;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.announcer.followSaves(() => this.stored.status, () => this.stored.location);
  }

  /** Resolves when the shown model has loaded (or failed) — for hosts and tests. */
  get loaded(): Promise<unknown> {
    return this.updateComplete
      .then(() => Promise.all([this.source.settled, this.editMode.ready, this.stored.settled, this.selectionDetails.ready, this.outline.ready]))
      .then(() => this.updateComplete);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The narrow layout is a container query in CSS; the element also needs to know (connectors off).
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? NARROW_PX) < NARROW_PX * (parseFloat(getComputedStyle(this).fontSize) / 16 || 1);
      // In the next frame, not in this callback: the narrow layout adds the cards' link lists, and
      // growing the element while its own resize is being delivered is a ResizeObserver loop.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** The `model` property once validated (undefined when unset or invalid). */
  private get givenModel(): ChangeModel | undefined {
    const result = this.validateGiven();
    return result && !(result instanceof ParserLoadError) && result.ok ? result.value : undefined;
  }

  /** The located error of an invalid `model` property. */
  private get givenError(): SammenErrorDetail | undefined {
    const result = this.validateGiven();
    if (result instanceof ParserLoadError) return result.detail;
    return result && !result.ok ? invalidGiven(result.issues) : undefined;
  }

  /**
   * The `model` property validated, or undefined while there is none — or while the parser is
   * first imported: then the model is drawn in the update after it arrives, and `updateComplete`
   * waits for that (a failed import is the error shown, and tried again for the next model).
   */
  private validateGiven(): ParseResult<ChangeModel> | ParserLoadError | undefined {
    const input = this.model;
    if (input === undefined || input === null) return undefined;
    if (this.givenResult?.input !== input) {
      const parse = modelParser.loaded;
      if (!parse) {
        this.importParser(input);
        return undefined;
      }
      const result = parse(input);
      this.givenResult = { input, result };
      // Once per model given, as the controller does for a loaded one.
      if (!result.ok) {
        queueMicrotask(() => fireSammenEvent(this, 'sammen-error', invalidGiven(result.issues)));
      }
    }
    return this.givenResult.result;
  }

  private importingFor: ChangeModel | undefined;

  private importParser(input: ChangeModel): void {
    if (this.importingFor === input) return;
    this.importingFor = input;
    const importing = modelParser.get().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        if (this.model !== input || !(error instanceof ParserLoadError)) return;
        this.givenResult = { input, result: error };
        fireSammenEvent(this, 'sammen-error', error.detail);
        this.requestUpdate();
      },
    );
    void importing.finally(() => {
      if (this.importingFor === input) this.importingFor = undefined;
    });
    holdUpdateComplete(this, importing);
  }

  /** The model shown now: the property / `src` / example, or the stored one. */
  protected get shown(): ChangeModel | undefined {
    if (!this.model && !this.src && this.documentId) return this.stored.status === 'loading' ? undefined : this.stored.doc;
    return this.editMode.localCopy ?? this.givenModel ?? this.source.loaded?.value;
  }

  private shownColumns(): readonly (readonly string[])[] {
    const index = this.indexed?.index;
    if (!index) return [];
    const filtered = this.filtered();
    return filtered ? index.columns.map((ids) => ids.filter((id) => filtered.has(id))) : index.columns;
  }

  private filtered(): ReadonlySet<string> | undefined {
    return this.atRiskOnly && this.indexed ? this.selectionDetails.module?.atRiskWithChains(this.indexed.model) : undefined;
  }

  private layoutKey(): unknown {
    const next = [this.indexed?.model, this.view, this.atRiskOnly, this.narrow, this.printing.width, this.localeController.lang];
    if (next.some((value, i) => value !== this.layoutKeyValue[i])) this.layoutKeyValue = next;
    return this.layoutKeyValue;
  }

  private viewModel(model: ChangeModel, index: ModelIndex): ModelViewModel {
    const explore = this.explore;
    return {
      model,
      index,
      lang: this.localeController.lang,
      headingLevel: this.headingLevel,
      view: this.view,
      selection: explore.selection,
      // Lit once the selection panel's module is in (fetched with the first selection).
      inSight: this.selectionDetails.module?.lineOfSight(model, explore.selection),
      filtered: this.filtered(),
      atRisk: this.indexed!.facts.atRiskItems,
      activeItem: explore.items.activeId,
      connectors: this.connectors.paths,
      linkLists: this.narrow && this.printing.width === undefined,
      itemRef: (id) => explore.items.ref(id),
      linkRef: (key) => explore.linkRef(key),
      boardRef: this.boardRef,
      onBoardKeydown: explore.onBoardKeydown,
      onLinkKeydown: (event, link, origin) => explore.onLinkKeydown(event, link, origin),
      // While edit mode waits for a pointer link's target, a click on an item ends the link instead.
      selectItem: (id) => this.editMode.pick(id) || explore.toggleItem(id),
      selectLink: (link, origin) => explore.pickLink(link, origin),
      goTo: (id) => explore.goTo(id),
      clearSelection: () => explore.clear(),
      marks: this.editable ? this.editMode.marks : undefined,
      renderPort: this.editable ? (id) => this.editMode.renderPort(id, id === explore.items.activeId) : undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the controllers' hostUpdate: a source controller made now starts loading in this update.
    void this.source;
    const model = this.shown;
    if (model) this.indexFor(model);
    // Applied once the model is there, and again whenever the host changes it.
    if (this.selected && this.indexed && (changed.has('selected') || this.appliedSelected !== this.selected)) {
      this.appliedSelected = this.selected;
      this.explore.select(this.selected);
    }
  }

  /** The index and facts of `model`, computed once per model object. */
  private indexFor(model: ChangeModel): NonNullable<SammenChangeModel['indexed']> {
    if (this.indexed?.model !== model) this.indexed = { model, index: indexModel(model), facts: modelFacts(model) };
    return this.indexed;
  }

  private renderModel(model: ChangeModel): unknown {
    const { index, facts } = this.indexFor(model);
    const vm = this.viewModel(model, index);
    this.lastViewModel = vm;
    const title = shownText(model.title, vm.lang);
    const toolbar = renderToolbar({
      view: this.view,
      summary: summarySentence(facts.counts),
      filterOn: this.atRiskOnly,
      hasAtRisk: facts.atRiskItems.size > 0,
      hasIndicators: facts.hasIndicators,
      paper: this.printSize,
      setView: (view) => (this.view = view),
      setFilter: (on) => (this.atRiskOnly = on),
      setPaper: (paper) => (this.printSize = paper),
      print: () => void this.printing.print(),
    });
    return html`<div class="model ${this.narrow ? 'model--narrow' : ''} ${this.printing.width ? 'model--print' : ''}">
      ${heading(this.headingLevel, html`<span lang=${title.lang ?? nothing} dir=${title.dir}>${title.text || msg('Untitled change model')}</span>`, { class: 'model__title' })}
      ${toolbar} ${this.editMode.renderTools()}
      ${this.stored.doc && this.shown === this.stored.doc ? renderSaveProblem(this.stored) : nothing}
      ${this.view === 'outline'
        ? this.outline.render(
            (outline) => outline.renderOutline(vm),
            () => html`<p class="loading" role="status">${msg('Loading the outline…')}</p>`,
          )
        : // The at-risk filter's chains come with the selection panel's module: the board waits for them.
          this.atRiskOnly
          ? this.selectionDetails.render(() => this.renderWorkspace(vm), () => html`<p class="loading" role="status">${msg('Loading the change model…')}</p>`)
          : this.renderWorkspace(vm)}
    </div>`;
  }

  private renderWorkspace(vm: ModelViewModel): unknown {
    return html`<div class="workspace">${renderBoard(vm, this.connectors, !this.narrow || this.printing.width !== undefined)}${renderSelectionPanel(vm, { origin: this.explore.origin, headingRef: this.panelHeadingRef, details: this.selectionDetails })}</div>${this.editMode.renderPanel()}`;
  }

  private renderBody(): unknown {
    const error = this.givenError ?? this.source.error;
    if (error) return renderErrorView(error, msg('The change model could not be shown'));
    const model = this.shown;
    if (!model) return html`<p class="loading" role="status">${msg('Loading the change model…')}</p>`;
    return this.renderModel(model);
  }

  override render() {
    return html`${this.renderBody()} ${this.announcer.render()}`;
  }
}
