import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import {
  createReflectionNotes,
  loadParser,
  type ReflectionDeck,
  type ReflectionNotes,
  type Store,
} from '@sammen/sdk';
import {
  AnnouncerController,
  DEFAULT_HEADING_LEVEL,
  DeferredValueController,
  DocumentSourceController,
  ElementRefs,
  FocusKeeper,
  SammenElement,
  disclosureStyles,
  formFieldStyles,
  heading,
  headingLevel,
  lazyParser,
  StoredDocumentController,
  fireSammenEvent,
  focusAfterUpdate,
  renderErrorView,
  renderSaveProblem,
  resolveStore,
  type SammenConfirm,
} from '@sammen/core';
import { deckCards, filterCards, isFiltered, NO_FILTER, type CardEntry, type DeckFilter } from './deck-filter.js';
import type { DiscussionTimerController } from './discussion-timer.js';
import { cardFromHash, hashWithCard } from './card-hash.js';
import { drawCard, progress, resetNotes, setDiscussed, setNote, stepCard } from './session-notes.js';
import { askToConfirm, shownText } from '@sammen/core';
import { renderOverview } from './overview-view.js';
import { lazyPart } from './lazy-part.js';
import { PendingKeys } from './pending-keys.js';
import type { FocusModeKeys } from './focus-mode-keys.js';
import { renderSessionBar } from './session-bar.js';
import { deckStyles } from './reflection-deck.styles.js';
import { overviewStyles } from './overview.styles.js';
import type { DeckElement, DeckViewModel, PrintMode } from './view-model.js';
import { translations } from './generated/translations.js';

/** Detail of `sammen-card-change`. */
export interface CardChangeDetail {
  /** The card now open in focus mode, or undefined for the overview. */
  cardId: string | undefined;
}

/** Detail of `sammen-notes-change`. */
export interface NotesChangeDetail {
  sessionId: string;
  /** The card whose notes or discussed flag changed (undefined after a reset). */
  cardId: string | undefined;
  discussed: number;
  total: number;
}

/** The deck's parser: imported for a `deck` property or a `src`, never for the built-in example. */
const deckParser = lazyParser(() => loadParser('reflection-deck'));
// Built-in example content is a dynamic import, so it is not part of the widget's first bundle;
// and only in the languages shown (the page's, and the second language), each a chunk of its own.
// Straight from its module, not through the package's index: one request fewer before it shows.
const loadExampleDeck = (langs: readonly string[]) => import('@sammen/content/example-deck').then((content) => content.exampleDeck(langs));

/**
 * Reflection-question cards for staff meetings and parent meetings: themes of cards, each a
 * statement and reflection questions; an overview with filters and search, a focus mode for
 * projecting, and — with `session-id` — a working session whose notes are saved as you type.
 *
 * Data: the `deck` property, else `src`, else Sammen's example deck in the page's language.
 * Without `session-id` nothing is saved (no notes fields are shown).
 *
 * Keyboard in focus mode: ← / → previous and next card (mirrored in right-to-left pages), Home /
 * End the first and last card, R draws a card, Escape leaves full screen, then focus mode. The
 * arrows, Home, End and R act only when focus is not in a form field; `shortcuts="off"` turns
 * them off (WCAG 2.1.4) — the buttons do the same.
 *
 * @summary Reflection-question cards with focus mode, notes and progress.
 * @tagname sammen-reflection-deck
 * @fires {CustomEvent<CardChangeDetail>} sammen-card-change - The open card changed; `detail: {cardId}` (undefined = overview).
 * @fires {CustomEvent<NotesChangeDetail>} sammen-notes-change - Notes or a discussed flag changed; `detail: {sessionId, cardId, discussed, total}`.
 * @fires {CustomEvent<SammenErrorDetail>} sammen-error - The deck could not be loaded or notes could not be saved; `detail: {code, message, issues?}`.
 * @csspart header - The deck's title and introduction.
 * @csspart toolbar - Search and filters.
 * @csspart search - The search field.
 * @csspart count - "Showing n of m cards".
 * @csspart theme - A theme section.
 * @csspart card - A card in the overview.
 * @csspart statement - A card's statement.
 * @csspart questions - A card's list of questions.
 * @csspart second-language - A card's text in the second language.
 * @csspart session - The working-session bar (progress, save state, export, reset).
 * @csspart save-problem - The message shown when saving failed or conflicted.
 * @csspart focus-navigation - Focus mode's navigation row.
 * @csspart focus-card - The card shown large in focus mode.
 * @csspart timer - The discussion timer.
 * @csspart round - Round mode.
 * @csspart error - The inline error view.
 * @cssprop --sammen-focus-font-size - Font size of the card in focus mode (default scales with the widget's width).
 * @cssprop --sammen-card-min-width - Narrowest card column in the overview grid (default 18rem).
 */
