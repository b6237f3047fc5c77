// Lays out the connectors after the cards are laid out: ONE read pass (every card's box, measured
// together) then ONE write pass (the paths, rendered by the host), scheduled in one animation
// frame by a ResizeObserver on the board or a change of what is shown — never a measure between
// writes, so resizing a 100-item model does not thrash layout.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeModelLink } from '@sammen/sdk';
import { routeConnectors, type Rect } from './logic/connector-routing.js';

/** One drawn link. */
export interface ConnectorPath {
  key: string;
  from: string;
  to: string;
  /** SVG path data in the board's coordinates. */
  d: string;
}

export interface ConnectorLayoutOptions {
  /** The element the connectors are drawn over (positioned), or undefined when none is shown. */
  board: () => Element | undefined;
  /** The element of each item (its card). */
  cards: () => ReadonlyMap<string, Element>;
  /** Item ids per column as shown. */
  columns: () => readonly (readonly string[])[];
  /** Right-to-left columns mirror the routing. */
  rtl: () => boolean;
  links: () => readonly ChangeModelLink[];
  /** False when connectors give way to lists (narrow) or the view has none. */
  enabled: () => boolean;
  /** The scale the board is drawn at (a print fitted to one page); measured boxes are divided by it. */
  scale?: () => number;
  /** Anything whose change needs a new layout (model, view, filter); compared after each update. */
  key: () => unknown;
}

export class ConnectorLayoutController implements ReactiveController {
  /** The paths to draw, and the drawing's box in board coordinates (lanes may run above the cards). */
  paths: readonly ConnectorPath[] = [];
  x = 0;
  y = 0;
  width = 0;
  height = 0;
  /** Each item's title line on screen (for ←/→ to the nearest item of the next column). */
  heights: Record<string, number> = {};
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private frame: number | undefined;
  private lastKey: unknown = {};
  /** How many layouts ran (read by the benchmark). */
  layouts = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ConnectorLayoutOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => this.schedule());
    this.lastKey = {};
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  hostUpdated(): void {
    const board = this.options.board();
    if (board !== this.observed) {
      if (this.observed) this.observer?.unobserve(this.observed);
      if (board) this.observer?.observe(board);
      this.observed = board;
    }
    const key = this.options.key();
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.schedule();
    }
  }

  /** Lays out in the next frame (several requests in one frame make one layout). */
  schedule(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.layout();
    });
  }

  /** Lays out now: one read pass, then one write. */
  layout(): void {
    const board = this.options.board();
    if (!board || !this.options.enabled()) {
      if (this.paths.length) this.write([], { x: 0, y: 0, width: 0, height: 0 }, {});
      return;
    }
    // Read: every box in one go, before anything is written.
    const origin = board.getBoundingClientRect();
    const scale = this.options.scale?.() || 1;
    const rects = new Map<string, Rect>();
    for (const [id, card] of this.options.cards()) {
      const rect = card.getBoundingClientRect();
      if (!rect.width && !rect.height) continue; // hidden by the filter
      rects.set(id, {
        x: (rect.left - origin.left) / scale + board.scrollLeft,
        y: (rect.top - origin.top) / scale + board.scrollTop,
        width: rect.width / scale,
        height: rect.height / scale,
      });
    }
    // Compute (pure), then write once.
    const routing = routeConnectors({ columns: this.options.columns(), rects, links: this.options.links(), direction: this.options.rtl() ? 'rtl' : 'ltr' });
    const paths = routing.connectors.map(({ id, from, to, d }) => ({ key: id, from, to, d }));
    // Where the title line is: cards of different heights side by side read as rows by their tops.
    const heights: Record<string, number> = {};
    for (const [id, rect] of rects) heights[id] = rect.y + Math.min(rect.height / 2, 24);
    this.write(paths, routing.bounds, heights);
  }

  private write(paths: ConnectorPath[], bounds: Rect, heights: Record<string, number>): void {
    this.layouts++;
    const { x, y, width, height } = bounds;
    const same =
      x === this.x &&
      y === this.y &&
      width === this.width &&
      height === this.height &&
      paths.length === this.paths.length &&
      paths.every((path, i) => path.d === this.paths[i]!.d && path.key === this.paths[i]!.key);
    this.heights = heights;
    if (same) return;
    Object.assign(this, { paths, x, y, width, height });
    this.host.requestUpdate();
  }
}
