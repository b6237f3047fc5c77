// The work view's strings are a locale part of their own, fetched with the work view's module
// (lazy-work.ts, packages/core/scripts/locale-parts.mjs): a page that only lists the saved sessions
// does not download them, and a session opened on a page in Norwegian shows its work view in
// Norwegian from its first frame — never English first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { activeLocale } from '@sammen/core';
import { MemoryStore } from '@sammen/sdk';
import '@sammen/perspective-triangle/define';
import { fetchedLocalePart, firstAppearance } from '../../core/test-suites/test-support.js';
import { customSession } from '../../../stories/perspective-triangle/session-fixtures.js';

const KEYS_HINT = 'Use the arrow keys to move between the corners and the centre, and Enter to open one.';
const fetchedWorkTexts = () => fetchedLocalePart('perspective-triangle', 'work', 'nb');

before(() => {
  document.documentElement.lang = 'nb';
});

describe('<sammen-perspective-triangle> work view texts', () => {
  it('are not fetched by a page that only lists the saved sessions', async () => {
    const list = await fixture<HTMLElement & { loaded: Promise<void> }>(html`<sammen-perspective-triangle .store=${new MemoryStore()}></sammen-perspective-triangle>`);
    await waitUntil(() => activeLocale() === 'nb', 'locale nb');
    await list.loaded;
    await waitUntil(() => list.shadowRoot!.textContent!.includes('Dine situasjoner'), 'the list, in Norwegian');
    expect(fetchedWorkTexts()).to.equal(false);
    list.remove();
  });

  it('come with the first session shown, which is in Norwegian from its first frame', async () => {
    const texts = (await (await fetch('/packages/perspective-triangle/translations/nb.json')).json()) as Record<string, string>;
    expect(texts[KEYS_HINT], 'a translation to look for').to.be.a('string').and.not.equal(KEYS_HINT);
    const triangle = document.createElement('sammen-perspective-triangle') as HTMLElement & { session: unknown };
    triangle.session = customSession;
    document.body.append(triangle);
    expect(await firstAppearance(triangle, '#triangle-keys')).to.equal(texts[KEYS_HINT]);
    expect(fetchedWorkTexts()).to.equal(true);
    triangle.remove();
  });
});