export class SammenReflectionDeck extends SammenElement {
  static override translations = translations;
  static override styles = [SammenElement.styles, formFieldStyles, disclosureStyles, deckStyles, overviewStyles];

  /** A `ReflectionDeck` document; takes precedence over `src`. Validated like any input. */
  @property({ attribute: false }) deck?: ReflectionDeck;
  /** URL of a `ReflectionDeck` JSON document, fetched and validated. */
  @property() src?: string;
  /** Id of the working session (a `ReflectionNotes` document in the store); enables notes and progress. */
  @property({ attribute: 'session-id' }) sessionId?: string;
  /** Id of the card open in focus mode; empty for the overview. */
  @property({ reflect: true }) card?: string;
  /** A second content language shown beside the first, e.g. `ar` or `en`. */
  @property({ attribute: 'second-lang' }) secondLang?: string;
  /** Keep the open card in the URL hash (`#sammen-card=<id>`) so a link opens it. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Minutes the discussion timer starts with (fractions allowed, e.g. `0.5`). */
  @property({ type: Number, attribute: 'timer-minutes' }) timerMinutes = 5;
  /** The store for notes; else the page default (`setDefaultStore`), else IndexedDB. */
  @property({ attribute: false }) store?: Store;
  /**
   * `off` turns off focus mode's key shortcuts (←, →, Home, End and R), for people whose speech
   * input or switch device would set them off by accident (WCAG 2.1.4). Escape always works.
   */
  @property({ reflect: true }) shortcuts: 'on' | 'off' = 'on';

  /** Level of the deck's title (1–6, default 2), so it fits the host page's outline; themes go one level below, cards two. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  @state() private filter: DeckFilter = NO_FILTER;
  @state() private participants: string[] = [];
  /** Characters typed in the round's names field (for its length count). */
  @state() private participantsLength = 0;
  @state() private turn = 0;
  @state() private printing: PrintMode | undefined;
  @state() private fullscreen = false;
  @state() private copyMessage = '';
  /** Cards shown in this visit, so a draw without a session does not repeat them either. */
  private readonly seen = new Set<string>();

  private get confirmDialog(): SammenConfirm | null {
    return this.renderRoot.querySelector('sammen-confirm');
  }

  /** Focus mode (with its keys, timer, full screen and round), printing and the notes export: downloaded the first time they are used. */
  private readonly focusPart = lazyPart(this, 'focus', () => msg('Focus mode'), (module) => {
    this.timer = new module.DiscussionTimerController(this, this.timerDuration, undefined, () => this.announcer.announce(msg('Time is up')));
    this.keys = new module.FocusModeKeys(this, {
      cards: () => this.visibleIds(),
      current: () => this.card,
      open: (id) => (this.card = id),
      draw: () => this.draw(),
      escape: () => (this.fullscreen ? void this.setFullscreen(false) : this.closeFocus()),
      shortcuts: () => this.shortcuts !== 'off',
    });
    // What was pressed while the module was on its way, now that there is something to hear it.
    if (this.card) this.pendingKeys.replay(this.keys.onKeydown);
    else this.pendingKeys.clear();
  });
  /** The discussion timer's length in ms: `timer-minutes`, or 5 minutes when it is not a positive number. */
  private get timerDuration(): number {
    return (this.timerMinutes > 0 ? this.timerMinutes : 5) * 60_000;
  }
  /** Card keys pressed in focus mode before its module arrived (pending-keys.ts). */
  private readonly pendingKeys = new PendingKeys();
  private readonly printPart = lazyPart(this, 'print', () => msg('Printing'));
  private readonly exportPart = lazyPart(this, 'export', () => msg('The notes export'));
  /** Focus mode's timer and keys, made when its module arrives. */
  private timer: DiscussionTimerController | undefined;
  private keys: FocusModeKeys | undefined;

