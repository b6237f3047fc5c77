// What a screen reader hears from the triangle, and the one save status a newcomer sees (issue 14:
// one announcer per widget; one save status per widget).
import { expect, html, waitUntil } from '@open-wc/testing';
import { IndexedDbStore, MemoryStore, type Store } from '@sammen/sdk';
import { setUiLocale } from '@sammen/core';
import { deepText } from '@sammen/core/test-suites';
import { TriangleHarness } from './harness.js';

before(async () => {
  document.documentElement.lang = 'da';
  await setUiLocale('da');
});

const mountGuided = async (store: Store = new MemoryStore()) => {
  const triangle = await TriangleHarness.mount(
    html`<sammen-perspective-triangle .store=${store} document-id=${`spoken-${Math.random()}`} guided></sammen-perspective-triangle>`,
  );
  await triangle.ready(() => triangle.panelHeading() !== '', 'session open');
  return triangle;
};

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('<sammen-perspective-triangle> announcements and save status', () => {
  it('one typing pause is one spoken save message, from one live region', async () => {
    const triangle = await mountGuided(new IndexedDbStore({ name: `sammen-spoken-${Math.random()}` }));
    const recorder = triangle.listen();
    await triangle.typeInto('Hvad kan barnet opleve?', 'Hun græder ved aflevering');
    await triangle.ready(() => triangle.saveState() === 'saved', 'saved');
    await waitUntil(() => recorder.count('Gemt') > 0, 'the save is spoken', { timeout: 3000 });
    // Give any further region (one per field, as before) time to speak too.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    recorder.stop();
    expect(recorder.count('Gemt'), recorder.spoken.join(' | ')).to.equal(1);
    expect(recorder.count('Gemmer'), 'saving itself is not spoken').to.equal(0);
    expect(triangle.root.querySelectorAll('[aria-live], [role="status"], [role="alert"]').length, 'one live region in the working view').to.equal(1);
  });

  it('a full text field is said by the widget’s one announcer; no field has a live region of its own', async () => {
    const triangle = await mountGuided();
    const live = (root: ParentNode): Element[] =>
      [...root.querySelectorAll('*')].flatMap((node) => [
        ...(node.matches('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]') ? [node] : []),
        ...(node.shadowRoot ? live(node.shadowRoot) : []),
      ]);
    expect(triangle.root.querySelectorAll('sammen-textarea').length, 'the guided view has text fields').to.be.greaterThan(0);
    expect(live(triangle.root).length, 'live regions in the widget and inside its text fields').to.equal(1);
    const area = triangle.field('Hvad kan barnet opleve?');
    const limit = Number(area.maxLength);
    // Pasted up to one character short of the limit, then the last one typed.
    area.value = 'a'.repeat(limit - 1);
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const recorder = triangle.listen();
    await triangle.typeInto('Hvad kan barnet opleve?', 'b');
    await waitUntil(() => recorder.count('Feltet er fyldt') > 0, `spoken: ${recorder.spoken.join(' | ')}`, { timeout: 3000 });
    recorder.stop();
    expect(recorder.count('Feltet er fyldt')).to.equal(1);
    expect(live(triangle.root).length, 'still one live region').to.equal(1);
  });

  it('the privacy warning is spoken once, after typing stops, by the one announcer', async () => {
    const triangle = await mountGuided();
    const recorder = triangle.listen();
    triangle.root.querySelector<HTMLInputElement>('input.situation__title')!.focus();
    await triangle.type('A. 010203-1234');
    await waitUntil(() => recorder.count('et CPR-nummer') > 0, 'warning spoken', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    recorder.stop();
    expect(recorder.count('et CPR-nummer'), recorder.spoken.join(' | ')).to.equal(1);
    expect(triangle.root.querySelector('#privacy')!.textContent).to.include('et CPR-nummer');
  });

  it('adding a next step is announced', async () => {
    const triangle = await mountGuided();
    await triangle.press('Næste');
    await triangle.press('Næste');
    await triangle.press('Næste');
    const recorder = triangle.listen();
    await triangle.press('Tilføj et næste skridt');
    await waitUntil(() => recorder.count('Trin 1 er tilføjet') === 1, `announced: ${recorder.spoken.join(' | ')}`, { timeout: 3000 });
    recorder.stop();
  });

  it('guided mode shows one calm save status for the widget, not one per field', async () => {
    const triangle = await mountGuided();
    const text = deepText(triangle.root);
    expect(triangle.root.querySelectorAll('sammen-textarea').length).to.be.greaterThan(3);
    expect(occurrences(text, 'Gemmes ikke'), 'no alarming "not saved"').to.equal(0);
    expect(occurrences(text, 'Gemmes, indtil fanen lukkes'), text).to.equal(1);
    expect([...triangle.root.querySelectorAll('sammen-textarea')].every((field) => !field.shadowRoot!.querySelector('sammen-save-status'))).to.equal(true);
  });
});
