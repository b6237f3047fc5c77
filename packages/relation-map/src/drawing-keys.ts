// The drawing's keyboard, as a controller apart from rendering: arrows move to a person (the
// nearest that way in a group — core's spatial focus; round the circle and between rings in a
// network), M picks the person up so the arrows move them (pinned and saved; M or Enter puts them
// down, Escape puts them back where they were: the drag-and-drop convention, and the way out when
// a screen-reader user has moved someone somewhere they did not mean), + − 0 zoom, Shift+arrows
// pan. Enter/Space are the proxy button's own click.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ARROW_DIRECTIONS, spatialMove, type FocusController, type Point } from '@sammen/core';
import { PAN_STEP, type ZoomPanController } from './zoom-pan-controller.js';

export interface DrawingKeysOptions {
  focus: FocusController<string>;
  zoom: ZoomPanController;
  positions: () => ReadonlyMap<string, Point>;
  /** The mode's own way across the drawing (a network map's circle and rings), if it has one; else the nearest person that way. */
  target: () => ((from: string, key: string) => string | undefined) | undefined;
  /** Focus arrived on a person by a key: say where (once per move). */
  arrived: (id: string) => void;
  /** Move a person by a step (drawing units); false when the map cannot be edited. */
  nudge: (id: string, dx: number, dy: number) => boolean;
  /** Picked up (true) or put down where they are now (false). */
  carrying: (id: string, on: boolean) => void;
  /** Escape while carrying: put the person back where they were picked up. */
  cancelCarry: (id: string) => void;
  /** + − 0: zoom in or out a step, or fit the drawing, and say the zoom. */
  zoomStep: (step: ZoomStep) => void;
}

/** A zoom key's (or zoom button's) step: + is 'in' (×1.25), − 'out' (×0.8), 0 'fit'. */
export type ZoomStep = 'in' | 'out' | 'fit';

/** How far one arrow press moves a carried person, in drawing units. */
export const NUDGE_STEP = 20;

export class DrawingKeysController implements ReactiveController {
  /** The person picked up with M, if any. */
  carried: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DrawingKeysOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private personOf(event: KeyboardEvent): string | undefined {
    const target = event.composedPath()[0];
    return target instanceof HTMLElement ? target.dataset.person : undefined;
  }

  /** Where a key goes from `from`; undefined when it does not move. */
  target(from: string, key: string): string | undefined {
    const own = this.options.target();
    if (own) return own(from, key);
    const positions = Object.fromEntries(this.options.positions()) as Record<string, Point>;
    if (key === 'Home' || key === 'End') {
      const ids = [...this.options.positions().keys()];
      return key === 'Home' ? ids[0] : ids[ids.length - 1];
    }
    const direction = ARROW_DIRECTIONS[key];
    return direction && positions[from] ? spatialMove(positions, from, direction) : undefined;
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const id = this.personOf(event);
    if (!id || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const { zoom } = this.options;
    const arrow = ARROW_DIRECTIONS[event.key];
    if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      this.carry(this.carried === id ? undefined : id);
      return;
    }
    if (this.carried === id && event.key === 'Enter') {
      event.preventDefault();
      this.carry(undefined);
      return;
    }
    if (this.carried === id && event.key === 'Escape') {
      event.preventDefault();
      this.carried = undefined;
      this.options.cancelCarry(id);
      return;
    }
    if (arrow && this.carried === id) {
      event.preventDefault();
      const [dx, dy] = arrow === 'left' ? [-1, 0] : arrow === 'right' ? [1, 0] : arrow === 'up' ? [0, -1] : [0, 1];
      if (!this.options.nudge(id, dx * NUDGE_STEP, dy * NUDGE_STEP)) this.carry(undefined);
      return;
    }
    if (arrow && event.shiftKey) {
      event.preventDefault();
      const [dx, dy] = arrow === 'left' ? [1, 0] : arrow === 'right' ? [-1, 0] : arrow === 'up' ? [0, 1] : [0, -1];
      zoom.panBy(dx * PAN_STEP, dy * PAN_STEP);
      return;
    }
    const { zoomStep } = this.options;
    if (event.key === '+' || event.key === '=') return this.handled(event, () => zoomStep('in'));
    if (event.key === '-' || event.key === '_') return this.handled(event, () => zoomStep('out'));
    if (event.key === '0') return this.handled(event, () => zoomStep('fit'));
    if (arrow || event.key === 'Home' || event.key === 'End') {
      event.preventDefault(); // arrows would scroll the page
      const next = this.target(id, event.key);
      if (next === undefined) return;
      if (this.carried) this.carry(undefined);
      void this.options.focus.focus(next).then(() => this.options.arrived(next));
    }
  };

  private handled(event: KeyboardEvent, run: () => void): void {
    event.preventDefault();
    run();
  }

  private carry(id: string | undefined): void {
    const before = this.carried;
    this.carried = id;
    if (before) this.options.carrying(before, false);
    if (id) this.options.carrying(id, true);
  }
}
