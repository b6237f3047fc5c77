import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import {
  DEFAULT_PROMPT_IDS,
  createPerspectiveSession,
  newId,
  parsePerspectiveSession,
  type PerspectiveSession,
  type Store,
} from '@sammen/sdk';
import {
  AnnouncerController,
  DocumentSourceController,
  FocusController,
  FocusKeeper,
  SammenElement,
  StoredDocumentController,
  DEFAULT_HEADING_LEVEL,
  fireSammenEvent,
  focusAfterUpdate,
  forgetUnsavedText,
  formFieldStyles,
  heading,
  headingLevel,
  icon,
  renderErrorView,
  renderSaveProblem,
  resolveStore,
  toErrorDetail,
  type SammenConfirm,
} from '@sammen/core';
import { partLabel, promptsOf } from './perspective-texts.js';
import { GUIDED_ORDER, PART_IDS, guidedStep, partState, sessionProgress, type PartId } from './session-progress.js';
import { sessionToText } from './session-summary.js';
import { POSITIONS } from './triangle-geometry.js';
import { renderTriangle } from './triangle-diagram.js';
import { NextStepsController } from './next-steps-controller.js';
import { panelHeading, renderCentrePanel, renderCornerPanel, renderIntroPanel } from './panels.js';
import { renderSituation } from './situation-header.js';
import { renderSummary } from './summary-view.js';
import { renderSessionList } from './session-list.js';
import { triangleStyles } from './perspective-triangle.styles.js';
import type { TriangleViewModel } from './view-model.js';

/** Detail of `sammen-session-change`. */
export interface SessionChangeDetail {
  /** The session's id (undefined when going back to the list). */
  id: string | undefined;
  reason: 'opened' | 'created' | 'copied' | 'edited' | 'deleted' | 'closed';
}

// The worked case is example content: loaded only when someone asks for it.
const loadWorkedCase = (lang: string) => import('@sammen/content').then((content) => content.loadWorkedCase(lang));

