// Dragging the drawing's background pans it; two pointers pinch-zoom. Part of the pointer code
// loaded on the first press (parts/pointer-part.ts); the zoom controller keeps the transform.
import type { Point } from '@sammen/core';
import type { ZoomPanController } from './zoom-pan-controller.js';

export class PanGesture {
  private readonly pointers = new Map<number, Point>();
  private gesture: { distance: number; k: number } | undefined;
  private element: HTMLElement | undefined;

  constructor(
    private readonly zoom: ZoomPanController,
    private readonly elementOf: () => HTMLElement | undefined,
  ) {}

  /** Background pointer: one pointer pans, two pinch-zoom. */
  down(event: PointerEvent): void {
    const element = this.elementOf();
    if (!element) return;
    try {
      element.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (or one already released) cannot be captured; moves over the drawing still pan.
    }
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 2) this.gesture = { distance: this.spread(), k: this.zoom.k };
    if (this.pointers.size === 1) {
      this.element = element;
      element.addEventListener('pointermove', this.move);
      element.addEventListener('pointerup', this.up);
      element.addEventListener('pointercancel', this.up);
    }
  }

  /** True while `pointerId` is one of the gesture's pointers. */
  has(pointerId: number): boolean {
    return this.pointers.has(pointerId);
  }

  readonly move = (next: PointerEvent): void => {
    const last = this.pointers.get(next.pointerId);
    const element = this.element;
    if (!last || !element) return;
    this.pointers.set(next.pointerId, { x: next.clientX, y: next.clientY });
    if (this.pointers.size >= 2 && this.gesture) {
      const rect = element.getBoundingClientRect();
      const [a, b] = [...this.pointers.values()];
      const centre = { x: (a!.x + b!.x) / 2 - rect.left, y: (a!.y + b!.y) / 2 - rect.top };
      this.zoom.zoomBy((this.gesture.k * this.spread()) / this.gesture.distance / this.zoom.k, centre);
    } else this.zoom.panBy(next.clientX - last.x, next.clientY - last.y);
  };

  readonly up = (end: PointerEvent): void => {
    this.pointers.delete(end.pointerId);
    if (this.pointers.size < 2) this.gesture = undefined;
    if (this.pointers.size === 0 && this.element) {
      this.element.removeEventListener('pointermove', this.move);
      this.element.removeEventListener('pointerup', this.up);
      this.element.removeEventListener('pointercancel', this.up);
      this.element = undefined;
    }
  };

  private spread(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) || 1 : 1;
  }
}
