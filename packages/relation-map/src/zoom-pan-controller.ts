// Zoom and pan of the drawing by wheel, pinch (two pointers), dragging the background, and keys
// (+ − 0, Shift+arrows), fitted to the container until the user zooms. The transform is applied to
// the DOM directly (the SVG group's transform and the proxy layer's --k/--tx/--ty), so a gesture
// never re-renders the widget; the next render reads the same numbers.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '@sammen/core';

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface ZoomPanOptions {
  /** The drawing's container (the element with the SVG and the proxy layer). */
  element: () => HTMLElement | undefined;
  /** The extent of what is drawn, in the drawing's units. */
  bounds: () => Bounds | undefined;
}

const MIN_ZOOM = 0.2;
const MAX_ZOOM = 4;
/** Margin kept around the drawing when it is fitted, in px (room for labels under the circles). */
const MARGIN = 36;
/** Below this container width (px) the fit keeps a smaller margin. */
const NARROW = 400;
/** How far Shift+arrow pans, in px. */
export const PAN_STEP = 40;

/** The transform that fits `bounds` into a `width`×`height` box: pure, tested in Node. */
export function fitTransform(bounds: Bounds, width: number, height: number): { k: number; x: number; y: number } {
  const w = Math.max(1, bounds.maxX - bounds.minX);
  const h = Math.max(1, bounds.maxY - bounds.minY);
  // A narrow container (a phone held upright, ~290 px) spends less on the margin: 36 px a side took
  // a quarter of its width and drew the network map's people closer together than they need be.
  const margin = width < NARROW ? Math.max(16, width * 0.1) : MARGIN;
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h)));
  return { k, x: (width - w * k) / 2 - bounds.minX * k, y: (height - h * k) / 2 - bounds.minY * k };
}

export class ZoomPanController implements ReactiveController {
  k = 1;
  x = 0;
  y = 0;
  /** The scale of the last fit: the zoom a person hears is relative to it ("Zoom: 125 %"). */
  private fitK = 1;
  /** False once the user zoomed or panned: then a resize no longer refits. */
  private fitted = true;
  private needsFit = true;
  private observer: ResizeObserver | undefined;
  private observed: HTMLElement | undefined;
  private readonly pointers = new Map<number, Point>();
  private gesture: { distance: number; k: number } | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomPanOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => {
      if (this.fitted) this.fit();
    });
    this.observed = undefined;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    const element = this.options.element();
    if (element && element !== this.observed) {
      this.observed = element;
      this.observer?.observe(element);
      this.needsFit = true;
    }
    if (this.needsFit && element) this.fit();
  }

  /** Refit when the drawing's content changes wholesale (another map, another mode). */
  refit(): void {
    this.needsFit = true;
    this.fitted = true;
  }

  /** Fits the whole drawing into the container. */
  fit(): void {
    const element = this.options.element();
    const bounds = this.options.bounds();
    if (!element || !bounds || element.clientWidth === 0) return;
    Object.assign(this, fitTransform(bounds, element.clientWidth, element.clientHeight));
    this.fitK = this.k;
    this.fitted = true;
    this.needsFit = false;
    this.apply();
  }

  /** Zooms by `factor` about a point of the container (its centre by default). */
  zoomBy(factor: number, about?: Point): void {
    const element = this.options.element();
    if (!element) return;
    const at = about ?? { x: element.clientWidth / 2, y: element.clientHeight / 2 };
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.k * factor));
    this.x = at.x - ((at.x - this.x) * k) / this.k;
    this.y = at.y - ((at.y - this.y) * k) / this.k;
    this.k = k;
    this.fitted = false;
    this.apply();
  }

  /** The zoom as a whole percentage of the fitted drawing (100 when it is fitted). */
  get percent(): number {
    return Math.round((this.k / this.fitK) * 100);
  }

  panBy(dx: number, dy: number): void {
    this.x += dx;
    this.y += dy;
    this.fitted = false;
    this.apply();
  }

  /** A point of the page in the drawing's units. */
  toDrawing(clientX: number, clientY: number): Point {
    const rect = this.options.element()?.getBoundingClientRect();
    return { x: (clientX - (rect?.left ?? 0) - this.x) / this.k, y: (clientY - (rect?.top ?? 0) - this.y) / this.k };
  }

  /** Writes the transform into the DOM (no render). */
  apply(): void {
    const element = this.options.element();
    if (!element) return;
    element.querySelector('g.world')?.setAttribute('transform', `translate(${this.x} ${this.y}) scale(${this.k})`);
    element.style.setProperty('--k', String(this.k));
    element.style.setProperty('--tx', `${this.x}px`);
    element.style.setProperty('--ty', `${this.y}px`);
  }

  readonly onWheel = (event: WheelEvent): void => {
    const rect = this.options.element()?.getBoundingClientRect();
    if (!rect) return;
    event.preventDefault();
    this.zoomBy(Math.exp(-event.deltaY * 0.0015), { x: event.clientX - rect.left, y: event.clientY - rect.top });
  };

  /** Background pointer: one pointer pans, two pinch-zoom. */
  onPointerDown(event: PointerEvent): void {
    const element = this.options.element();
    if (!element) return;
    try {
      element.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer cannot be captured; moves over the drawing still pan.
    }
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 2) this.gesture = { distance: this.spread(), k: this.k };
    const move = (next: PointerEvent) => {
      const last = this.pointers.get(next.pointerId);
      if (!last) return;
      this.pointers.set(next.pointerId, { x: next.clientX, y: next.clientY });
      if (this.pointers.size >= 2 && this.gesture) {
        const rect = element.getBoundingClientRect();
        const [a, b] = [...this.pointers.values()];
        const centre = { x: (a!.x + b!.x) / 2 - rect.left, y: (a!.y + b!.y) / 2 - rect.top };
        this.zoomBy((this.gesture.k * this.spread()) / this.gesture.distance / this.k, centre);
      } else this.panBy(next.clientX - last.x, next.clientY - last.y);
    };
    const up = (end: PointerEvent) => {
      this.pointers.delete(end.pointerId);
      if (this.pointers.size < 2) this.gesture = undefined;
      if (this.pointers.size === 0) {
        element.removeEventListener('pointermove', move);
        element.removeEventListener('pointerup', up);
        element.removeEventListener('pointercancel', up);
      }
    };
    if (this.pointers.size === 1) {
      element.addEventListener('pointermove', move);
      element.addEventListener('pointerup', up);
      element.addEventListener('pointercancel', up);
    }
  }

  private spread(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) || 1 : 1;
  }
}
