// Linking by pointer drag (issue 15, "add and remove links … by pointer"): each card on the board
// has a small outgoing port in edit mode. Pressing it and dragging draws a line that follows the
// pointer, the card under it is marked as the drop target, and letting go over another item adds
// the link through the editor (one undo step, announced). A press without a drag is a click: it
// starts the click-then-click path, which is also what Enter or Space on the port do, so the drag
// is never the only way (WCAG 2.5.7).
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import type { ModelEditor } from './edit-controller.js';
import { dropOutcome, isDrag, type DropOutcome, type Point } from './link-drag.js';

/** A drag in progress: from which item, with which pointer, where it started and is now. */
interface Drag {
  from: string;
  pointerId: number;
  port: HTMLElement;
  /** The port's centre, where the line starts. */
  start: Point;
  /** Where the pointer went down, to tell a drag from a click. */
  pressedAt: Point;
  now: Point;
  /** False until the pointer moved past the threshold: until then it may still be a click. */
  moved: boolean;
  /** The card marked as drop target, and the item it shows. */
  card: HTMLElement | undefined;
  over: string | undefined;
}

type DragHost = ReactiveControllerHost & HTMLElement;

export class LinkDragController implements ReactiveController {
  private drag: Drag | undefined;
  /** A drag just ended on this port: the click the browser sends after it is not a click. */
  private swallowClick = false;
  private readonly lineRef = createRef<SVGLineElement>();
  private readonly layerRef = createRef<SVGSVGElement>();

  constructor(
    private readonly host: DragHost,
    private readonly editor: ModelEditor,
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.end();
  }

  /** The item a drag starts from, while one is in progress (for tests and the element). */
  get draggingFrom(): string | undefined {
    return this.drag?.moved ? this.drag.from : undefined;
  }

  /** The port of one card. `focusable`: it holds the board's tab stop beside its card's title. */
  renderPort(itemId: string, focusable: boolean): TemplateResult {
    const title = this.editor.titleOf(itemId);
    return html`<button
      type="button"
      class="link-port"
      part="link-port"
      data-link-port=${itemId}
      tabindex=${focusable ? 0 : -1}
      aria-label=${msg(str`Link from ${title}: drag to the item it leads to, or press and then choose it`)}
      @pointerdown=${(event: PointerEvent) => this.onPointerDown(event, itemId)}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerCancel}
      @lostpointercapture=${this.onLostCapture}
      @keydown=${this.onPortKeydown}
      @click=${() => this.onClick(itemId)}
    ><svg class="link-port__mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="6" cy="8" r="3.5"></circle><path d="M9.5 8h5m-2-2.5L15 8l-2.5 2.5"></path></svg></button>`;
  }

  /** The line that follows the pointer while a drag is on (over the whole viewport, never hit by the pointer). */
  renderLine(): TemplateResult | typeof nothing {
    const drag = this.drag;
    if (!drag?.moved) return nothing;
    return html`<svg class="link-drag-layer" aria-hidden="true" focusable="false" ${ref(this.layerRef)}>${svg`<line class="link-drag-line" ${ref(
      this.lineRef,
    )} x1=${drag.start.x} y1=${drag.start.y} x2=${drag.now.x} y2=${drag.now.y}></line>`}</svg>`;
  }

  private onPointerDown(event: PointerEvent, from: string): void {
    if (event.button !== 0 || this.drag) return;
    this.swallowClick = false;
    const port = event.currentTarget as HTMLElement;
    // Capture keeps move and up coming to the port wherever the pointer goes, also off the widget.
    port.setPointerCapture(event.pointerId);
    const box = port.getBoundingClientRect();
    const start = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const pressedAt = { x: event.clientX, y: event.clientY };
    this.drag = { from, pointerId: event.pointerId, port, start, pressedAt, now: pressedAt, moved: false, card: undefined, over: undefined };
    window.addEventListener('keydown', this.onWindowKeydown, true);
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.now = { x: event.clientX, y: event.clientY };
    if (!drag.moved) {
      if (!isDrag(drag.pressedAt, drag.now)) return;
      drag.moved = true;
      // A drag replaces a click-then-click link that was waiting for its target.
      if (this.editor.connectingFrom) this.editor.cancelConnecting();
      this.host.requestUpdate();
    }
    this.drawLine(drag);
    this.markTarget(drag, this.itemAt(drag.now));
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (!drag.moved) {
      // A press without a drag: the click that follows starts click-then-click.
      this.end();
      return;
    }
    const to = this.itemAt({ x: event.clientX, y: event.clientY });
    this.end();
    this.swallowClick = true;
    setTimeout(() => (this.swallowClick = false));
    this.drop(drag.from, to);
  };

