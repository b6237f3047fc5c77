// Pure parts of linking by pointer drag: what a drop means for the model, and when a press on a
// port was a drag rather than a click. No DOM here, so they are tested in Node.
import type { ChangeModel } from '@sammen/sdk';
import { linkRefusal } from '../logic/ordering.js';

/** A point in viewport (client) coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * What dropping a link that starts at `from` onto `to` does: `link` when it may be added, else why
 * not. `to` undefined (dropped where no item is) is `nowhere`.
 */
export type DropOutcome = 'link' | 'nowhere' | 'same-item' | 'duplicate' | 'missing-item';

export function dropOutcome(model: ChangeModel, from: string, to: string | undefined): DropOutcome {
  if (to === undefined) return 'nowhere';
  const refusal = linkRefusal(model, from, to);
  // A drag never brings its own id, so `id-taken` cannot come back; treat anything else as missing.
  if (refusal === undefined) return 'link';
  return refusal === 'same-item' || refusal === 'duplicate' ? refusal : 'missing-item';
}

/**
 * Pointer travel (CSS px) below which a press on the port is a click, not a drag: a hand on a
 * touch screen or a trembling mouse moves a few pixels while clicking.
 */
export const DRAG_THRESHOLD = 6;

/** True once the pointer has moved far enough from where it went down to be a drag. */
export function isDrag(start: Point, now: Point): boolean {
  return Math.hypot(now.x - start.x, now.y - start.y) >= DRAG_THRESHOLD;
}
