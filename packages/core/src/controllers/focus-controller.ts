import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ElementRefs } from '../focus/element-refs.js';
import { focusAfterUpdate } from '../focus/focus-after-update.js';
import { isNavigationKey, rovingTarget, type RovingLayout } from '../focus/roving-navigation.js';

/** How a {@link FocusController} is told about the items; it renders nothing itself. */
export interface FocusControllerOptions<Id extends string> {
  /** The items, in reading order. */
  items: () => readonly Id[];
  /** The item holding the tab stop; when it is not one of `items`, the first item holds it. */
  active: () => Id | undefined;
  /** Makes `id` the active item (the host keeps it in its state and re-renders). */
  activate: (id: Id) => void;
  /** List (default), grid or drawing: decides what the arrow keys do. */
  layout?: () => RovingLayout<Id>;
  /**
   * Move keyboard focus to the item's element after a move (default true). False when the items
   * are not elements, e.g. the cards stepped through in a deck's focus mode.
   */
  focusItems?: boolean;
  /** In lists, past the last item comes the first. */
  wrap?: boolean;
  /**
   * Called on Escape (e.g. close a panel, leave a mode); return false when there was nothing to
   * leave, so the key stays free for the page (a host's own dialog). Without it Escape is left alone.
   */
  onEscape?: (event: KeyboardEvent) => boolean | void;
  /** Right-to-left text? Defaults to the host's computed `direction`. */
  isRtl?: () => boolean;
}

/**
 * Keyboard focus for a set of items, configured with functions and kept out of rendering: a
 * roving tab stop (one item in the tab order, the rest reached with the arrow keys) for lists, 2-D
 * grids and drawings (spatial moves to the nearest item in a direction), Home/End, and Escape out.
 *
 * In the template: `tabindex=${focus.tabIndex(id)}`, `${ref(focus.ref(id))}` on each item, and
 * `@keydown=${focus.onKeydown}` on the items or their container.
 */
export class FocusController<Id extends string> implements ReactiveController {
  /** The items' elements, filled by `ref(focus.ref(id))` in the template. */
  readonly refs = new ElementRefs<Id>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FocusControllerOptions<Id>,
  ) {
    host.addController(this);
  }

  // Nothing to set up or tear down: the key handler is bound in the host's template.
  hostConnected(): void {}

  /** The item that holds the tab stop now. */
  get activeId(): Id | undefined {
    const items = this.options.items();
    const active = this.options.active();
    return active !== undefined && items.includes(active) ? active : items[0];
  }

  /** `0` for the item holding the tab stop, `-1` for the others. */
  tabIndex(id: Id): 0 | -1 {
    return id === this.activeId ? 0 : -1;
  }

  /** The callback for Lit's `ref()` on item `id`'s element. */
  ref(id: Id): (element?: Element) => void {
    return this.refs.ref(id);
  }

  /** Makes `id` active and, once rendered, focuses its element. Resolves true when it took focus. */
  focus(id: Id): Promise<boolean> {
    this.options.activate(id);
    return this.options.focusItems === false ? Promise.resolve(false) : focusAfterUpdate(this.host, () => this.refs.get(id));
  }

  /** The item a key moves to from `from` (default: the active one); undefined: no move. */
  target(key: string, from: Id | undefined = this.activeId): Id | undefined {
    return rovingTarget(this.options.items(), from, key, this.layout(), { rtl: this.isRtl(), wrap: this.options.wrap });
  }

  /** The item whose element (or something inside it) the event came from. */
  private itemOf(event: Event): Id | undefined {
    for (const node of event.composedPath()) {
      if (node === this.host) break;
      const id = node instanceof Element ? this.refs.keyOf(node) : undefined;
      if (id !== undefined) return id;
    }
    return undefined;
  }

  /**
   * The keydown handler for the items (or their container): arrows, Home and End move; Escape
   * calls `onEscape`. Keys with a modifier, and keys already handled, are left alone.
   */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (this.options.onEscape?.(event) !== false && this.options.onEscape) event.preventDefault();
      return;
    }
    if (!isNavigationKey(event.key, this.layout())) return;
    event.preventDefault(); // arrows would otherwise scroll the page
    // From the item the key was pressed on: it may have been focused by a click or by script.
    const next = this.target(event.key, this.itemOf(event) ?? this.activeId);
    if (next !== undefined) void this.focus(next);
  };

  private layout(): RovingLayout<Id> {
    return this.options.layout?.() ?? { kind: 'list' };
  }

  private isRtl(): boolean {
    return this.options.isRtl ? this.options.isRtl() : getComputedStyle(this.host).direction === 'rtl';
  }
}
