// "Export JSON" and "Export the drawing as SVG": files the browser saves, made from the map and the
// drawing on screen. Nothing is sent anywhere. Part of the lazy edit part (loaded on first click).
import type { RelationMap } from '@sammen/sdk';

const download = (text: string, type: string, name: string) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

export function exportJson(doc: RelationMap | undefined): void {
  if (doc) download(JSON.stringify(doc, null, 2), 'application/json', `${doc.title || 'relation-map'}.json`);
}

/**
 * What the file keeps of how each shape looks on screen, as SVG presentation attributes (not
 * `style` attributes, which a strict Content-Security-Policy refuses even on a copy): a tie's
 * width (its strength) and dashes (mixed, strained), the rings, the "no one chose" ring, colours.
 */
const PRESENTATION = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'paint-order'] as const;

/** Copies `source`'s computed look onto `copy`, element by element; what is not shown is left out. */
function bakeLook(source: Element, copy: Element): void {
  const look = getComputedStyle(source);
  if (look.display === 'none' || look.visibility === 'hidden') {
    copy.remove();
    return;
  }
  for (const name of PRESENTATION) {
    const value = look.getPropertyValue(name);
    if (value && value !== 'normal') copy.setAttribute(name, value);
  }
  copy.removeAttribute('class');
  const sources = [...source.children];
  [...copy.children].forEach((child, index) => sources[index] && bakeLook(sources[index], child));
}

/** The drawing as it is now (zoom, presentation mode's initials) as an SVG file that looks as it did. */
export function exportSvg(root: HTMLElement | DocumentFragment, doc: RelationMap | undefined): void {
  const svg = root.querySelector('svg.drawing__svg');
  if (!svg) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('aria-hidden');
  const box = svg.getBoundingClientRect();
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  bakeLook(svg, copy);
  // Lit's template markers are comments: no use in a file.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = doc?.title || 'relation map';
  copy.prepend(title);
  download(new XMLSerializer().serializeToString(copy), 'image/svg+xml', `${doc?.title || 'relation-map'}.svg`);
}
