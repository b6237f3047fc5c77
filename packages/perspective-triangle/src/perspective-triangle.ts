import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import { createPerspectiveSession, type PerspectiveSession, type Store } from '@sammen/sdk';
import {
  AnnouncerController,
  DEFAULT_HEADING_LEVEL,
  DeferredValueController,
  DocumentSourceController,
  type FocusController,
  FocusKeeper,
  SammenElement,
  SessionController,
  focusAfterUpdate,
  formFieldStyles,
  renderErrorView,
  resolveStore,
  sessionListStyles,
  toErrorDetail,
  type SessionChangeDetail,
} from '@sammen/core';
import type { NextStepsController } from './next-steps-controller.js';
import { PART_IDS, type PartId } from './session-progress.js';
import { renderSituations } from './session-list.js';
import type { WorkView } from './work-view.js';
import { lazyWork } from './lazy-work.js';
import { loadWorkedCase, sessionParser } from './loaders.js';
import { triangleStyles } from './perspective-triangle.styles.js';
import type { TriangleViewModel } from './view-model.js';
import { translations } from './generated/translations.js';

export type { SessionChangeDetail };

/**
 * One situation seen from three sides: an SVG triangle whose corners are the child, the parents
 * and the professionals, with the shared understanding and next steps in the centre.
 *
 * Data: the `session` property, else `src` (both opened read-only, with "work on a copy"), else
 * the session `document-id` in the store (autosaved), else a list of saved sessions to resume.
 * Opening, listing, copying and deleting sessions is core's `SessionController`.
 *
 * Keyboard: the triangle is one tab stop; the arrow keys move to the nearest part in that
 * direction (every arrow from every part goes somewhere), Home/End to the child/the centre,
 * Enter/Space open a part's panel, Escape closes it and returns to the part. A visible hint under
 * the triangle says so and is each part's accessible description.
 *
 * @summary The perspective triangle: child, parents, professionals, shared understanding.
 * @tagname sammen-perspective-triangle
 * @fires {CustomEvent<SessionChangeDetail>} sammen-session-change - A session was opened, created, copied, edited, deleted or closed; `detail: {id, reason}`.
 * @fires {CustomEvent<SammenErrorDetail>} sammen-error - A document could not be loaded or saved; `detail: {code, message, issues?}`.
 * @csspart triangle - The SVG triangle.
 * @csspart node - A corner or the centre in the triangle.
 * @csspart panel - The panel of the open corner or centre.
 * @csspart situation - The situation's title and description.
 * @csspart privacy-warning - The privacy guard's message.
 * @csspart guide - Guided mode's progress ("Step 2 of 4").
 * @csspart summary - The one-page summary.
 * @csspart session-list - The list of saved sessions.
 * @csspart read-only - The banner over a read-only (worked) case.
 * @csspart save-problem - The message shown when saving failed or conflicted.
 * @csspart error - The inline error view.
 * @cssprop --sammen-triangle-max-width - Widest the triangle is drawn (default 26rem).
 */
export class SammenPerspectiveTriangle extends SammenElement {
  static override translations = translations;
  static override styles = [SammenElement.styles, formFieldStyles, sessionListStyles, triangleStyles];

  /** A `PerspectiveSession` to open read-only (e.g. a training case); takes precedence over `src`. Validated: anything else shows an error. */
  @property({ attribute: false }) session?: PerspectiveSession;
  /** URL of a `PerspectiveSession` JSON document to open read-only. */
  @property() src?: string;
  /** Id of the session in the store to open and autosave. Without it (and without `session`/`src`) saved sessions are listed. */
  @property({ attribute: 'document-id' }) documentId?: string;
  /** Walk corner by corner in a fixed order (child first) instead of jumping freely. */
  @property({ type: Boolean, reflect: true }) guided = false;
  /** `work` (triangle and panel) or `summary` (the one-page summary, also what is printed). */
  @property({ reflect: true }) view: 'work' | 'summary' = 'work';
  /** The store for sessions; else the page default (`setDefaultStore`), else IndexedDB. */
  @property({ attribute: false }) store?: Store;
  /** Level of the widget's top headings (1–6, default 2), so it fits the host page's outline; sub-headings go one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** The part whose panel is open; undefined while the panel is closed (guided mode always has one). */
  @state() private selected: PartId | undefined;
  /** The part holding the triangle's roving tab stop. */
  @state() private active: PartId = 'child';
  @state() private workedCase: unknown;

