// Every story on a 320 px wide screen (WCAG 1.4.10 reflow): nothing widens the page, and the
// triangle's captions stay readable (≥ 12 px on screen) with no line running through a corner's
// caption.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { STORIES } from './support/stories.js';

before(async () => {
  document.documentElement.lang = 'da';
  await setViewport({ width: 320, height: 800 });
});
after(async () => {
  await setViewport({ width: 800, height: 600 });
});

type Segment = [DOMPoint, DOMPoint];

/** The triangle's edges and spokes in screen coordinates. */
function lineSegments(svg: SVGSVGElement): Segment[] {
  const segments: Segment[] = [];
  const toScreen = (element: SVGGraphicsElement, x: number, y: number) => new DOMPoint(x, y).matrixTransform(element.getScreenCTM()!);
  for (const polygon of svg.querySelectorAll<SVGPolygonElement>('.triangle__edge')) {
    const points = [...polygon.points].map((point) => toScreen(polygon, point.x, point.y));
    points.forEach((point, index) => segments.push([point, points[(index + 1) % points.length]!]));
  }
  for (const line of svg.querySelectorAll<SVGLineElement>('.triangle__spoke')) {
    segments.push([toScreen(line, line.x1.baseVal.value, line.y1.baseVal.value), toScreen(line, line.x2.baseVal.value, line.y2.baseVal.value)]);
  }
  return segments;
}

/** Whether the segment crosses the rectangle (sampled every half pixel: exact enough for drawing). */
function crosses([a, b]: Segment, box: DOMRect): boolean {
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) * 2);
  for (let step = 0; step <= steps; step += 1) {
    const x = a.x + ((b.x - a.x) * step) / steps;
    const y = a.y + ((b.y - a.y) * step) / steps;
    if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
  }
  return false;
}

describe('every story at 320 px', () => {
  for (const story of STORIES) {
    it(`${story.name}: nothing makes the page scroll sideways`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      await story.mount(host);
      expect(document.scrollingElement!.scrollWidth, 'the page’s scroll width').to.be.at.most(320);
    });
  }
});

describe('the triangle’s captions at 320 px', () => {
  for (const story of STORIES.filter((candidate) => candidate.name.startsWith('Widgets/Perspective triangle'))) {
    it(`${story.name}: labels and states are at least 12 px, and no line crosses a corner's caption`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      await story.mount(host);
      const widget = host.querySelector('sammen-perspective-triangle')!;
      const svg = widget.shadowRoot!.querySelector<SVGSVGElement>('svg.triangle');
      if (!svg) return; // the list, the summary and the error view draw no triangle
      const texts = [...svg.querySelectorAll<SVGTextElement>('[data-caption] text')];
      expect(texts.length, 'captions are drawn').to.be.greaterThan(0);
      for (const text of texts) {
        const rendered = parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a;
        expect(rendered, `"${text.textContent?.trim()}" is drawn at ${rendered.toFixed(1)} px`).to.be.at.least(12);
      }
      const segments = lineSegments(svg);
      expect(segments.length).to.equal(6);
      for (const caption of svg.querySelectorAll<SVGGElement>('[data-caption]:not([data-caption="centre"])')) {
        for (const text of caption.querySelectorAll('text')) {
          const box = text.getBoundingClientRect();
          const crossing = segments.filter((segment) => crosses(segment, box));
          expect(crossing.length, `lines crossing the caption "${text.textContent?.trim()}"`).to.equal(0);
        }
      }
    });
  }
});

/** Elements that show text of their own and take up space, in the page and every shadow root. */
function textElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [
    ...([...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) && node.getBoundingClientRect().width > 1 ? [node] : []),
    ...(node.shadowRoot ? textElements(node.shadowRoot) : []),
  ]);
}

describe('every widget story’s text at 320 px', () => {
  for (const story of STORIES.filter((candidate) => candidate.name.startsWith('Widgets/'))) {
    it(`${story.name}: no text is smaller than 12 px`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      await story.mount(host);
      const small = textElements(host)
        .map((node) => ({ text: node.textContent!.trim().slice(0, 40), size: parseFloat(getComputedStyle(node).fontSize) * ((node as Partial<SVGGraphicsElement>).getScreenCTM?.()?.a ?? 1) }))
        .filter(({ size }) => size < 12);
      expect(small.map(({ text, size }) => `"${text}" ${size.toFixed(1)} px`)).to.deep.equal([]);
    });
  }
});