  private readonly source = new DocumentSourceController<ReflectionDeck>(this, {
    parse: deckParser,
    property: () => this.deck,
    src: () => this.src,
    fallback: () => loadExampleDeck(this.contentLangs),
    fallbackKey: () => this.contentLangs.join(),
  });

  private readonly notes = new StoredDocumentController(this, {
    kind: 'reflection-notes',
    id: () => this.sessionId,
    store: () => resolveStore(this.store),
    create: (id) => createReflectionNotes({ id, deckId: this.source.loaded?.value.id ?? 'deck' }),
  });

  private readonly announcer = new AnnouncerController(this);
  /** Elements focus moves to (the focus-mode card, the overview's open buttons, the search). */
  private readonly refs = new ElementRefs<DeckElement>();
  protected readonly focusKeeper = new FocusKeeper(this, () => (this.card ? this.refs.get('title') : this.refs.get('search')));

  constructor() {
    super();
    this.announcer.followSaves(() => this.notes.status, () => this.notes.location);
    // How many cards are shown, spoken once when the search or a filter has settled (not per keystroke).
    new DeferredValueController(this, {
      input: () => `${this.filter.theme}|${this.filter.audience}|${this.filter.setting}|${this.filter.query}`,
      compute: () => this.countMessage(),
      onChange: (text) => this.announcer.announce(text),
    });
  }