  private readonly announcer = new AnnouncerController(this);

  private readonly source = new DocumentSourceController<PerspectiveSession>(this, {
    parse: sessionParser,
    property: () => (this.sessions.openedId ? undefined : (this.session ?? this.workedCase)),
    src: () => (this.sessions.openedId ? undefined : this.src),
  });

  private readonly sessions: SessionController<'perspective-session'> = new SessionController(this, {
    kind: 'perspective-session',
    store: () => resolveStore(this.store),
    documentId: () => this.documentId,
    readOnlyInput: () => this.hasReadOnlyInput,
    create: (id) => createPerspectiveSession({ id }),
    titleOf: (session) => session.title,
    texts: () => ({
      untitled: msg('Untitled situation'),
      deleteMessage: msg('The situation and everything written in it is deleted. This cannot be undone.'),
      deleted: msg('The situation was deleted.'),
    }),
    announce: (text) => this.announcer.announce(text),
    onOpened: () => this.resetSelection(),
    onClosed: () => {
      this.workedCase = undefined;
      this.view = 'work';
    },
  });

  /** The work view with what only it needs: fetched the first time a session is shown (never for the list). */
  private readonly work = lazyWork(this, (module) => {
    // The triangle's roving tab stop: arrows move spatially between the parts, Escape closes the panel.
    this.parts = new module.FocusController<PartId>(this, {
      items: () => PART_IDS,
      active: () => this.active,
      activate: (part) => (this.active = part),
      layout: () => ({ kind: 'spatial', positions: module.POSITIONS }),
      onEscape: () => this.closePanel(),
    });
    this.steps = new module.NextStepsController(this, {
      steps: () => this.sessions.stored.doc?.nextSteps ?? [],
      edit: (edit) => this.sessions.edit((doc) => ({ ...doc, nextSteps: edit(doc.nextSteps) })),
      announce: (text) => this.announcer.announce(text),
    });
  });
  /** Made when the work view's module arrives. */
  private parts: FocusController<PartId> | undefined;
  private steps: NextStepsController | undefined;

  /** The privacy guard (in the work view's module) reads the whole title and description: after typing pauses, not per key. */
  private readonly privacy = new DeferredValueController(this, {
    input: () => (this.work.module && this.sessions.stored.doc ? `${this.sessions.stored.doc.title}\n${this.sessions.stored.doc.description}` : ''),
    compute: (text) => (text ? this.work.module!.personalDataKinds(text) : []),
    onChange: (kinds, before) => {
      if (kinds.length && kinds.join() !== before?.join()) this.announcer.announce(this.work.module!.privacyWarning(kinds, this.localeController.lang));
    },
  });

  /** The heading of what is shown (panel, summary, list; a loading session's status line): where focus goes when a view changes. */
  private readonly viewHeading = createRef<HTMLElement>();
  private readonly summaryButton = createRef<HTMLElement>();
  protected readonly focusKeeper = new FocusKeeper(this, () => this.viewHeading.value);

  constructor() {
    super();
    this.announcer.followSaves(() => this.sessions.stored.status, () => this.sessions.stored.location);
  }

  private get hasReadOnlyInput(): boolean {
    return Boolean(this.session ?? this.src ?? this.workedCase);
  }

  /** Resolves when the shown document (or list) has loaded — for hosts and tests. */
  get loaded(): Promise<unknown> {
    // After the pending update: the first one waits for the page's language, and the list's load starts in it.
    return this.updateComplete
      .then(() => Promise.all([this.source.settled, this.sessions.listLoaded, this.sessions.stored.settled]))
      .then(() => this.updateComplete)
      .then(() => this.work.ready)
      .then(() => this.updateComplete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('guided') && this.guided && !this.selected) this.select('child');
  }

  private select(part: PartId, focusPanel = false): void {
    this.selected = part;
    this.active = part;
    if (focusPanel) void focusAfterUpdate(this, () => this.viewHeading.value);
  }

  /** Opens a part's panel, or closes it when it is already open (the node is a disclosure button). */
  private toggle(part: PartId): void {
    if (this.selected === part) this.closePanel();
    else this.select(part, true);
  }

  /** Closes the panel and returns focus to its part of the triangle; false when none could close. */
  private closePanel(): boolean {
    const part = this.selected;
    if (!part || this.guided) return false;
    this.selected = undefined;
    void this.parts?.focus(part);
    return true;
  }

