// `@page` is ignored inside a shadow root, so the paper size and landscape orientation of a
// printed model are set by a stylesheet adopted by the document for the time of printing.
import type { PaperSize } from './toolbar.js';

/** Printable width of a landscape page in CSS pixels (10 mm margins): what the board is laid out to. */
export const PRINT_WIDTH: Record<PaperSize, number> = { a4: Math.round((277 / 25.4) * 96), a3: Math.round((400 / 25.4) * 96) };

/** Adopts `@page { size: <paper> landscape }` into the document; returns a function that removes it. */
export function adoptPageSize(paper: PaperSize): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${paper.toUpperCase()} landscape; margin: 10mm; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
