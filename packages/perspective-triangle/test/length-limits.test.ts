// Every field's limit is the SDK's (issue 13.7): the description field takes LIMITS.text (the
// schema's 20,000, not 100,000), and near the limit the writer sees the count in the page's
// language; at the limit the field says once that it is full.
import { expect, html, waitUntil } from '@open-wc/testing';
import { LIMITS, MemoryStore, createPerspectiveSession } from '@sammen/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { squash } from '../../core/test-suites/test-support.js';
import { TriangleHarness } from './harness.js';

async function mountWithDescription(description: string, lang: string) {
  document.documentElement.lang = lang;
  const store = new MemoryStore();
  await store.put({ ...createPerspectiveSession({ id: 'long', title: 'Lang' }), description }, { expectedRevision: 0 });
  const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle .store=${store} document-id="long"></sammen-perspective-triangle>`);
  await triangle.ready(() => triangle.root.querySelector('sammen-textarea.situation__description'), 'situation shown');
  const host = triangle.root.querySelector('sammen-textarea.situation__description')!;
  return { triangle, store, host, textarea: host.shadowRoot!.querySelector('textarea')!, count: () => squash(host.shadowRoot!.querySelector('[part="counter"]')?.textContent) };
}

describe('length limits from the SDK', () => {
  after(() => {
    document.documentElement.lang = 'da';
  });

  it('the description field allows LIMITS.text characters, and shows no count far from it', async () => {
    const { textarea, count } = await mountWithDescription('Kort', 'da');
    expect(textarea.maxLength).to.equal(LIMITS.text);
    expect(LIMITS.text).to.equal(20_000);
    expect(count()).to.equal('');
  });

  it('near the limit the count is shown and read with the field, in Danish', async () => {
    const { textarea, count } = await mountWithDescription('a'.repeat(16_500), 'da');
    await waitUntil(() => count().includes('af'), 'Danish');
    expect(count()).to.equal('16.500 af 20.000 tegn');
    expect(textarea.getAttribute('aria-describedby')).to.include('counter');
  });

  it('and in Norwegian', async () => {
    const { count } = await mountWithDescription('a'.repeat(16_500), 'nb');
    await waitUntil(() => count().includes('av'), 'Norwegian');
    expect(count().replace(/\s/g, ' ')).to.equal('16 500 av 20 000 tegn');
  });

  it('typing the last character fills the field: the count says so, the widget’s announcer says it once, more typing is refused', async () => {
    const { triangle, textarea, count, store } = await mountWithDescription('a'.repeat(LIMITS.text - 1), 'da');
    const recorder = triangle.listen();
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    await sendKeys({ type: 'bc' });
    await triangle.settle();
    expect(textarea.value.length).to.equal(LIMITS.text);
    expect(count()).to.equal('20.000 tegn: feltet er fyldt');
    await waitUntil(() => recorder.count('Feltet er fyldt.') > 0, `spoken: ${recorder.spoken.join(' | ')}`, { timeout: 3000 });
    recorder.stop();
    expect(recorder.count('Feltet er fyldt.'), 'said once').to.equal(1);
    await waitUntil(async () => (await store.get('perspective-session', 'long'))?.description.length === LIMITS.text, 'the full text is saved');
  });
});
