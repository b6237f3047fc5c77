// Printing a map (found from the outside: it printed every tool, both rounds' tabs, the zoom
// buttons and the keyboard hint, and the drawing on its grey screen background): on paper the map
// and what it means, none of the controls to change it.
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { smallGroup } from '../../../stories/relation-map/map-fixtures.js';
import { MapHarness } from './harness.js';

before(() => {
  document.documentElement.lang = 'da';
});

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
});

describe('<sammen-relation-map> in print', () => {
  it('prints the title, the summary, the round shown, the drawing and its key; no tools, no other rounds, no hints', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    await map.press('Nærhed voksen–barn');
    await map.tabIntoDrawing();
    await map.key('Enter');
    const shown = (selector: string) => [...map.root.querySelectorAll<HTMLElement>(selector)].filter((element) => element.getClientRects().length > 0);
    const controls = ['.toolbar', '.zoom', '.hint', '.keyboard-help', '.ties-list', '.closeness-editor', '[part="views"]'];
    for (const selector of controls) expect(shown(selector), `${selector} on screen`).to.not.have.length(0);
    expect(shown('.rounds .tab')).to.have.length(2);

    await emulateMedia({ media: 'print' });
    for (const selector of controls) expect(shown(selector), `${selector} on paper`).to.have.length(0);
    expect(shown('.rounds sammen-button'), '"New round" on paper').to.have.length(0);
    expect(shown('.rounds .tab').map((tab) => tab.textContent!.trim()), 'only the round shown').to.deep.equal(['Runde 2: 2026-10-15']);
    for (const selector of ['.header__title', '.summary', '.drawing', '[part="key"]']) expect(shown(selector), `${selector} on paper`).to.have.length(1);
    expect(getComputedStyle(map.root.querySelector('.drawing')!).backgroundColor, 'no screen background on paper').to.equal('rgba(0, 0, 0, 0)');
    expect(shown('svg.drawing__svg .node')).to.have.length(smallGroup.people.length);
  });
});
