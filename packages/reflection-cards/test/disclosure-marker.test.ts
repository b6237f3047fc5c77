// "Eksportér, udskriv og start forfra" and the round's disclosure show that they open: a visible
// marker that points to the inline end when closed (mirrored right to left) and turns when open.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryStore } from '@sammen/sdk';
import type { SammenReflectionDeck } from '../src/reflection-deck.js';
import '../src/define.js';

async function deck(dir: 'ltr' | 'rtl'): Promise<HTMLDetailsElement> {
  const element = await fixture<SammenReflectionDeck>(
    html`<sammen-reflection-deck dir=${dir} session-id="marker" .store=${new MemoryStore()}></sammen-reflection-deck>`,
  );
  await element.loaded;
  await waitUntil(() => element.shadowRoot!.querySelector('details.session__more'), 'the session bar');
  return element.shadowRoot!.querySelector<HTMLDetailsElement>('details.session__more')!;
}

const marker = (details: HTMLDetailsElement) => getComputedStyle(details.querySelector('summary')!, '::before');

before(() => {
  document.documentElement.lang = 'da';
});

describe('the disclosure marker', () => {
  it('shows a marker that turns when the disclosure opens', async () => {
    const details = await deck('ltr');
    const closed = marker(details);
    expect(closed.content).to.include('▸');
    expect(parseFloat(closed.inlineSize || closed.width)).to.be.greaterThan(0);
    const closedTransform = closed.transform;
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open, 'opens');
    expect(marker(details).transform, 'the marker turns').to.not.equal(closedTransform);
  });

  it('points the other way in right-to-left text', async () => {
    const details = await deck('rtl');
    expect(marker(details).content).to.include('◂');
  });
});