/**
 * One situation seen from three sides: an SVG triangle whose corners are the child, the parents
 * and the professionals, with the shared understanding and next steps in the centre.
 *
 * Data: the `session` property, else `src` (both opened read-only, with "work on a copy"), else
 * the session `document-id` in the store (autosaved), else a list of saved sessions to resume.
 *
 * Keyboard: the triangle is one tab stop; the arrow keys move to the nearest part in that
 * direction (every arrow from every part goes somewhere), Home/End to the child/the centre,
 * Enter/Space open a part's panel, Escape closes it and returns to the part. A visible hint under
 * the triangle says so and is each part's accessible description.
 *
 * @summary The perspective triangle: child, parents, professionals, shared understanding.
 * @tagname sammen-perspective-triangle
 * @fires sammen-session-change - A session was opened, created, copied, edited, deleted or closed; `detail: {id, reason}`.
 * @fires sammen-error - A document could not be loaded or saved; `detail: {code, message, issues?}`.
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
  static override styles = [SammenElement.styles, formFieldStyles, triangleStyles];

  /** A `PerspectiveSession` to open read-only (e.g. a training case); takes precedence over `src`. */
  @property({ attribute: false }) session?: PerspectiveSession | unknown;
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
  /** A session opened in this widget (from the list, "new" or "work on a copy"); wins over the inputs. */
  @state() private openedId: string | undefined;
  @state() private workedCase: unknown;
  @state() private listVersion = 0;
  private pendingCopy: PerspectiveSession | undefined;

  @query('sammen-confirm') private confirmDialog?: SammenConfirm;

  private readonly source = new DocumentSourceController<PerspectiveSession>(this, {
    parse: parsePerspectiveSession,
    property: () => (this.openedId ? undefined : (this.session ?? this.workedCase)),
    src: () => (this.openedId ? undefined : this.src),
  });

  private readonly stored = new StoredDocumentController(this, {
    kind: 'perspective-session',
    id: () => this.openedId ?? (this.hasReadOnlyInput ? undefined : this.documentId),
    store: () => resolveStore(this.store),
    create: (id) => (this.pendingCopy?.id === id ? this.pendingCopy : createPerspectiveSession({ id })),
    onReplaced: (doc) => {
      // A copy is saved at once, so it shows in the list even before the first edit.
      if (doc.id === this.pendingCopy?.id && doc.revision === 0) queueMicrotask(() => this.stored.update((current) => current));
    },
  });

  private readonly list = new Task(this, {
    args: () => [this.showsList, this.listVersion, this.store] as const,
    task: async ([shows]) => (shows ? resolveStore(this.store).list('perspective-session') : undefined),
    onError: (error) => this.reportError(toErrorDetail(error, 'list-failed')),
  });

  private readonly announcer = new AnnouncerController(this);

  /** The triangle's roving tab stop: arrows move spatially between the parts, Escape closes the panel. */
  private readonly parts = new FocusController<PartId>(this, {
    items: () => PART_IDS,
    active: () => this.active,
    activate: (part) => (this.active = part),
    layout: () => ({ kind: 'spatial', positions: POSITIONS }),
    onEscape: () => this.closePanel(),
  });
  /** The heading of what is shown (panel, summary or list): where focus goes when a view changes. */
  private readonly viewHeading = createRef<HTMLElement>();
  private readonly summaryButton = createRef<HTMLElement>();
  private readonly steps = new NextStepsController(this, {
    steps: () => this.stored.doc?.nextSteps ?? [],
    edit: (edit) => this.edit((doc) => ({ ...doc, nextSteps: edit(doc.nextSteps) })),
    announce: (text) => this.announcer.announce(text),
  });
  protected readonly focusKeeper = new FocusKeeper(this, () => this.viewHeading.value);

  private get hasReadOnlyInput(): boolean {
    return Boolean(this.session ?? this.src ?? this.workedCase);
  }

  private get showsList(): boolean {
    return !this.openedId && !this.hasReadOnlyInput && !this.documentId;
  }

  /** Resolves when the shown document (or list) has loaded — for hosts and tests. */
  get loaded(): Promise<unknown> {
    // After the pending update: the first one waits for the page's language, and the list's load starts in it.
    return this.updateComplete
      .then(() => Promise.all([this.source.settled, this.list.taskComplete.catch(() => undefined)]))
      .then(() => this.updateComplete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('guided') && this.guided && !this.selected) this.select('child');
  }

  private change(id: string | undefined, reason: SessionChangeDetail['reason']): void {
    fireSammenEvent<SessionChangeDetail>(this, 'sammen-session-change', { id, reason });
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
    void this.parts.focus(part);
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
    } else this.parts.onKeydown(event);
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

  private edit(edit: (session: PerspectiveSession) => PerspectiveSession): void {
    if (!this.stored.doc) return;
    this.stored.update(edit);
    this.change(this.stored.doc.id, 'edited');
  }

  private async workOnCopy(doc: PerspectiveSession): Promise<void> {
    const { readOnly: _readOnly, ...rest } = doc;
    const copy: PerspectiveSession = { ...rest, id: newId(), revision: 0, updatedAt: new Date().toISOString() };
    this.pendingCopy = copy;
    this.openedId = copy.id;
    this.resetSelection();
    this.change(copy.id, 'copied');
    this.announcer.announce(msg('You are now working on your own copy.'));
  }

  private open(id: string, reason: SessionChangeDetail['reason']): void {
    this.openedId = id;
    this.resetSelection();
    this.change(id, reason);
  }

  private async closeSession(): Promise<void> {
    await this.stored.flush();
    this.openedId = undefined;
    this.workedCase = undefined;
    this.view = 'work';
    this.listVersion += 1;
    this.change(undefined, 'closed');
  }

  private async deleteSession(session: PerspectiveSession): Promise<void> {
    const confirm = this.confirmDialog;
    if (!confirm) return;
    const title = session.title.trim() || msg('Untitled situation');
    confirm.heading = msg(str`Delete “${title}”?`);
    if (!(await confirm.ask())) return;
    try {
      if (this.stored.doc?.id === session.id) await this.stored.remove();
      else {
        await resolveStore(this.store).delete('perspective-session', session.id);
        // Unsaved text of it left on this device by a closed page goes too.
        forgetUnsavedText(resolveStore(this.store), 'perspective-session', session.id);
      }
      this.openedId = undefined;
      this.listVersion += 1;
      this.change(session.id, 'deleted');
      this.announcer.announce(msg('The situation was deleted.'));
    } catch (error) {
      this.reportError(toErrorDetail(error, 'delete-failed'));
    }
  }

  private async openWorkedExample(): Promise<void> {
    try {
      this.workedCase = await loadWorkedCase(this.localeController.lang);
    } catch (error) {
      this.reportError(toErrorDetail(error, 'load-failed'));
    }
  }

  private summaryText(session: PerspectiveSession): string {
    const lang = this.localeController.lang;
    return sessionToText(session, {
      heading: msg('Untitled situation'),
      label: (perspective) => partLabel(session, perspective, lang),
      prompts: (perspective) => promptsOf(session, perspective, lang),
      sharedUnderstanding: msg('Shared understanding'),
      nextSteps: msg('Next steps'),
      who: msg('Who'),
      due: msg('By when'),
      done: msg('done'),
      empty: msg('(nothing written yet)'),
    });
  }

  private async copyText(session: PerspectiveSession): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.summaryText(session));
      this.announcer.announce(msg('The summary was copied as text.'));
    } catch {
      this.announcer.announce(msg('Copying is not allowed on this page. Use Print instead.'));
    }
  }

  private async print(): Promise<void> {
    this.showView('summary');
    await this.updateComplete;
    window.print();
  }

  private viewModel(session: PerspectiveSession, readOnly: boolean, selected: PartId): TriangleViewModel {
    return {
      session,
      lang: this.localeController.lang,
      readOnly,
      selected,
      headingLevel: this.headingLevel,
      saveStatus: this.stored.status,
      storeLocation: this.stored.location,
      setSituation: (patch) => this.edit((doc) => ({ ...doc, ...patch })),
      setAnswer: (perspective, promptId, text) =>
        this.edit((doc) => ({
          ...doc,
          perspectives: {
            ...doc.perspectives,
            [perspective]: { ...doc.perspectives[perspective], answers: { ...doc.perspectives[perspective].answers, [promptId]: text } },
          },
        })),
      setSharedUnderstanding: (text) => this.edit((doc) => ({ ...doc, sharedUnderstanding: text })),
      ...this.steps.actions,
    };
  }

  /** Guided mode's place in the walk, shown at the top of the panel. */
  private renderGuideProgress(selected: PartId): unknown {
    const index = GUIDED_ORDER.indexOf(selected);
    return html`<p class="guide__progress" part="guide">
      <label for="guide-progress">${msg(str`Step ${index + 1} of ${GUIDED_ORDER.length}`)}</label>
      <progress id="guide-progress" max=${GUIDED_ORDER.length} .value=${index + 1}></progress>
    </p>`;
  }

  /** Guided mode's Back / Next, at the end of the panel. */
  private renderGuideButtons(selected: PartId): unknown {
    const previous = guidedStep(selected, -1);
    const next = guidedStep(selected, 1);
    return html`<nav class="guide" aria-label=${msg('Guided walk')}>
      ${previous
        ? html`<sammen-button variant="secondary" @click=${() => this.select(previous, true)}>${icon('chevron-left')} ${msg('Back')}</sammen-button>`
        : html`<span></span>`}
      ${next ? html`<sammen-button @click=${() => this.select(next, true)}>${msg('Next')} ${icon('chevron-right')}</sammen-button>` : nothing}
    </nav>`;
  }

  private renderPanel(session: PerspectiveSession, readOnly: boolean): unknown {
    const selected = this.selected;
    if (!selected) {
      return renderIntroPanel(session, this.localeController.lang, this.headingLevel, this.viewHeading, {
        open: (part) => this.select(part, true),
        showSummary: () => (this.view = 'summary'),
      });
    }
    const view = this.viewModel(session, readOnly, selected);
    return html`<section id="panel" class="panel" part="panel" aria-labelledby="panel-heading" @keydown=${this.onPanelKeydown}>
      <div class="panel__head">
        ${heading(headingLevel(this.headingLevel), panelHeading(view), { id: 'panel-heading', tabindex: -1, ref: this.viewHeading })}
        ${this.guided
          ? nothing
          : html`<sammen-icon-button icon="close" label=${msg('Close the panel')} @click=${() => this.closePanel()}></sammen-icon-button>`}
      </div>
      ${this.guided ? this.renderGuideProgress(selected) : nothing}
      ${selected === 'centre' ? renderCentrePanel(view) : renderCornerPanel(view, selected)}
      ${this.guided ? this.renderGuideButtons(selected) : nothing}
    </section>`;
  }

  private renderWork(session: PerspectiveSession, readOnly: boolean): unknown {
    const view = this.viewModel(session, readOnly, this.selected ?? 'child');
    const lang = view.lang;
    const parts = PART_IDS.map((id) => ({ id, label: partLabel(session, id, lang), state: partState(session, id, DEFAULT_PROMPT_IDS) }));
    const { done, total } = sessionProgress(session, DEFAULT_PROMPT_IDS);
    const fromList = Boolean(this.openedId) || Boolean(this.workedCase);
    return html`${readOnly
        ? html`<div class="read-only" part="read-only" role="note">
            <p>${msg('This is a worked case, opened read-only. To write in it, work on your own copy.')}</p>
            <sammen-button @click=${() => void this.workOnCopy(session)}>${icon('copy')} ${msg('Work on a copy')}</sammen-button>
          </div>`
        : nothing}
      <div class="bar">
        ${fromList && !this.documentId
          ? html`<sammen-button variant="quiet" @click=${() => void this.closeSession()}>${icon('chevron-left')} ${msg('All situations')}</sammen-button>`
          : nothing}
        <span class="bar__progress">${msg(str`${done} of ${total} parts done`)}</span>
        ${readOnly
          ? nothing
          : html`<sammen-save-status status=${this.stored.status} location-type=${this.stored.location.type} location-label=${this.stored.location.label ?? nothing}></sammen-save-status>`}
      </div>
      ${readOnly ? nothing : renderSaveProblem(this.stored)}
      ${this.view === 'summary'
        ? html`<div class="bar">
              <sammen-button variant="secondary" @click=${() => this.showView('work')}>${icon('edit')} ${msg('Back to the triangle')}</sammen-button>
              <sammen-button variant="secondary" @click=${() => void this.print()}>${icon('print')} ${msg('Print')}</sammen-button>
              <sammen-button variant="secondary" @click=${() => void this.copyText(session)}>${icon('copy')} ${msg('Copy as text')}</sammen-button>
            </div>
            ${renderSummary(session, lang, this.headingLevel, this.viewHeading)}`
        : html`${renderSituation(view)}
            <div class="workspace">
              <div class="diagram">
                ${renderTriangle(
                  { parts, selected: this.selected, focus: this.parts, keysHint: 'triangle-keys', interactive: !this.guided, onKeydown: this.onNodeKeydown, onSelect: (part) => this.toggle(part) },
                  msg('Perspective triangle: choose a corner or the centre'),
                )}
                ${this.guided ? nothing : html`<p id="triangle-keys" class="diagram__keys">${msg('Use the arrow keys to move between the corners and the centre, and Enter to open one.')}</p>`}
              </div>
              ${this.renderPanel(session, readOnly)}
            </div>
            <div class="bar bar--end">
              <sammen-button variant="secondary" ${ref(this.summaryButton)} @click=${() => this.showView('summary')}>${msg('Summary')}</sammen-button>
              <sammen-button variant="quiet" @click=${() => void this.print()}>${icon('print')} ${msg('Print')}</sammen-button>
              <sammen-button variant="quiet" @click=${() => void this.copyText(session)}>${icon('copy')} ${msg('Copy as text')}</sammen-button>
              ${readOnly
                ? nothing
                : html`<sammen-button variant="danger" @click=${() => void this.deleteSession(session)}>${icon('trash')} ${msg('Delete')}</sammen-button>`}
            </div>`}`;
  }

  private renderBody(): unknown {
    if (!this.openedId && this.hasReadOnlyInput) {
      if (this.source.error) return renderErrorView(this.source.error, msg('The situation could not be shown'));
      const loaded = this.source.loaded?.value;
      if (!loaded) return html`<p class="loading" role="status">${msg('Loading the situation…')}</p>`;
      return this.renderWork(loaded, true);
    }
    if (this.showsList) {
      if (this.list.status === TaskStatus.ERROR) return renderErrorView(toErrorDetail(this.list.error, 'list-failed'), msg('Your situations could not be listed'));
      return renderSessionList(this.list.value, this.localeController.lang, this.headingLevel, this.viewHeading, {
        open: (id) => this.open(id, 'opened'),
        remove: (session) => void this.deleteSession(session),
        create: () => this.open(newId(), 'created'),
        openWorkedExample: () => void this.openWorkedExample(),
      });
    }
    const doc = this.stored.doc;
    if (!doc || this.stored.status === 'loading') return html`<p class="loading" role="status">${msg('Loading the situation…')}</p>`;
    return this.renderWork(doc, Boolean(doc.readOnly));
  }

  override render() {
    return html`${this.renderBody()}
      <sammen-confirm message=${msg('The situation and everything written in it is deleted. This cannot be undone.')} confirm-label=${msg('Delete')} heading-level=${this.headingLevel} danger></sammen-confirm>
      ${this.announcer.render()}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sammen-session-change': CustomEvent<SessionChangeDetail>;
  }
}
