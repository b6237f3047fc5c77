import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { createPerspectiveSession, newId, parsePerspectiveSession, personalDataKinds, type PerspectiveSession, type Store } from '@sammen/sdk';
import {
  AnnouncerController,
  DeferredValueController,
  DocumentSourceController,
  SammenElement,
  SessionController,
  renderErrorView,
  resolveStore,
  sessionListStyles,
  toErrorDetail,
  type SessionChangeDetail,
} from '@sammen/core';
import { addStep, moveStep, removeStep, updateStep } from './next-steps.js';
import { PART_IDS, type PartId } from './session-progress.js';
import { copySummary } from './summary-text.js';
import { nearestInDirection, POSITIONS, type Direction } from './triangle-geometry.js';
import { renderSituationList } from './session-list.js';
import { privacyWarning } from './situation-header.js';
import { renderWork, type WorkView } from './work-view.js';
import { triangleStyles } from './perspective-triangle.styles.js';
import type { TriangleViewModel } from './view-model.js';

export type { SessionChangeDetail };

const KEY_DIRECTIONS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

// The worked case is example content: loaded only when someone asks for it.
const loadWorkedCase = (lang: string) => import('@sammen/content').then((content) => content.loadWorkedCase(lang));

/**
 * One situation seen from three sides: an SVG triangle whose corners are the child, the parents
 * and the professionals, with the shared understanding and next steps in the centre.
 *
 * Data: the `session` property, else `src` (both opened read-only, with "work on a copy"), else
 * the session `document-id` in the store (autosaved), else a list of saved sessions to resume.
 * Opening, listing, copying and deleting sessions is core's `SessionController`.
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
  static override styles = [SammenElement.styles, sessionListStyles, triangleStyles];

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

  /** The part whose panel is open; undefined while the panel is closed (guided mode always has one). */
  @state() private selected: PartId | undefined;
  /** The part holding the triangle's roving tab stop. */
  @state() private active: PartId = 'child';
  @state() private workedCase: unknown;

  private readonly announcer = new AnnouncerController(this);

  private readonly source = new DocumentSourceController<PerspectiveSession>(this, {
    parse: parsePerspectiveSession,
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

  /** The privacy guard reads the whole title and description: after typing pauses, not per key. */
  private readonly privacy = new DeferredValueController(this, {
    input: () => (this.sessions.stored.doc ? `${this.sessions.stored.doc.title}\n${this.sessions.stored.doc.description}` : ''),
    compute: personalDataKinds,
    onChange: (kinds, before) => {
      if (kinds.length && kinds.join() !== before?.join()) this.announcer.announce(privacyWarning(kinds));
    },
  });

  constructor() {
    super();
    this.announcer.followSaves(() => this.sessions.stored.status, () => this.sessions.stored.location);
  }

  private get hasReadOnlyInput(): boolean {
    return Boolean(this.session ?? this.src ?? this.workedCase);
  }

  /** Resolves when the shown document (or list) has loaded — for hosts and tests. */
  get loaded(): Promise<unknown> {
    return Promise.all([this.source.settled, this.sessions.listLoaded]).then(() => this.updateComplete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('guided') && this.guided && !this.selected) this.select('child');
  }

  private select(part: PartId, focusPanel = false): void {
    this.selected = part;
    this.active = part;
    if (focusPanel) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#panel-heading')?.focus());
  }

  /** Opens a part's panel, or closes it when it is already open (the node is a disclosure button). */
  private toggle(part: PartId): void {
    if (this.selected === part) this.closePanel();
    else this.select(part, true);
  }

  /** Closes the panel and returns focus to its part of the triangle. */
  private closePanel(): void {
    const part = this.selected;
    this.selected = undefined;
    if (part) void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-part="${part}"]`)?.focus());
  }

  /** A session opens with the panel closed in free mode, on the child in guided mode. */
  private resetSelection(): void {
    this.selected = this.guided ? 'child' : undefined;
    this.active = 'child';
  }

  private readonly onNodeKeydown = (event: KeyboardEvent, part: PartId): void => {
    const direction = KEY_DIRECTIONS[event.key];
    let next: PartId | undefined;
    if (direction) next = nearestInDirection(POSITIONS, part, direction);
    else if (event.key === 'Home') next = PART_IDS[0];
    else if (event.key === 'End') next = PART_IDS[PART_IDS.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggle(part);
      return;
    } else return;
    event.preventDefault();
    if (!next) return;
    this.active = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-part="${next}"]`)?.focus());
  };

  private async openWorkedExample(): Promise<void> {
    try {
      this.workedCase = await loadWorkedCase(this.localeController.lang);
    } catch (error) {
      this.reportError(toErrorDetail(error, 'load-failed'));
    }
  }

  private viewModel(session: PerspectiveSession, readOnly: boolean): TriangleViewModel {
    const edit = (change: (doc: PerspectiveSession) => PerspectiveSession) => this.sessions.edit(change);
    const focusStep = (id: string, selector: string) =>
      void this.updateComplete.then(() => {
        const row = this.renderRoot.querySelector(`[data-step="${CSS.escape(id)}"]`);
        const target = row?.querySelector<HTMLElement>(selector);
        (target && !target.hasAttribute('disabled') ? target : row?.querySelector<HTMLElement>('[data-move]:not([disabled])'))?.focus();
      });
    return {
      session,
      lang: this.localeController.lang,
      readOnly,
      selected: this.selected ?? 'child',
      saveStatus: this.sessions.stored.status,
      storeLocation: this.sessions.stored.location,
      personalData: this.privacy.value ?? [],
      setSituation: (patch) => edit((doc) => ({ ...doc, ...patch })),
      setAnswer: (perspective, promptId, text) =>
        edit((doc) => ({
          ...doc,
          perspectives: {
            ...doc.perspectives,
            [perspective]: { ...doc.perspectives[perspective], answers: { ...doc.perspectives[perspective].answers, [promptId]: text } },
          },
        })),
      setSharedUnderstanding: (text) => edit((doc) => ({ ...doc, sharedUnderstanding: text })),
      addStep: () => {
        const id = newId();
        edit((doc) => ({ ...doc, nextSteps: addStep(doc.nextSteps, { id }) }));
        const number = this.sessions.stored.doc?.nextSteps.length ?? 1;
        this.announcer.announce(msg(str`Step ${number} added.`));
        focusStep(id, '.step__text input');
      },
      updateStep: (id, patch) => edit((doc) => ({ ...doc, nextSteps: updateStep(doc.nextSteps, id, patch) })),
      removeStep: (id) => {
        const steps = this.sessions.stored.doc?.nextSteps ?? [];
        const index = steps.findIndex((step) => step.id === id);
        edit((doc) => ({ ...doc, nextSteps: removeStep(doc.nextSteps, id) }));
        this.announcer.announce(msg(str`Step ${index + 1} removed.`));
        const neighbour = steps[index + 1] ?? steps[index - 1];
        if (neighbour) focusStep(neighbour.id, '[data-remove]');
        else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-step')?.focus());
      },
      moveStep: (id, delta) => {
        edit((doc) => ({ ...doc, nextSteps: moveStep(doc.nextSteps, id, delta) }));
        const steps = this.sessions.stored.doc?.nextSteps ?? [];
        const position = steps.findIndex((step) => step.id === id) + 1;
        this.announcer.announce(msg(str`Moved to position ${position} of ${steps.length}.`));
        focusStep(id, delta < 0 ? '[data-move="up"]' : '[data-move="down"]');
      },
    };
  }

  /** What the work view (bars, triangle, panel) reads and calls. */
  private workView(session: PerspectiveSession, readOnly: boolean): WorkView {
    return {
      ...this.viewModel(session, readOnly),
      guided: this.guided,
      open: this.selected,
      active: this.active,
      view: this.view,
      stored: this.sessions.stored,
      backToList: this.sessions.openedHere || Boolean(this.workedCase && !this.documentId) ? () => void this.sessions.close() : undefined,
      workOnCopy: () => this.sessions.workOnCopy(session),
      remove: () => void this.sessions.remove(session),
      select: (part, focusPanel) => this.select(part, focusPanel),
      toggle: (part) => this.toggle(part),
      closePanel: () => this.closePanel(),
      onNodeKeydown: this.onNodeKeydown,
      setView: (view) => (this.view = view),
      print: () => {
        this.view = 'summary';
        void this.updateComplete.then(() => window.print());
      },
      copyText: () => void copySummary(session, this.localeController.lang).then((said) => this.announcer.announce(said)),
    };
  }

  private renderBody(): unknown {
    if (!this.sessions.openedId && this.hasReadOnlyInput) {
      if (this.source.error) return renderErrorView(this.source.error, msg('The situation could not be shown'));
      const loaded = this.source.loaded?.value;
      if (!loaded) return html`<p class="loading" role="status">${msg('Loading the situation…')}</p>`;
      return renderWork(this.workView(loaded, true));
    }
    if (this.sessions.showsList) {
      const { list } = this.sessions;
      if (list.status === TaskStatus.ERROR) return renderErrorView(toErrorDetail(list.error, 'list-failed'), msg('Your situations could not be listed'));
      return renderSituationList(list.value, this.localeController.lang, {
        open: (id) => this.sessions.open(id),
        remove: (id) => {
          const session = list.value?.find((item) => item.id === id);
          if (session) void this.sessions.remove(session);
        },
        create: () => this.sessions.create(),
        openWorkedExample: () => void this.openWorkedExample(),
      });
    }
    const doc = this.sessions.stored.doc;
    if (!doc || this.sessions.stored.status === 'loading') return html`<p class="loading" role="status">${msg('Loading the situation…')}</p>`;
    return renderWork(this.workView(doc, Boolean(doc.readOnly)));
  }

  override render() {
    return html`${this.renderBody()} ${this.sessions.renderConfirm()} ${this.announcer.render()}`;
  }
}
