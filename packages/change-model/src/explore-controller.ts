// Exploring a model by keyboard and pointer: the selection (an item or a link), the board's
// roving tab stop (core's FocusController; arrows by the ragged-column rule in navigation.ts),
// the "links level" (Enter on an item goes onto its links, Enter on a link follows it,
// Backspace goes back the way you came), Escape clears. Every move is announced once. The links
// level itself (links-level.ts) loads with the selection panel's lazy module, on first use.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { FocusController, ElementRefs, fireSammenEvent, type AnnouncerController } from '@sammen/core';
import { resolveText, type ChangeModelLink } from '@sammen/sdk';
import type { ChangeModelSelection } from './events.js';
import type { ModelIndex } from './model-index.js';
import { boardMove, type Heights } from './navigation.js';
import { linkSummary } from './item-card.js';
import { positionText } from './texts.js';
import type { ModelViewModel } from './view-model.js';
import type * as LinksLevel from './links-level.js';

type HostElement = ReactiveControllerHost & HTMLElement;

export interface ExploreOptions {
  index: () => ModelIndex | undefined;
  /** Item ids per column as shown (the filter may hide some). */
  columns: () => readonly (readonly string[])[];
  heights: () => Heights;
  lang: () => string;
  announcer: AnnouncerController;
  /** A view model for texts that need one (the link summary). */
  viewModel: () => ModelViewModel | undefined;
  /** The links level, with the panel's link buttons: a lazy part (its module once loaded, and a load). */
  linksLevel: { readonly module?: typeof LinksLevel | undefined; load(): Promise<unknown> };
}

/** A step to go back to with Backspace: an item in the board, or a link in the panel. */
type Step = { kind: 'item'; id: string } | { kind: 'link'; ref: string; origin: string };

export class ExploreController implements ReactiveController {
  selection: ChangeModelSelection | undefined;
  /** The item whose links the panel lists. */
  origin: string | undefined;
  activeItem: string | undefined;
  readonly links = new ElementRefs<string>();
  /** Where Backspace goes back to (the links level adds its steps). */
  history: Step[] = [];
  readonly items: FocusController<string>;

  constructor(
    readonly host: HostElement,
    private readonly options: ExploreOptions,
  ) {
    host.addController(this);
    this.items = new FocusController<string>(host, {
      items: () => this.options.columns().flat(),
      active: () => this.activeItem,
      activate: (id) => {
        this.activeItem = id;
        host.requestUpdate();
      },
      onEscape: () => this.clear(),
    });
  }

  hostConnected(): void {}

  /** Forgets a selection whose item or link the model no longer has (another document, an edit). */
  hostUpdate(): void {
    const index = this.options.index();
    if (!index) return;
    const gone = (id: string | undefined) => id !== undefined && !index.placed.has(id);
    if (this.selection?.kind === 'item' && gone(this.selection.id)) this.setSelection(undefined);
    if (this.selection?.kind === 'link' && (gone(this.selection.from) || gone(this.selection.to))) this.setSelection(undefined);
    if (gone(this.origin)) this.origin = undefined;
  }

  readonly index = (): ModelIndex | undefined => this.options.index();
  readonly lang = (): string => this.options.lang();
  announce(text: string): void {
    this.options.announcer.announce(text);
  }

  title(id: string): string {
    return resolveText(this.options.index()?.placed.get(id)?.item.title, this.options.lang());
  }

  /** Runs `use` with the links level: at once when it has loaded, else once it has. */
  private withLinksLevel(use: (level: typeof LinksLevel) => void): void {
    const part = this.options.linksLevel;
    if (part.module) use(part.module);
    else void part.load().then(() => part.module && use(part.module));
  }

  /** "Activity 2 of 2: Family groups. Leads to 3 short-term results." */
  describeItem(id: string): string {
    const placed = this.options.index()?.placed.get(id);
    const vm = this.options.viewModel();
    if (!placed || !vm) return '';
    const column = this.options.index()!.columns[placed.columnIndex]!;
    return `${positionText(placed.column.kind, column.indexOf(id), column.length, this.title(id))} ${linkSummary(vm, id)}`.trim();
  }