  private countMessage(): string {
    const total = this.entries.length;
    if (!isFiltered(this.filter)) return msg(str`${total} cards`);
    const shown = filterCards(this.entries, this.filter, this.contentLangs).length;
    return msg(str`Showing ${shown} of ${total} cards`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    if (this.syncUrl) this.onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
  }

  /** Resolves when the deck — and with `session-id` its notes — has loaded (or failed): for hosts and tests. */
  get loaded(): Promise<unknown> {
    return this.source.settled
      .then(() => this.notes.settled)
      .then(() => this.updateComplete)
      .then(() => this.focusPart.ready)
      .then(() => this.updateComplete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Focus mode's module is fetched as soon as a card is asked for, beside the deck itself.
    if (this.card) void this.focusPart.load();
    if (changed.has('timerMinutes')) this.timer?.reset(this.timerDuration);
    if (changed.has('syncUrl') && this.syncUrl) this.onHashChange();
    // Here, not in updated(): resetting the timer and announcing the card change state, and a
    // change made after an update would schedule a second render for every card change.
    if (changed.has('card') && changed.get('card') !== this.card && !(changed.get('card') === undefined && !this.card)) {
      this.onCardChanged();
    }
  }

  protected override updated(): void {
    this.toggleAttribute('fullscreen', this.fullscreen);
  }

  private get entries(): CardEntry[] {
    const deck = this.source.loaded?.value;
    return deck ? deckCards(deck) : [];
  }

  private get contentLangs(): string[] {
    return this.secondLang ? [this.localeController.lang, this.secondLang] : [this.localeController.lang];
  }

  private onCardChanged(): void {
    const entry = this.entries.find((candidate) => candidate.card.id === this.card);
    if (entry) this.seen.add(entry.card.id);
    this.timer?.reset();
    if (this.syncUrl) {
      const hash = hashWithCard(location.hash, entry ? this.card : undefined);
      if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
    if (entry) this.announcer.announce(msg(str`Card: ${shownText(entry.card.title, this.localeController.lang).text}`));
    fireSammenEvent(this, 'sammen-card-change', { cardId: entry ? this.card : undefined });
  }

  private readonly onHashChange = (): void => {
    if (!this.syncUrl) return;
    const id = cardFromHash(location.hash);
    if (id !== (this.card || undefined)) this.card = id;
  };

  /** Focus mode's keys; until its module is here (a moment), Escape already leaves and the card keys wait for it. */
  private readonly onFocusKeydown = (event: KeyboardEvent): void => {
    if (this.keys) this.keys.onKeydown(event);
    else if (event.key === 'Escape') this.closeFocus();
    else if (this.shortcuts !== 'off') this.pendingKeys.keep(event);
  };

  private readonly onFullscreenChange = (): void => {
    if (!document.fullscreenElement && this.fullscreen) this.fullscreen = false;
  };

  private visibleIds(): string[] {
    return filterCards(this.entries, this.filter, this.contentLangs).map((entry) => entry.card.id);
  }

  private openCard(id: string): void {
    this.card = id;
    void focusAfterUpdate(this, () => this.refs.get('focus'));
  }

  private closeFocus(): void {
    this.pendingKeys.clear();
    const id = this.card;
    this.card = undefined;
    if (this.fullscreen) void this.setFullscreen(false);
    // Back to the card's own "Open card" button; when the filter hides it, to the search.
    void focusAfterUpdate(this, () => (id && this.refs.get(`open:${id}`)) || this.refs.get('search'));
  }

  private step(delta: number): void {
    const next = stepCard(this.visibleIds(), this.card, delta);
    if (next) this.card = next;
  }

  private draw(): void {
    const next = drawCard(this.visibleIds(), { current: this.card, notes: this.notes.doc, seen: this.seen });
    if (next) this.openCard(next);
  }

  private editNotes(cardId: string | undefined, edit: (notes: ReflectionNotes) => ReflectionNotes): void {
    const deck = this.source.loaded?.value;
    if (!this.sessionId || !deck) return;
    this.notes.update((notes) => ({ ...edit(notes), deckId: deck.id }));
    const counts = progress(this.notes.doc, this.entries.map((entry) => entry.card.id));
    fireSammenEvent(this, 'sammen-notes-change', { sessionId: this.sessionId, cardId, ...counts });
  }

  private async resetSession(): Promise<void> {
    if (!(await askToConfirm(this.confirmDialog))) return;
    this.editNotes(undefined, resetNotes);
    this.announcer.announce(msg('The session was reset.'));
  }

  /** Copies the notes as Markdown, or downloads them as Markdown or JSON (the export part). */
  private async exportNotes(deck: ReflectionDeck, action: 'copy' | 'md' | 'json'): Promise<void> {
    const exporter = await this.exportPart.load();
    const notes = this.notes.doc;
    if (!exporter || !notes) return;
    if (action !== 'copy') return exporter.downloadNotes(deck, notes, this.localeController.lang, action);
    this.copyMessage = await exporter.copyNotes(deck, notes, this.localeController.lang);
    this.announcer.announce(this.copyMessage);
  }

  private async print(mode: PrintMode): Promise<void> {
    if (!(await this.printPart.load())) return;
    this.printing = mode;
    this.setAttribute('printing', mode);
    await this.updateComplete;
    const done = () => {
      this.printing = undefined;
      this.removeAttribute('printing');
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  private async setFullscreen(on: boolean): Promise<void> {
    const how = await this.focusPart.module!.toggleFullscreen(this, on);
    // With the API, fullscreenchange keeps the state; the fallback fills the window with CSS.
    this.fullscreen = on;
    if (how === 'fallback') this.toggleAttribute('fullscreen-fallback', on);
  }

  private viewModel(deck: ReflectionDeck, entries: CardEntry[]): DeckViewModel {
    const visible = filterCards(entries, this.filter, this.contentLangs);
    return {
      deck,
      lang: this.localeController.lang,
      headingLevel: this.headingLevel,
      secondLang: this.secondLang || undefined,
      filter: this.filter,
      entries,
      visible,
      current: this.card ? entries.find((entry) => entry.card.id === this.card) : undefined,
      notes: this.sessionId ? this.notes.doc : undefined,
      saveStatus: this.notes.status,
      saveProblem: renderSaveProblem(this.notes),
      storeLocation: this.notes.location,
      timer: this.timer,
      participants: this.participants,
      turn: this.turn,
      participantsLength: this.participantsLength,
      fullscreen: this.fullscreen,
      printing: this.printing,
      keyHints: () => this.keys?.hints,
      ref: (key) => this.refs.ref(key),
      setFilter: (patch) => (this.filter = { ...this.filter, ...patch }),
      openCard: (id) => this.openCard(id),
      closeFocus: () => this.closeFocus(),
      step: (delta) => this.step(delta),
      draw: () => this.draw(),
      setDiscussed: (cardId, discussed) => this.editNotes(cardId, (notes) => setDiscussed(notes, cardId, discussed)),
      writeNote: (cardId, questionId, text) => this.editNotes(cardId, (notes) => setNote(notes, cardId, questionId, text)),
      resetSession: () => void this.resetSession(),
      copyMarkdown: () => void this.exportNotes(deck, 'copy'),
      download: (format) => void this.exportNotes(deck, format),
      print: (mode) => void this.print(mode),
      toggleFullscreen: () => void this.setFullscreen(!this.fullscreen),
      setTimerMinutes: (minutes) => this.timer?.reset(minutes * 60_000),
      setParticipants: (text) => {
        this.participants = this.focusPart.module!.parseParticipants(text);
        this.participantsLength = text.length;
        this.turn = Math.min(this.turn, Math.max(0, this.participants.length - 1));
      },
      nextTurn: () => (this.turn = this.focusPart.module!.nextTurn(this.turn, this.participants.length)),
    };
  }

  override render() {
    if (this.source.error) return renderErrorView(this.source.error, msg('The reflection cards could not be shown'));
    const deck = this.source.loaded?.value;
    if (!deck) {
      return html`<p class="loading" role="status" aria-busy="true">${msg('Loading the reflection cards…')}</p>`;
    }
    const entries = this.entries;
    const view = this.viewModel(deck, entries);
    const title = shownText(deck.title, view.lang);
    const intro = shownText(deck.intro, view.lang);
    const unknownCard = this.card && !view.current;
    return html`<div class="screen">
        <div class="header" part="header">
          ${heading(headingLevel(this.headingLevel), title.text, { class: 'header__title', lang: title.lang, dir: title.dir })}
          ${intro.text ? html`<p lang=${intro.lang ?? nothing} dir=${intro.dir}>${intro.text}</p>` : nothing}
        </div>
        ${entries.length === 0
          ? html`<sammen-empty-state heading=${msg('This deck has no cards yet')} .level=${headingLevel(this.headingLevel, 1)}>
              ${msg('When cards are added to the deck, they are shown here.')}
            </sammen-empty-state>`
          : html`${renderSessionBar(view)}
            ${this.copyMessage ? html`<p class="copy-message">${this.copyMessage}</p>` : nothing}
            ${unknownCard ? html`<p class="notice" role="status">${msg(str`The card “${this.card}” is not in this deck.`)}</p>` : nothing}
            ${view.current
              ? html`<section class="focus" tabindex="-1" aria-label=${msg('Focus mode')} ${ref(this.refs.ref('focus'))} @keydown=${this.onFocusKeydown}>
                  ${this.renderFocus(view, view.current)}
                </section>`
              : html`<div class="overview">${renderOverview(view)}</div>`}`}
        <sammen-confirm
          heading=${msg('Start the session over?')}
          message=${msg('All notes and “discussed” marks of this session are deleted. This cannot be undone.')}
          confirm-label=${msg('Delete notes and start over')}
          heading-level=${this.headingLevel}
          danger
        ></sammen-confirm>
        ${this.announcer.render()}
      </div>
      ${this.printPart.module?.renderPrint(view, this.printing) ?? nothing}`;
  }

  /** Focus mode once its module is here; until then a status in the focused section, after a failed import the error. */
  private renderFocus(view: DeckViewModel, entry: CardEntry) {
    const part = this.focusPart;
    if (part.module) return part.module.renderFocus(view, entry);
    if (part.error) return renderErrorView(part.error, msg('Focus mode could not be shown'));
    void part.load();
    return html`<p class="loading" role="status">${msg('Opening the card…')}</p>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sammen-card-change': CustomEvent<CardChangeDetail>;
    'sammen-notes-change': CustomEvent<NotesChangeDetail>;
  }
}
