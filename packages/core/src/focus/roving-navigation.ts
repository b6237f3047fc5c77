// Which item a navigation key moves to, for lists, 2-D grids and drawings. Pure: the
// FocusController asks it, and Node tests check it without a browser.
import { ARROW_DIRECTIONS, spatialMove, type Point } from './spatial-navigation.js';

/** How the items are laid out, which decides what the arrow keys do. */
export type RovingLayout<Id extends string> =
  /** A list: ↑/↓ (vertical), ←/→ (horizontal, mirrored in right-to-left text) or both. */
  | { kind: 'list'; orientation?: 'vertical' | 'horizontal' | 'both' }
  /** Rows of `columns` items in reading order: ←/→ within a row (mirrored in RTL), ↑/↓ between rows. */
  | { kind: 'grid'; columns: number }
  /** Items drawn at positions: each arrow goes to the nearest item that way ({@link spatialMove}). */
  | { kind: 'spatial'; positions: Readonly<Record<Id, Point>> };

export interface RovingOptions {
  /** Right-to-left text: ← and → swap in lists and grids (never in drawings). */
  rtl?: boolean;
  /** In lists, past the last item comes the first (and back). Default false. */
  wrap?: boolean;
}

const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** Whether `key` moves between items in `layout` (so its default, scrolling, should be prevented). */
export function isNavigationKey<Id extends string>(key: string, layout: RovingLayout<Id>): boolean {
  if (!NAVIGATION_KEYS.has(key)) return false;
  if (layout.kind !== 'list' || !layout.orientation || layout.orientation === 'both') return true;
  const vertical = key === 'ArrowUp' || key === 'ArrowDown';
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  return layout.orientation === 'vertical' ? !horizontal : !vertical;
}

/** -1 (previous), +1 (next) or 0 for a key in a list, ←/→ mirrored in right-to-left text. */
function listDelta(key: string, rtl: boolean): number {
  if (key === 'ArrowUp') return -1;
  if (key === 'ArrowDown') return 1;
  if (key === 'ArrowLeft') return rtl ? 1 : -1;
  if (key === 'ArrowRight') return rtl ? -1 : 1;
  return 0;
}

/**
 * The item `key` moves to from `from` (an item of `items`, or undefined for "none yet", which
 * counts as the first). Undefined when the key does not navigate here or there is nowhere to go
 * (the end of a list without `wrap`, the edge of a grid).
 */
export function rovingTarget<Id extends string>(
  items: readonly Id[],
  from: Id | undefined,
  key: string,
  layout: RovingLayout<Id>,
  options: RovingOptions = {},
): Id | undefined {
  if (items.length === 0 || !isNavigationKey(key, layout)) return undefined;
  if (key === 'Home') return items[0];
  if (key === 'End') return items[items.length - 1];
  const at = from === undefined ? -1 : items.indexOf(from);
  if (at < 0) return items[0];
  const rtl = options.rtl ?? false;
  let to: number;
  if (layout.kind === 'spatial') {
    const positions = Object.fromEntries(items.filter((id) => layout.positions[id]).map((id) => [id, layout.positions[id]])) as Record<Id, Point>;
    return positions[items[at]!] ? spatialMove(positions, items[at]!, ARROW_DIRECTIONS[key]!) : undefined;
  } else if (layout.kind === 'grid') {
    const columns = Math.max(1, Math.floor(layout.columns));
    const vertical = key === 'ArrowUp' || key === 'ArrowDown';
    if (vertical) {
      to = at + listDelta(key, rtl) * columns;
    } else {
      to = at + listDelta(key, rtl);
      if (Math.floor(to / columns) !== Math.floor(at / columns)) return undefined; // never leave the row sideways
    }
  } else {
    to = at + listDelta(key, rtl);
    if (options.wrap) to = (to + items.length) % items.length;
  }
  return to >= 0 && to < items.length && to !== at ? items[to] : undefined;
}
