// The drawing's pointer code — dragging a person (drag-controller.ts), panning and pinching the
// background (pan-gesture.ts) — loaded on the first press on the drawing (lazy-parts.ts). The press,
// and the moves and release that came while this loaded, are replayed in order, so the first drag
// works as every later one (relation-map.ts: pointerDown).
import type { ReactiveControllerHost } from 'lit';
import { DragController, type DragOptions } from '../drag-controller.js';
import { PanGesture } from '../pan-gesture.js';
import type { ZoomPanController } from '../zoom-pan-controller.js';

export class PointerGestures {
  readonly drag: DragController;
  private readonly pan: PanGesture;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DragOptions, zoom: ZoomPanController) {
    this.drag = new DragController(host, options);
    this.pan = new PanGesture(zoom, options.element);
  }

  /** A press on a person (`proxy`, `id`) drags them; on the background pans. */
  down(event: PointerEvent, proxy: HTMLElement | null, id: string | undefined): void {
    if (id) this.drag.start(event, id, proxy);
    else this.pan.down(event);
  }

  /** A move, release or cancel kept while this part loaded. */
  replay(event: PointerEvent): void {
    if (this.pan.has(event.pointerId)) {
      if (event.type === 'pointermove') this.pan.move(event);
      else this.pan.up(event);
    } else this.drag.replay(event);
  }
}
