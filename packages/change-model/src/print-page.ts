// `@page` is ignored inside a shadow root, so the paper size and landscape orientation of a
// printed model are set by a stylesheet adopted by the document for the time of printing.
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
