// The children no one chose made visible in the drawing, where the staff look first — not only in
// the summary's count and the analysis panel: a second ring round their circle, the words in their
// proxy button's name (a screen reader hears it on the person), and a key under the drawing.
import { expect, html } from '@open-wc/testing';
import { loadExampleGroup, loadExampleNetwork } from '@sammen/content';
import { parseRelationMap, type RelationMap } from '@sammen/sdk';
import { MapHarness } from './harness.js';

const parsed = async (load: Promise<unknown>): Promise<RelationMap> => {
  const result = parseRelationMap(await load);
  if (!result.ok) throw new Error('example not valid');
  return result.value;
};

after(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-relation-map>: children to invite in, in the drawing', () => {
  it('rings the one child no one chose (Pil, in the example’s second round), names it on the person and explains it under the drawing', async () => {
    document.documentElement.lang = 'da';
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${await parsed(loadExampleGroup('da'))}></sammen-relation-map>`);
    const ringed = [...map.root.querySelectorAll('.node--invite')].map((node) => node.getAttribute('data-person'));
    const pil = map.proxy('Pil');
    expect(ringed).to.deep.equal([pil.dataset.person]);
    expect(map.root.querySelectorAll('.node--invite .invite').length).to.equal(1);
    expect(pil.textContent).to.contain('ingen valgte barnet i denne runde');
    expect(map.proxy('Freja').textContent).not.to.contain('ingen valgte');
    const key = map.root.querySelector('[part="invite-key"]');
    expect(key?.textContent).to.contain('et barn at invitere ind');
    await expect(map.element).to.be.accessible();
  });

  it('follows the round shown: a tie to the child takes the ring and the key away', async () => {
    document.documentElement.lang = 'nb';
    const group = await parsed(loadExampleGroup('nb'));
    const pil = group.people.find((person) => person.label.startsWith('Pil'))!;
    const freja = group.people.find((person) => person.label.startsWith('Freja'))!;
    const last = group.rounds.length - 1;
    const chosen: RelationMap = {
      ...group,
      rounds: group.rounds.map((round, at) => (at === last ? { ...round, ties: [...round.ties, { id: 'new', from: freja.id, to: pil.id, kind: 'plays-with', strength: 1, direction: 'one-way' }] } : round)),
    } as RelationMap;
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${chosen}></sammen-relation-map>`);
    expect(map.root.querySelectorAll('.node--invite').length).to.equal(0);
    expect(map.root.querySelector('[part="invite-key"]')).to.equal(null);
  });

  it('marks no one in a network map (its ties are no children’s choices)', async () => {
    document.documentElement.lang = 'da';
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${await parsed(loadExampleNetwork('da'))}></sammen-relation-map>`);
    expect(map.root.querySelectorAll('.node--invite').length).to.equal(0);
    expect(map.root.querySelector('[part="invite-key"]')).to.equal(null);
  });
});
