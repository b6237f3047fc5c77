// Issue 16, closing gaps: editing the staff–child closeness layer, where a network map's
// announcements say the sector and ring, and the drawing's keyboard help. Real keys throughout.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RelationMap } from '@sammen/sdk';
import { smallGroup, smallNetwork } from '../../../stories/relation-map/map-fixtures.js';
import { squash } from '@sammen/core/test-suites';
import { MapHarness } from './harness.js';

before(() => {
  document.documentElement.lang = 'da';
});

/** The radio for `level` in the fieldset about `adult`. */
function radio(map: MapHarness, adult: string, level: string): HTMLInputElement {
  const fieldset = [...map.root.querySelectorAll('.closeness-editor fieldset')].find((node) => squash(node.querySelector('legend')?.textContent).startsWith(`Hvor godt ${adult} `));
  const label = [...(fieldset?.querySelectorAll('label') ?? [])].find((node) => squash(node.textContent) === level);
  if (!label) throw new Error(`No level “${level}” for ${adult}`);
  return label.querySelector('input')!;
}

const rating = (map: MapHarness, adult: string, child: string) =>
  (map.element.doc as RelationMap).rounds.at(-1)!.closeness?.find((entry) => entry.adult === adult && entry.child === child)?.rating;
const flagged = (map: MapHarness, name: string) => map.people().some((text) => text.startsWith(`${name},`) && text.includes('få nære voksne'));

describe('<sammen-relation-map> closeness editing, network announcements, keyboard help', () => {
  it('rates how close an adult is to a child with the keyboard: set, change, clear, undo; the flag follows', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    const changes: string[] = [];
    map.element.addEventListener('sammen-map-change', (event) => changes.push(event.detail.reason));
    await map.press('Nærhed voksen–barn');
    // Choose Bo (after Ali) in the select with a real arrow key.
    const select = map.field('Barn der vurderes') as HTMLSelectElement;
    select.focus();
    await map.key('ArrowDown');
    expect(squash(select.selectedOptions[0]!.textContent)).to.equal('Bo, få nære voksne');
    expect(flagged(map, 'Bo')).to.equal(true);
    expect(radio(map, 'Anne', '2: kender barnet nogenlunde').checked).to.equal(true);

    // Anne: 2 → 3 (change); Per: not rated → 3 (wraps round to the last level).
    radio(map, 'Anne', '2: kender barnet nogenlunde').focus();
    await map.key('ArrowRight');
    expect(rating(map, 'anne', 'bo')).to.equal(3);
    radio(map, 'Per', 'Ikke vurderet').focus();
    await map.key('ArrowLeft');
    expect(rating(map, 'per', 'bo')).to.equal(3);
    expect(radio(map, 'Per', '3: kender barnet godt og når det').checked).to.equal(true);
    expect(flagged(map, 'Bo')).to.equal(false);
    expect(changes).to.deep.equal(['closeness', 'closeness']);

    // Undo takes Per's rating back: Bo is flagged again.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await map.settle();
    expect(rating(map, 'per', 'bo')).to.equal(undefined);
    expect(flagged(map, 'Bo')).to.equal(true);
    expect(radio(map, 'Per', 'Ikke vurderet').checked).to.equal(true);

    // Clear Anne's rating: from 3 round to "not rated".
    radio(map, 'Anne', '3: kender barnet godt og når det').focus();
    await map.key('ArrowRight');
    expect(rating(map, 'anne', 'bo')).to.equal(undefined);
    expect(changes).to.deep.equal(['closeness', 'closeness', 'undo', 'closeness']);
    await expect(map.element).to.be.accessible();
  });

  it('network: moving says the sector and the ring, once per move', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallNetwork}></sammen-relation-map>`);
    const spoken = map.listen();
    await map.tabIntoDrawing();
    await map.key('ArrowDown');
    // Round the circle to Mor (family, ring 1), out to Mormor (family, ring 2), and home to the centre.
    for (let i = 0; i < 7 && map.focusedPerson() !== 'Mor'; i += 1) await map.key('ArrowRight');
    expect(map.focusedPerson()).to.equal('Mor');
    const mor = 'Mor, Familie, ring 1 (tættest). 2 relationer.';
    await waitUntil(() => spoken.count(mor) > 0, `Mor's place is said: ${JSON.stringify(spoken.spoken)}`);
    expect(spoken.count(mor)).to.equal(1);
    await map.key('ArrowDown');
    expect(map.focusedPerson()).to.equal('Mormor');
    await waitUntil(() => spoken.count('Mormor, Familie, ring 2. 1 relation.') === 1, `Mormor's place is said once: ${JSON.stringify(spoken.spoken)}`);
    await map.key('Home');
    await waitUntil(() => spoken.count('A., barnet i midten.') === 1, 'the centre is said once');
    expect(spoken.count('A., barnet i midten.')).to.equal(1);
  });

  it('keyboard help lists the drawing’s keys behind a disclosure reached with Tab and opened with Enter', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    const summary = map.root.querySelector<HTMLElement>('.keyboard-help summary')!;
    expect(squash(summary.textContent)).to.equal('Tastaturhjælp');
    await map.tabIntoDrawing();
    await map.key('Tab');
    expect(map.activeElement()).to.equal(summary);
    await map.key('Enter');
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    const keys = [...details.querySelectorAll('dt')].map((node) => squash(node.textContent));
    expect(keys).to.deep.equal(['← → ↑ ↓', 'Home', 'Enter', 'Escape eller Backspace', 'M', '+ − 0', 'Shift + pile', 'Ctrl+Z, Ctrl+Shift+Z']);
    expect(squash(details.textContent)).to.include('Fortryd, gentag');
    await expect(map.element).to.be.accessible();
  });
});
