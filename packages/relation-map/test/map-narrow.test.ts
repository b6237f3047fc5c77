// Issue 16 at 320 px (a phone held upright, WCAG 1.4.10 reflow): the toolbar stays short with
// every tool still reachable by keyboard under a visible name, a network map's names never overlap,
// and the page never scrolls sideways.
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { loadExampleGroup, loadExampleNetwork } from '@sammen/content';
import { parseRelationMap, type RelationMap } from '@sammen/sdk';
import { MapHarness } from './harness.js';
import { squash } from '@sammen/core/test-suites';
import { overlaps, type Box } from '../src/label-placement.js';

const example = async (kind: 'group' | 'network'): Promise<RelationMap> => {
  const parsed = parseRelationMap(await (kind === 'network' ? loadExampleNetwork('da') : loadExampleGroup('da')));
  if (!parsed.ok) throw new Error('example not valid');
  return parsed.value;
};

const shown = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

/** The distinct rows (by top edge, to the pixel) that the visible buttons of `toolbar` sit on. */
const rowsOf = (toolbar: Element) => new Set([...toolbar.querySelectorAll('sammen-button')].filter(shown).map((button) => Math.round(button.getBoundingClientRect().top))).size;

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

before(async () => {
  document.documentElement.lang = 'da';
  await setViewport({ width: 320, height: 800 });
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('<sammen-relation-map> at 320 px', () => {
  it('the toolbar takes at most two rows; “More tools” opens the rest by keyboard, each with its name', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${await example('group')}></sammen-relation-map>`);
    const toolbar = map.root.querySelector('.toolbar')!;
    expect(rowsOf(toolbar)).to.be.at.most(2);
    expect(map.button('Præsentation')!.getBoundingClientRect().width).to.equal(0);
    const toggle = map.button('Flere værktøjer')!;
    expect(shown(toggle)).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await map.settle();
    expect(toggle.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
    // Tab from the toggle reaches every tool, in order, each named by its visible text.
    const names: string[] = [];
    for (let step = 0; step < 9; step += 1) {
      await map.key('Tab');
      const active = map.activeElement() as HTMLElement;
      const host = active.closest('sammen-button') ?? (active.getRootNode() as ShadowRoot).host;
      if (!host || !toolbar.contains(host)) break;
      expect(shown(host)).to.equal(true);
      names.push(squash(host.textContent));
    }
    expect(names).to.include.members(['Fortryd', 'Gentag', 'Præsentation', 'Analyse', 'Eksportér JSON']);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(map.element).to.be.accessible();
  });

  it('network mode: no two visible names overlap, and a hidden name is still the person’s accessible name', async () => {
    const doc = await example('network');
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${doc}></sammen-relation-map>`);
    await nextFrames();
    const labels = [...map.root.querySelectorAll<SVGTextElement>('.node__label')];
    expect(labels.length).to.equal(doc.people.length);
    const visible = labels.filter((label) => label.getAttribute('visibility') !== 'hidden' && getComputedStyle(label).visibility !== 'hidden');
    expect(visible.length).to.be.greaterThan(0);
    const boxes: Box[] = visible.map((label) => label.getBoundingClientRect());
    for (let a = 0; a < boxes.length; a += 1) {
      for (let b = a + 1; b < boxes.length; b += 1) {
        expect(overlaps(boxes[a]!, boxes[b]!), `“${visible[a]!.textContent}” and “${visible[b]!.textContent}” overlap`).to.equal(false);
      }
    }
    // Everyone keeps their full name where a screen reader reads it.
    for (const person of doc.people) expect(map.people().some((name) => name.startsWith(`${person.label},`))).to.equal(true);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('zooming in gives names their room back', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${await example('network')}></sammen-relation-map>`);
    await nextFrames();
    const visibleCount = () => [...map.root.querySelectorAll('.node__label')].filter((label) => label.getAttribute('visibility') !== 'hidden').length;
    const before = visibleCount();
    await map.press('Zoom ind');
    await map.press('Zoom ind');
    await nextFrames();
    expect(visibleCount()).to.be.greaterThan(before);
  });
});