  private setSelection(selection: ChangeModelSelection | undefined): void {
    const before = this.selection;
    const same =
      before?.kind === selection?.kind && (before?.kind === 'item' ? before.id === (selection as { id: string }).id : before?.kind === 'link' && before.id === (selection as { id: string }).id);
    this.selection = selection;
    this.host.requestUpdate();
    if (!same || (!before && selection)) fireSammenEvent(this.host, 'sammen-select', { selection: selection ?? null });
  }

  /** Selects an item (a click, Space), or unselects it when it is selected already. */
  toggleItem(id: string): void {
    this.activeItem = id;
    if (this.selection?.kind === 'item' && this.selection.id === id) {
      this.clear();
      return;
    }
    this.selectItem(id);
    this.options.announcer.announce(msg(str`Selected: ${this.describeItem(id)}`));
  }

  selectItem(id: string): void {
    this.origin = id;
    this.activeItem = id;
    this.setSelection({ kind: 'item', id });
  }

  /** Selects the item or link with this id (a host's `selected`); unknown ids are ignored. */
  select(id: string): void {
    const index = this.options.index();
    if (!index) return;
    if (index.placed.has(id)) {
      this.selectItem(id);
      return;
    }
    const link = [...index.placed.keys()].flatMap((item) => index.outgoing(item)).find((candidate) => candidate.id === id);
    if (link) this.selectLink(link, link.from);
  }

  selectLink(link: ChangeModelLink, origin?: string): void {
    this.origin = origin;
    this.setSelection({ kind: 'link', id: link.id, from: link.from, to: link.to });
  }

  /** A link chosen by pointer (its connector, its button in the panel): selected and said, as a key's move is. */
  pickLink(link: ChangeModelLink, origin?: string): void {
    this.selectLink(link, origin);
    const why = link.rationale ? ` ${resolveText(link.rationale, this.lang())}` : '';
    this.options.announcer.announce(`${msg('Selected link')}: ${this.title(link.from)} → ${this.title(link.to)}.${why}`);
  }

  /** Selects and focuses an item in the board (a link's "Go to" button, following a link). */
  goTo(id: string): void {
    this.selectItem(id);
    void this.items.focus(id);
    this.options.announcer.announce(this.describeItem(id));
  }

  clear(): boolean {
    if (!this.selection) return false;
    this.setSelection(undefined);
    this.history = [];
    if (this.activeItem) void this.items.focus(this.activeItem);
    this.options.announcer.announce(msg('Selection cleared.'));
    return true;
  }

  /** Keys on the board's items. */
  readonly onBoardKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const id = (event.target as HTMLElement | null)?.dataset?.item ?? this.items.activeId;
    if (!id) return;
    if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      const target = boardMove(this.options.columns(), id, event.key, this.options.heights());
      if (target) {
        void this.items.focus(target);
        this.options.announcer.announce(this.describeItem(target));
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.enterLinks(id);
    } else if (event.key === ' ') {
      event.preventDefault();
      this.toggleItem(id);
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      this.back();
    } else if (event.key === 'Escape') {
      if (this.clear()) event.preventDefault();
    }
  };

  /** Enter on an item: select it and go onto its first link (once the links level has loaded, if still selected). */
  private enterLinks(id: string): void {
    this.selectItem(id);
    this.withLinksLevel((level) => {
      if (this.selection?.kind === 'item' && this.selection.id === id) level.enterLinks(this, id);
    });
  }

  /** Keys on a link button in the panel (the links level has loaded: it renders the buttons). */
  onLinkKeydown(event: KeyboardEvent, link: ChangeModelLink, origin: string): void {
    this.withLinksLevel((level) => level.onLinkKeydown(this, event, link, origin));
  }

  /** Backspace: back to the link that was followed, or from a link to its item. */
  back(fromLinksOf?: string): void {
    const step = this.history.pop();
    if (fromLinksOf !== undefined && (!step || step.kind !== 'item')) {
      if (step) this.history.push(step);
      this.goTo(fromLinksOf);
      return;
    }
    if (!step) {
      this.options.announcer.announce(msg('Nowhere to go back to.'));
      return;
    }
    if (step.kind === 'item') this.goTo(step.id);
    else this.withLinksLevel((level) => level.focusLink(this, step.origin, step.ref));
  }

  /** The panel's ref callback for a link button (`out:<id>` / `in:<id>`). */
  linkRef(key: string): (element?: Element) => void {
    return this.links.ref(key);
  }
}
