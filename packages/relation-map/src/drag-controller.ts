// Dragging a person with a pointer: in "move" mode the person follows the pointer and is pinned
// where it is dropped; in "connect" mode a line follows the pointer and dropping it on another
// person adds a tie. The edit is made once, on drop; every drag has a keyboard/form path too
// (M + arrows, the tie form: WCAG 2.5.7).
//
// A frame of a drag must stay well inside 16.7 ms on 300 people and 1,500 ties (`npm run bench
// relation-map`, which traces the whole frame: style, layout, paint and commit). So nothing is
// rendered per pointer move, and the big drawing is not touched at all while the pointer moves:
// at the start, copies of the dragged person and their lines go into a small SVG of their own
// over the drawing (`drag-layer`, its own compositor layer), the originals are hidden, and each
// animation frame moves only those copies. Changing any element inside the big SVG would make
// Chromium walk and re-record all ~1,800 of its shapes and re-raster the lines' bounding boxes,
// every frame. The person's button (proxy) is not moved either: it holds the pointer capture, and
// the render after the drop puts it in its new place (or, on cancel, nothing has changed).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '@sammen/core';
import { tieEnds } from './drawing-geometry.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface DragOptions {
  element: () => HTMLElement | undefined;
  mode: () => 'move' | 'connect';
  toDrawing: (clientX: number, clientY: number) => Point;
  position: (id: string) => Point | undefined;
  /** A person was dropped at `at` (drawing units). */
  moved: (id: string, at: Point) => void;
  /** A line was drawn from `from` and dropped on `to`. */
  connected: (from: string, to: string) => void;
}

/** Pointer travel (px) below which a press is a click, not a drag. */
const CLICK_SLOP = 4;

interface Drag {
  id: string;
  pointerId: number;
  start: Point;
  latest: Point;
  moved: boolean;
  proxy: HTMLElement | null;
  /** The layer over the drawing with the copies that move (made when the drag really starts). */
  layer: SVGSVGElement | null;
  /** The drawing's zoom/pan group, and its copy in the layer (a wheel or a refit during the drag moves both). */
  world: { drawing: SVGGElement; copy: SVGGElement } | null;
  /** The copy of the person's circle and name. */
  node: SVGGElement | null;
  /** Copies of the person's lines, with which end is theirs and where the other end is. */
  lines: { line: SVGLineElement; end: '1' | '2'; other: Point }[];
  /** The originals hidden while their copies move. */
  hidden: SVGElement[];
  draft: SVGLineElement | null;
  frame: number | undefined;
}


export class DragController implements ReactiveController {
  private drag: Drag | undefined;
  private suppressClick = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DragOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /** True (once) when the click that follows a drag should not open the person. */
  consumeClick(): boolean {
    const suppress = this.suppressClick;
    this.suppressClick = false;
    return suppress;
  }

  /** True while a person is being dragged (the widget skips re-fitting then). */
  get active(): boolean {
    return Boolean(this.drag);
  }

  start(event: PointerEvent, id: string): void {
    const element = this.options.element();
    if (!element || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const proxy = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.proxy') : null;
    try {
      proxy?.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (tests, some assistive tech) cannot be captured; the listeners on the proxy still follow it.
    }
    const at = { x: event.clientX, y: event.clientY };
    this.drag = {
      id,
      pointerId: event.pointerId,
      start: at,
      latest: at,
      moved: false,
      proxy,
      layer: null,
      world: null,
      node: null,
      lines: [],
      hidden: [],
      draft: null,
      frame: undefined,
    };
    const target = proxy ?? element;
    target.addEventListener('pointermove', this.onMove);
    target.addEventListener('pointerup', this.onUp);
    target.addEventListener('pointercancel', this.onCancel);
  }

  private readonly onMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.latest = { x: event.clientX, y: event.clientY };
    if (!drag.moved && Math.hypot(drag.latest.x - drag.start.x, drag.latest.y - drag.start.y) < CLICK_SLOP) return;
    if (!drag.moved) {
      drag.moved = true;
      this.lift(drag);
    }
    drag.frame ??= requestAnimationFrame(() => this.frame());
  };

