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

/** The drawing as it is now (zoom, presentation mode's initials) as an SVG file. */
export function exportSvg(root: HTMLElement | DocumentFragment, doc: RelationMap | undefined): void {
  const svg = root.querySelector('svg.drawing__svg');
  if (!svg) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('aria-hidden');
  const box = svg.getBoundingClientRect();
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = 'line.tie{stroke:#333;stroke-width:2}.ring,.sector-line{fill:none;stroke:#767676}.node__circle{fill:#fff;stroke:#1d5a85;stroke-width:2}text{font:12px sans-serif;fill:#111}';
  copy.prepend(style);
  download(new XMLSerializer().serializeToString(copy), 'image/svg+xml', `${doc?.title || 'relation-map'}.svg`);
}
