// Dragging a person with a pointer: in "move" mode the person follows the pointer and is pinned
// where it is dropped; in "connect" mode a line follows the pointer and dropping it on another
// person adds a tie. Each frame moves only the dragged circle, its lines and its proxy button
// (requestAnimationFrame, no render), so a drag stays smooth on 300 people; the edit is made once,
// on drop. Every drag has a keyboard/form path too (M + arrows, the tie form: WCAG 2.5.7).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '@sammen/core';

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
  node: SVGGElement | null;
  proxy: HTMLElement | null;
  /** The person's lines, with which end is theirs. */
  lines: { line: SVGLineElement; end: '1' | '2' }[];
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
    const lines = [
      ...[...element.querySelectorAll<SVGLineElement>(`line.tie[data-from="${CSS.escape(id)}"]`)].map((line) => ({ line, end: '1' as const })),
      ...[...element.querySelectorAll<SVGLineElement>(`line.tie[data-to="${CSS.escape(id)}"]`)].map((line) => ({ line, end: '2' as const })),
    ];
    const at = { x: event.clientX, y: event.clientY };
    this.drag = {
      id,
      pointerId: event.pointerId,
      start: at,
      latest: at,
      moved: false,
      node: element.querySelector<SVGGElement>(`g.node[data-person="${CSS.escape(id)}"]`),
      proxy,
      lines,
      draft: element.querySelector<SVGLineElement>('line.draft-tie'),
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
    drag.moved = true;
    drag.frame ??= requestAnimationFrame(() => this.frame());
  };

  /** One frame of the drag: only the dragged person's elements change. */
  private frame(): void {
    const drag = this.drag;
    if (!drag) return;
    drag.frame = undefined;
    const at = this.options.toDrawing(drag.latest.x, drag.latest.y);
    if (this.options.mode() === 'connect') {
      const from = this.options.position(drag.id);
      if (!drag.draft || !from) return;
      drag.draft.setAttribute('x1', String(from.x));
      drag.draft.setAttribute('y1', String(from.y));
      drag.draft.setAttribute('x2', String(at.x));
      drag.draft.setAttribute('y2', String(at.y));
      drag.draft.setAttribute('visibility', 'visible');
      return;
    }
    drag.node?.setAttribute('transform', `translate(${at.x} ${at.y})`);
    drag.proxy?.style.setProperty('--x', String(at.x));
    drag.proxy?.style.setProperty('--y', String(at.y));
    for (const { line, end } of drag.lines) {
      line.setAttribute(`x${end}`, String(at.x));
      line.setAttribute(`y${end}`, String(at.y));
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
    drag.draft?.setAttribute('visibility', 'hidden');
    const target = drag.proxy ?? this.options.element();
    target?.removeEventListener('pointermove', this.onMove);
    target?.removeEventListener('pointerup', this.onUp);
    target?.removeEventListener('pointercancel', this.onCancel);
    this.drag = undefined;
  }
}
