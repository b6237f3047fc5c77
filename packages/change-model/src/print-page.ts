// `@page` is ignored inside a shadow root, so the paper size and landscape orientation of a
// printed model are set by a stylesheet adopted by the document for the time of printing; the
// board is laid out for the printed page (PrintController).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PaperSize } from './toolbar.js';

const px = (mm: number) => Math.floor((mm / 25.4) * 96);

/** Printable size of a landscape page in CSS pixels (10 mm margins): the board is laid out to its width and scaled to fit its height. */
export const PRINT_PAGE: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: px(297 - 20), height: px(210 - 20) },
  a3: { width: px(420 - 20), height: px(297 - 20) },
};

/** How much a model of `width` × `height` px must shrink to fit on one page (1 when it fits). */
export const fitScale = (page: { width: number; height: number }, width: number, height: number): number =>
  // 0.9: room for the host page's own margins and what sits above the widget, so the last row never spills onto a second page.
  Math.min(1, (0.9 * page.width) / Math.max(1, width), (0.9 * page.height) / Math.max(1, height));

/** Adopts `@page { size: <paper> landscape }` into the document; returns a function that removes it. */
export function adoptPageSize(paper: PaperSize): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${paper.toUpperCase()} landscape; margin: 10mm; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

type PrintHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface PrintOptions {
  paper: () => PaperSize;
  /** False in the outline view, which prints as it is: no board to lay out. */
  hasBoard: () => boolean;
  /** Lays the connectors out again, now (at the printed page's width). */
  layout: () => void;
}

/**
 * Printing, by Ctrl+P as well as the Print button: the paper size and the print layout are set
 * before the browser lays the page out for print (`beforeprint` listeners and their microtasks
 * run first). The board is laid out at the printed page's width (so the printed connectors are
 * where the cards are), then the whole model is scaled down to fit one landscape page.
 */
export class PrintController implements ReactiveController {
  /** While printing: the page's width the board is laid out to, and the scale that fits it on one page. */
  width: number | undefined;
  scale = 1;
  private releasePage: (() => void) | undefined;

  constructor(
    private readonly host: PrintHost,
    private readonly options: PrintOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  hostUpdated(): void {
    // Through the CSSOM, which a CSP without 'unsafe-inline' styles allows (a style attribute it blocks).
    const style = this.host.style;
    if (this.width) {
      style.setProperty('--_print-width', `${this.width}px`);
      style.setProperty('--_print-zoom', String(this.scale));
    } else {
      style.removeProperty('--_print-width');
      style.removeProperty('--_print-zoom');
    }
  }

  private set(width: number | undefined, scale: number): void {
    this.width = width;
    this.scale = scale;
    this.host.requestUpdate();
  }

  private readonly before = (): void => {
    this.releasePage ??= adoptPageSize(this.options.paper());
    if (this.options.hasBoard() && this.width === undefined) void this.layout();
  };

  private readonly after = (): void => {
    this.releasePage?.();
    this.releasePage = undefined;
    this.set(undefined, 1);
  };

  private async layout(): Promise<void> {
    const page = PRINT_PAGE[this.options.paper()];
    this.set(page.width, 1);
    await this.host.updateComplete;
    this.options.layout();
    await this.host.updateComplete;
    const model = this.host.renderRoot.firstElementChild as HTMLElement | null;
    if (model) this.set(page.width, fitScale(page, model.scrollWidth, model.scrollHeight));
    await this.host.updateComplete;
  }

  /** The Print button: lays out for print, opens the browser's print dialog, and restores the screen layout. */
  async print(): Promise<void> {
    this.releasePage ??= adoptPageSize(this.options.paper());
    try {
      if (this.options.hasBoard()) await this.layout();
      window.print();
    } finally {
      this.after();
    }
  }
}