  private readonly onPointerCancel = (): void => {
    // The browser took the pointer (a touch became a scroll or a system gesture): nothing is linked.
    if (this.drag) this.end();
  };

  private readonly onLostCapture = (): void => {
    if (this.drag) this.end();
  };

  private readonly onWindowKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.drag) return;
    event.preventDefault();
    event.stopPropagation();
    const moved = this.drag.moved;
    this.end();
    if (moved) this.announce(msg('Linking cancelled'));
  };

  /** Enter and Space on the port are the port's own (a click), not the board's "select" keys. */
  private readonly onPortKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
  };

  private onClick(from: string): void {
    if (this.swallowClick) {
      this.swallowClick = false;
      return;
    }
    if (this.editor.connectingFrom === from) this.editor.cancelConnecting();
    else this.editor.startConnecting(from);
  }

  /** Adds the link, or says why not. */
  private drop(from: string, to: string | undefined): void {
    const model = this.editor.model;
    if (!model) return;
    const outcome: DropOutcome = dropOutcome(model, from, to);
    if (outcome === 'link') return this.editor.addLink(from, to!);
    const fromTitle = this.editor.titleOf(from);
    if (outcome === 'same-item') this.announce(msg(str`Not linked: ${fromTitle} cannot lead to itself`));
    else if (outcome === 'duplicate') {
      const toTitle = this.editor.titleOf(to!);
      this.announce(msg(str`Not linked: ${fromTitle} already leads to ${toTitle}`));
    } else this.announce(msg('Not linked: let go over the item it leads to'));
  }

  /** The item whose card is under a point, if any. */
  private itemAt(point: Point): string | undefined {
    const root = this.host.shadowRoot;
    const card = root?.elementFromPoint(point.x, point.y)?.closest<HTMLElement>('[data-card]');
    return card?.dataset.card;
  }

  /** Moves the line's end: straight to the element, no re-render of the board per pointer move. */
  private drawLine(drag: Drag): void {
    const line = this.lineRef.value;
    const layer = this.layerRef.value;
    if (!line || !layer) return;
    // The layer is fixed to the viewport; a transformed ancestor would move it, so measure it.
    const origin = layer.getBoundingClientRect();
    line.setAttribute('x1', String(drag.start.x - origin.left));
    line.setAttribute('y1', String(drag.start.y - origin.top));
    line.setAttribute('x2', String(drag.now.x - origin.left));
    line.setAttribute('y2', String(drag.now.y - origin.top));
  }

  /** Marks the card under the pointer: `link` when a drop adds the link, `refused` when it would not. */
  private markTarget(drag: Drag, over: string | undefined): void {
    if (over === drag.over) return;
    drag.card?.removeAttribute('data-drop-target');
    drag.over = over;
    drag.card = over ? (this.host.shadowRoot?.querySelector<HTMLElement>(`[data-card="${CSS.escape(over)}"]`) ?? undefined) : undefined;
    const model = this.editor.model;
    if (drag.card && model) drag.card.setAttribute('data-drop-target', dropOutcome(model, drag.from, over) === 'link' ? 'link' : 'refused');
  }

  /** Ends a drag, whatever its outcome: no line, no mark, no capture, no key listener. */
  private end(): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = undefined;
    window.removeEventListener('keydown', this.onWindowKeydown, true);
    drag.card?.removeAttribute('data-drop-target');
    if (drag.port.hasPointerCapture(drag.pointerId)) drag.port.releasePointerCapture(drag.pointerId);
    if (drag.moved) this.host.requestUpdate();
  }
}
