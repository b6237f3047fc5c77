import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { runWidgetContractSuite } from '../../core/test-suites/widget-contract-suite.js';
import { hostileMap, HOSTILE, smallGroup, smallNetwork } from '../../../stories/relation-map/map-fixtures.js';
import { MapHarness } from './harness.js';

const FIXTURES = '/test/fixtures/relation-map';

before(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-relation-map>', () => {
  runWidgetContractSuite({
    tag: 'sammen-relation-map',
    property: 'map',
    propertyDocument: () => ({ ...smallGroup, title: 'Fra egenskaben' }),
    propertyText: 'Fra egenskaben',
    srcUrl: `${FIXTURES}/group.json`,
    srcText: 'Fra src-stuen',
    defaultText: { da: 'Start med eksemplet', en: 'Start from the example' },
    uiText: { da: 'Tilføj en person', en: 'Add a person' },
    invalidSrcUrl: `${FIXTURES}/tie-to-missing-person.json`,
    invalidPath: 'rounds[0].ties[0].to',
    hostileDocument: () => hostileMap,
    hostileText: `${HOSTILE}ali`,
    ready: (element) => (element as HTMLElementTagNameMap['sammen-relation-map']).loaded,
  });

  describe('invalid documents', () => {
    for (const [file, path] of [
      ['tie-to-missing-person.json', 'rounds[0].ties[0].to'],
      ['negative-in-group.json', 'rounds[0].ties[0].quality'],
    ] as const) {
      it(`${file}: a located error and sammen-error`, async () => {
        const element = document.createElement('sammen-relation-map');
        const error = oneEvent(element, 'sammen-error');
        element.src = `${FIXTURES}/${file}`;
        document.body.append(element);
        const detail = (await error).detail;
        expect(detail.code).to.equal('invalid-document');
        expect(detail.issues?.map((issue: { path: string }) => issue.path)).to.include(path);
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include(path);
        element.remove();
      });
    }
  });

  describe('drawing and keyboard', () => {
    it('draws a button over the drawing for every person, and the drawing is one tab stop', async () => {
      const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
      expect(map.people().map((name) => name.split(',')[0])).to.deep.equal(['Ali', 'Bo', 'Cleo', 'Dan', 'Eli', 'Anne', 'Per']);
      // Each says how many ties, "1 relation" for one (it said "1 relationer").
      const counts = map.people().map((name) => /(\d+) relation(er)?\b/.exec(name));
      expect(counts.every((match) => match && (match[1] === '1') === (match[2] === undefined)), map.people().join(' | ')).to.equal(true);
      expect(counts.some((match) => match![1] === '1'), 'someone has one tie').to.equal(true);
      expect(map.proxies().filter((proxy) => proxy.tabIndex === 0)).to.have.length(1);
      expect(map.root.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(map.lines()).to.include('ali>eli');
      await expect(map.element).to.be.accessible();
    });

    it('group: arrows move to the nearest person that way; Enter lists the ties; Enter follows; Escape goes back', async () => {
      const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
      const spoken = map.listen();
      await map.tabIntoDrawing();
      expect(map.focusedPerson()).to.equal('Ali');
      const seen = new Set<string>();
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        await map.key(key);
        seen.add(map.focusedPerson());
      }
      expect(seen.size).to.be.greaterThan(1);
      await map.key('Home');
      expect(map.focusedPerson()).to.equal('Ali');
      await map.key('Enter');
      expect(map.tieTexts()).to.deep.equal(['Ali leger med Bo (gensidig, stærk)', 'Ali leger med Eli (mellem)']);
      expect(map.focused()).to.equal('Ali leger med Bo (gensidig, stærk)');
      await map.key('ArrowDown');
      await map.key('Enter');
      expect(map.focusedPerson()).to.equal('Eli');
      await waitUntil(() => spoken.count('Eli, Barn') === 1, 'the move is said once');
      await map.key('Enter');
      await map.key('Escape');
      expect(map.focusedPerson()).to.equal('Eli');
      await map.key('Enter');
      await map.key('Backspace');
      expect(map.focusedPerson()).to.equal('Eli');
    });

    it('network: ←/→ go round the circle, ↑/↓ between rings, Home is the child', async () => {
      const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallNetwork}></sammen-relation-map>`);
      await map.tabIntoDrawing();
      expect(map.focusedPerson()).to.equal('A.');
      await map.key('ArrowDown');
      expect(['Mor', 'Pædagog Lise']).to.include(map.focusedPerson());
      const round: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        await map.key('ArrowRight');
        round.push(map.focusedPerson());
      }
      expect(new Set(round).size).to.equal(6);
      await map.key('ArrowRight');
      expect(map.focusedPerson()).to.equal(round[0]);
      await map.key('Home');
      expect(map.focusedPerson()).to.equal('A.');
      await expect(map.element).to.be.accessible();
    });
  });
});
