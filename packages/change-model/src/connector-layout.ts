// Lays out the connectors after the cards are laid out: ONE read pass (every card's box, measured
// together) then ONE write pass (the paths, drawn into the connectors' own <svg>), never a measure
// between writes, so resizing a 100-item model does not thrash layout. When: in the board's
// ResizeObserver callback (it runs after the browser's layout and before paint, so the first
// drawing reads boxes already laid out and lands in the same frame as the cards), or in the next
// animation frame after a change of what is shown (model, view, filter) that left the board's
// size as it was. The write renders only the <svg>: the host's 100 cards are not rendered again.
import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
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
  /** The drawing's content for these paths (the selection's highlight is read when it is drawn). */
  draw: (paths: readonly ConnectorPath[]) => unknown;
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
  private svg: SVGSVGElement | undefined;
  /** Lit's ref() callback for the board's <svg class="connectors"> (stable: one function). */
  readonly svgRef = (element?: Element): void => {
    this.svg = element as SVGSVGElement | undefined;
  };
  private frame: number | undefined;
  private lastKey: unknown = {};
  /** How many layouts ran (read by the benchmark). */
  layouts = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ConnectorLayoutOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // After layout, before paint: lay out now (the boxes are clean, reading them costs nothing).
    this.observer = new ResizeObserver(() => {
      if (this.frame !== undefined) cancelAnimationFrame(this.frame);
      this.frame = undefined;
      this.layout();
    });
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
    // The host rendered (a selection may have changed the highlight): redraw the same paths.
    this.draw();
  }

  /** Renders the paths into the connectors' <svg> (when the board has one). */
  private draw(): void {
    const svg = this.svg;
    if (!svg?.isConnected) return;
    const width = String(Math.max(0, this.x + this.width));
    const height = String(Math.max(0, this.y + this.height));
    if (svg.getAttribute('width') !== width || svg.getAttribute('height') !== height) {
      svg.setAttribute('width', width);
      svg.setAttribute('height', height);
      svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    }
    render(this.options.draw(this.paths), svg);
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
    this.draw();
  }
}
