import { expect, html } from '@open-wc/testing';
import { generatedGroup } from '../../../stories/relation-map/map-fixtures.js';
import { MapHarness } from './harness.js';

before(() => {
  document.documentElement.lang = 'da';
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Presses on a person's button and moves the pointer in steps, returning the helpers to go on. */
function pointerOn(proxy: HTMLElement) {
  const box = proxy.getBoundingClientRect();
  const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const fire = (type: string) =>
    proxy.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 5, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: at.x, clientY: at.y }));
  return {
    down: () => fire('pointerdown'),
    async move(dx: number, dy: number) {
      at.x += dx;
      at.y += dy;
      fire('pointermove');
      await frame();
    },
    up: () => fire('pointerup'),
  };
}

describe('<sammen-relation-map> dragging a person on a large map', () => {
  it('moves copies of the person and their lines over the drawing, never touching the big drawing while the pointer moves; the drop pins the person', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${generatedGroup(300, 1_500)}></sammen-relation-map>`);
    const drawing = map.root.querySelector('svg.drawing__svg')!;
    const proxy = map.proxy('Barn 1');
    proxy.scrollIntoView({ block: 'center' });
    // The drawing is fitted to its box once it has one; let that happen before the drag.
    for (let wait = 0; wait < 3; wait += 1) await frame();
    const lines = map.lines().filter((line) => line.split('>').includes('c1')).length;
    expect(lines).to.be.greaterThan(0);
    const pointer = pointerOn(proxy);
    pointer.down();
    await pointer.move(10, 0); // past the click slop: the drag starts
    const layer = map.root.querySelector('svg.drag-layer');
    expect(layer, 'a drag layer over the drawing').to.not.equal(null);
    expect(layer!.querySelectorAll('line.tie')).to.have.length(lines);
    const copy = layer!.querySelector<SVGGElement>('g.node[data-person="c1"]')!;
    const hidden = drawing.querySelector<SVGGElement>('g.node[data-person="c1"]')!;
    expect(getComputedStyle(hidden).visibility).to.equal('hidden');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(drawing, { attributes: true, childList: true, subtree: true, characterData: true });
    const before = copy.getAttribute('transform');
    for (let step = 0; step < 6; step += 1) await pointer.move(8, 5);
    observer.disconnect();
    changes.push(...observer.takeRecords());
    expect(changes.map((r) => `${r.type} ${(r.target as Element).getAttribute?.('class')} ${r.attributeName}`), 'changes to the big drawing during the moves').to.deep.equal([]);
    expect(copy.getAttribute('transform')).to.not.equal(before);
    // The copied lines follow the person: one end of each is at the copy's circle.
    const [x, y] = copy.getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number) as [number, number];
    for (const line of layer!.querySelectorAll<SVGLineElement>('line.tie')) {
      const end = line.dataset.from === 'c1' ? 1 : 2;
      const distance = Math.hypot(Number(line.getAttribute(`x${end}`)) - x, Number(line.getAttribute(`y${end}`)) - y);
      expect(distance).to.be.within(15, 20);
    }
    const start = proxy.getBoundingClientRect();
    pointer.up();
    await map.settle();
    expect(map.root.querySelector('svg.drag-layer'), 'the drag layer is gone after the drop').to.equal(null);
    expect(getComputedStyle(drawing.querySelector('g.node[data-person="c1"]')!).visibility).to.equal('visible');
    expect(map.element.doc!.people.find((person) => person.id === 'c1')!.position).to.not.equal(undefined);
    const after = map.proxy('Barn 1').getBoundingClientRect();
    expect(after.left - start.left).to.be.closeTo(58, 3);
    expect(after.top - start.top).to.be.closeTo(30, 3);
  });

  it('a cancelled drag puts everything back where the document says', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${generatedGroup(30, 80)}></sammen-relation-map>`);
    const proxy = map.proxy('Barn 2');
    proxy.scrollIntoView({ block: 'center' });
    for (let wait = 0; wait < 3; wait += 1) await frame();
    const start = proxy.getBoundingClientRect();
    const pointer = pointerOn(proxy);
    pointer.down();
    await pointer.move(30, 20);
    proxy.dispatchEvent(new PointerEvent('pointercancel', { bubbles: true, composed: true, pointerId: 5 }));
    await map.settle();
    expect(map.root.querySelector('svg.drag-layer')).to.equal(null);
    expect(getComputedStyle(map.root.querySelector('svg.drawing__svg g.node[data-person="c2"]')!).visibility).to.equal('visible');
    expect(map.element.doc!.people.find((person) => person.id === 'c2')!.position).to.equal(undefined);
    expect(map.proxy('Barn 2').getBoundingClientRect().left).to.be.closeTo(start.left, 1);
  });
});
