// The focus-visible sweep (WCAG 2.4.7): in every story of every widget and core part, Tab through
// every focus stop with real key presses and check that a person can see where focus is — the
// pixels around the focused element differ from the same pixels with it unfocused. A focus ring
// that a misspelt token made invalid (`var(--s-focus-ring-color)`) leaves them identical.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { STORIES } from './support/stories.js';

// A text caret blinks: hidden, so that only a focus indicator can change the pixels.
const NO_CARET = new CSSStyleSheet();
NO_CARET.replaceSync('* { caret-color: transparent !important; }');
// How far beyond the element's box a ring may be drawn (width 3 px + offset 2 px, and then some).
const RING_ROOM = 8;
// A pixel counts as changed when a channel moves by more than this (rendering noise — SVG
// anti-aliasing redrawn on blur — stays far below), and a focus indicator changes at least this
// many pixels: even a 2 px ring around a 16 px checkbox changes well over a hundred.
const CHANNEL_DELTA = 48;
const MIN_CHANGED_PIXELS = 40;

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function hideCarets(root: Document | ShadowRoot): void {
  if (!root.adoptedStyleSheets.includes(NO_CARET)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, NO_CARET];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) hideCarets(element.shadowRoot);
}

async function pixelsOf(png: string): Promise<ImageData> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

/** How many pixels differ visibly between two screenshots of the same region. */
async function changedPixels(a: string, b: string): Promise<number> {
  if (a === b) return 0;
  const [first, second] = await Promise.all([pixelsOf(a), pixelsOf(b)]);
  let changed = 0;
  for (let at = 0; at < first.data.length; at += 4) {
    const delta = Math.max(...[0, 1, 2].map((channel) => Math.abs(first.data[at + channel]! - second.data[at + channel]!)));
    if (delta > CHANNEL_DELTA) changed += 1;
  }
  return changed;
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A base64 PNG of the pixels around `element`, as they are on screen now. */
async function pixelsAround(element: Element): Promise<string> {
  const box = element.getBoundingClientRect();
  const left = Math.max(0, Math.floor(box.left - RING_ROOM));
  const top = Math.max(0, Math.floor(box.top - RING_ROOM));
  const right = Math.min(innerWidth, Math.ceil(box.right + RING_ROOM));
  const bottom = Math.min(innerHeight, Math.ceil(box.bottom + RING_ROOM));
  expect(right > left && bottom > top, `${nameOf(element)} is on screen when focused`).to.be.true;
  return executeServerCommand<string, object>('screenshot-region', {
    x: left + scrollX,
    y: top + scrollY,
    width: right - left,
    height: bottom - top,
  });
}

function nameOf(element: Element): string {
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  const className = element.getAttribute('class')?.split(' ')[0];
  return `<${element.localName}${className ? `.${className}` : ''}> "${name}" in ${host}`;
}

before(async () => {
  document.documentElement.lang = 'da';
  await emulateMedia({ reducedMotion: 'reduce' });
});

describe('every focus stop of every story shows that it has focus', () => {
  for (const story of STORIES) {
    it(story.name, async function () {
      this.timeout(180_000);
      const page = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <div id="host"></div>
        <button id="after">after</button>
      </div>`);
      await story.mount(page.querySelector<HTMLElement>('#host')!);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      const visited = new Set<Element>();
      const invisible: string[] = [];
      for (let stop = 0; stop < 1000; stop += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        // Tab leaves a modal dialog for the browser's own controls once it has been round.
        if (active === document.body && document.querySelector(':modal, sammen-dialog[open]')) break;
        expect(active, 'focus never falls to <body> while tabbing').to.not.equal(document.body);
        if (!active || active.id === 'after' || visited.has(active)) break;
        visited.add(active);
        hideCarets(document);
        await frames();
        const focused = await pixelsAround(active);
        (active as HTMLElement).blur();
        await frames();
        const blurred = await pixelsAround(active);
        (active as HTMLElement).focus();
        const changed = await changedPixels(focused, blurred);
        if (changed < MIN_CHANGED_PIXELS) invisible.push(`${nameOf(active)} (${changed} px changed)`);
      }
      expect(invisible.join('; '), 'focus stops whose pixels do not change when focused').to.equal('');
    });
  }
});