  /** A session opens with the panel closed in free mode, on the child in guided mode. */
  private resetSelection(): void {
    this.selected = this.guided ? 'child' : undefined;
    this.active = 'child';
  }

  private readonly onNodeKeydown = (event: KeyboardEvent, part: PartId): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggle(part);
    } else this.parts?.onKeydown(event);
  };

  /** Escape anywhere in the open panel closes it and returns to its corner. */
  private readonly onPanelKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (this.closePanel()) event.preventDefault();
  };

  /** Switches between the triangle and the summary; focus goes to the summary's heading, or back to the button that opened it. */
  private showView(view: 'work' | 'summary'): void {
    this.view = view;
    void focusAfterUpdate(this, () => (view === 'summary' ? this.viewHeading.value : this.summaryButton.value));
  }

  private async openWorkedExample(): Promise<void> {
    try {
      this.workedCase = await loadWorkedCase(this.localeController.lang);
    } catch (error) {
      this.reportError(toErrorDetail(error, 'load-failed'));
    }
  }

  private viewModel(session: PerspectiveSession, readOnly: boolean): TriangleViewModel {
    const edit = (change: (doc: PerspectiveSession) => PerspectiveSession) => this.sessions.edit(change);
    return {
      session,
      lang: this.localeController.lang,
      readOnly,
      selected: this.selected ?? 'child',
      headingLevel: this.headingLevel,
      saveStatus: this.sessions.stored.status,
      storeLocation: this.sessions.stored.location,
      personalData: this.privacy.value ?? [],
      setSituation: (patch) => edit((doc) => ({ ...doc, ...patch })),
      setAnswer: (perspective, promptId, text) => edit((doc) => this.work.module!.withAnswer(doc, perspective, promptId, text)),
      setSharedUnderstanding: (text) => edit((doc) => ({ ...doc, sharedUnderstanding: text })),
      ...this.steps!.actions,
    };
  }

  /** What the work view (bars, triangle, panel) reads and calls. */
  private workView(session: PerspectiveSession, readOnly: boolean): WorkView {
    return {
      ...this.viewModel(session, readOnly),
      guided: this.guided,
      open: this.selected,
      view: this.view,
      stored: this.sessions.stored,
      backToList: this.sessions.openedHere || Boolean(this.workedCase && !this.documentId) ? () => void this.sessions.close() : undefined,
      workOnCopy: () => this.sessions.workOnCopy(session),
      remove: () => void this.sessions.remove(session),
      select: (part, focusPanel) => this.select(part, focusPanel),
      toggle: (part) => this.toggle(part),
      closePanel: () => this.closePanel(),
      onNodeKeydown: this.onNodeKeydown,
      onPanelKeydown: this.onPanelKeydown,
      parts: this.parts!,
      viewHeading: this.viewHeading,
      summaryButton: this.summaryButton,
      showSummary: () => this.showView('summary'),
      setView: (view) => this.showView(view),
      print: () => {
        this.showView('summary');
        void this.updateComplete.then(() => window.print());
      },
      copyText: () => void this.work.module!.copySummary(session, this.localeController.lang).then((said) => this.announcer.announce(said)),
    };
  }

  private renderBody(): unknown {
    const readOnlyInput = !this.sessions.openedId && this.hasReadOnlyInput;
    if (!readOnlyInput && this.sessions.showsList) {
      return renderSituations(this.sessions, this.localeController.lang, this.headingLevel, this.viewHeading, () => void this.openWorkedExample());
    }
    // A session is shown: the work view's module is fetched beside it (once).
    void this.work.load();
    const error = (readOnlyInput && this.source.error) || this.work.error;
    if (error) return renderErrorView(error, msg('The situation could not be shown'));
    const doc = readOnlyInput ? this.source.loaded?.value : this.sessions.stored.status === 'loading' ? undefined : this.sessions.stored.doc;
    // Focus that was on the list (its "Open the example" button) waits here while the situation
    // and the work view's module arrive, not on <body> (FocusKeeper moves it only if it was in the widget).
    if (!doc || !this.work.module) return html`<p class="loading" role="status" tabindex="-1" ${ref(this.viewHeading)}>${msg('Loading the situation…')}</p>`;
    return this.work.module.renderWork(this.workView(doc, readOnlyInput || Boolean(doc.readOnly)));
  }

  override render() {
    return html`${this.renderBody()} ${this.sessions.renderConfirm(this.headingLevel)} ${this.announcer.render()}`;
  }
}