  /** Puts copies of what moves in the drag layer over the drawing and hides the originals. */
  private lift(drag: Drag): void {
    const element = this.options.element();
    const svg = element?.querySelector<SVGSVGElement>('svg.drawing__svg');
    const world = svg?.querySelector<SVGGElement>('g.world');
    if (!element || !svg || !world) return;
    const layer = document.createElementNS(SVG_NS, 'svg');
    layer.setAttribute('class', 'drag-layer');
    layer.setAttribute('aria-hidden', 'true');
    const moving = document.createElementNS(SVG_NS, 'g');
    moving.setAttribute('transform', world.getAttribute('transform') ?? '');
    layer.append(moving);
    const id = CSS.escape(drag.id);
    if (this.options.mode() === 'connect') {
      // The line being drawn: from the person (looked up once) to the pointer, set each frame.
      const from = this.options.position(drag.id);
      const draft = (drag.draft = document.createElementNS(SVG_NS, 'line'));
      draft.setAttribute('class', 'draft-tie');
      draft.setAttribute('x1', String(from?.x));
      draft.setAttribute('y1', String(from?.y));
      moving.append(draft);
    } else {
      const hide = (original: SVGElement) => {
        original.style.visibility = 'hidden';
        drag.hidden.push(original);
      };
      for (const [end, attribute] of [['1', 'data-from'], ['2', 'data-to']] as const) {
        for (const original of svg.querySelectorAll<SVGLineElement>(`line.tie[${attribute}="${id}"]`)) {
          // Looked up once: the positions do not change during a drag, and a look-up is not free.
          const other = this.options.position(original.getAttribute(end === '1' ? 'data-to' : 'data-from') ?? '');
          if (!other) continue;
          const line = original.cloneNode(false) as SVGLineElement;
          moving.append(line);
          drag.lines.push({ line, end, other });
          hide(original);
        }
      }
      const node = svg.querySelector<SVGGElement>(`g.node[data-person="${id}"]`);
      if (node) {
        drag.node = node.cloneNode(true) as SVGGElement;
        moving.append(drag.node);
        hide(node);
      }
    }
    // Before the proxies, so the buttons (and their focus rings) stay on top.
    element.querySelector('.proxies')?.before(layer);
    drag.layer = layer;
    drag.world = { drawing: world, copy: moving };
  }

  /** One frame of the drag: only the copies in the drag layer change. */
  private frame(): void {
    const drag = this.drag;
    if (!drag) return;
    drag.frame = undefined;
    const at = this.options.toDrawing(drag.latest.x, drag.latest.y);
    if (drag.world) {
      const transform = drag.world.drawing.getAttribute('transform') ?? '';
      if (drag.world.copy.getAttribute('transform') !== transform) drag.world.copy.setAttribute('transform', transform);
    }
    if (this.options.mode() === 'connect') {
      drag.draft?.setAttribute('x2', String(at.x));
      drag.draft?.setAttribute('y2', String(at.y));
      return;
    }
    drag.node?.setAttribute('transform', `translate(${at.x} ${at.y})`);
    for (const { line, end, other } of drag.lines) {
      const ends = end === '1' ? tieEnds(at, other) : tieEnds(other, at);
      line.setAttribute('x1', String(ends.x1));
      line.setAttribute('y1', String(ends.y1));
      line.setAttribute('x2', String(ends.x2));
      line.setAttribute('y2', String(ends.y2));
    }
  }

  private readonly onUp = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.latest = { x: event.clientX, y: event.clientY };
    this.finish();
    if (!drag.moved) return;
    this.suppressClick = true;
    // The click after a drag fires at once, if at all: do not let a later real click be swallowed.
    setTimeout(() => (this.suppressClick = false), 0);
    if (this.options.mode() === 'connect') {
      const root = this.host.shadowRoot;
      const hit = root?.elementsFromPoint(drag.latest.x, drag.latest.y).find((node) => node instanceof HTMLElement && node.classList.contains('proxy') && node.dataset.person !== drag.id);
      const to = (hit as HTMLElement | undefined)?.dataset.person;
      if (to) this.options.connected(drag.id, to);
    } else this.options.moved(drag.id, this.options.toDrawing(drag.latest.x, drag.latest.y));
  };

  private readonly onCancel = (): void => this.cancel();

  private cancel(): void {
    if (!this.drag) return;
    this.finish();
    this.host.requestUpdate(); // put everything back where the document says
  }

  private finish(): void {
    const drag = this.drag;
    if (!drag) return;
    if (drag.frame !== undefined) cancelAnimationFrame(drag.frame);
    // The render that follows the drop (a microtask, before the next paint) draws the person in
    // their new place; until then, and after a cancel, the originals are where the document says.
    drag.layer?.remove();
    for (const original of drag.hidden) original.style.removeProperty('visibility');
    const target = drag.proxy ?? this.options.element();
    target?.removeEventListener('pointermove', this.onMove);
    target?.removeEventListener('pointerup', this.onUp);
    target?.removeEventListener('pointercancel', this.onCancel);
    this.drag = undefined;
  }
}
