import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Issue, IssueCode } from '@sammen/sdk';
import { activeLocale, ISSUE_MESSAGES, issueMessage, loadErrorMessages } from '@sammen/core';
import type { TestWidget } from './support/test-widget.js';
import './support/test-widget.js';

const json = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function inLocale(lang: 'da' | 'nb' | 'en'): Promise<void> {
  document.documentElement.lang = lang;
  document.body.append(document.createElement('sammen-test-widget'));
  await waitUntil(() => activeLocale() === lang, `locale ${lang}`);
  // issueMessage's texts are core's errors part (locale-parts.mjs): loaded with the error view, or so.
  await loadErrorMessages();
}

/** Core's English source sentences that read differently in Danish (the translation catalogue). */
async function englishSentences(): Promise<string[]> {
  const da = (await (await fetch('/packages/core/translations/da.json')).json()) as Record<string, string>;
  return Object.entries(da)
    .filter(([en, translated]) => en !== translated)
    // The fixed part of a sentence with placeholders, e.g. "The document at " of "The document at ${src} is not valid."
    .flatMap(([en]) => en.split(/\$\{[^}]*\}/))
    .map((part) => part.trim())
    .filter((part) => part.split(' ').length >= 3);
}

describe('the error view: a plain sentence for staff, the details for the web team', () => {
  after(() => {
    document.documentElement.lang = 'da';
  });

  it('in Danish shows no English sentence and keeps document paths inside the disclosure', async () => {
    await inLocale('da');
    const element = document.createElement('sammen-test-widget') as TestWidget;
    // A card without questions: a located issue (`themes[0].cards[0].questions`).
    element.src = json({ schema: 'sammen.reflection-deck/v1', id: 'd', revision: 1, updatedAt: '2026-11-22T10:00:00.000Z', title: 'x', themes: [{ id: 't', number: 1, title: 'x', cards: [{ id: 'c', title: 'x', statement: { text: 'x', saidBy: 'parents' }, questions: [], audience: 'staff', settings: [] }] }] });
    const event = oneEvent(element, 'sammen-error');
    document.body.append(element);
    const { detail } = await event;
    await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'), 'alert shown');
    await element.updateComplete;
    const alert = element.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    const disclosure = alert.querySelector('details')!;
    expect(disclosure, 'a disclosure').to.exist;
    expect(disclosure.open, 'closed until the web team opens it').to.equal(false);
    expect(words(disclosure.querySelector('summary')!.textContent)).to.equal('Detaljer til webteamet');

    const outside = alert.cloneNode(true) as HTMLElement;
    outside.querySelector('details')!.remove();
    const staffText = words(outside.textContent);
    expect(staffText).to.include('Indholdet har fejl, så det kan ikke vises.');
    const path = detail.issues![0]!.path;
    expect(staffText, 'no document path for staff').not.to.include(path);
    expect(words(disclosure.textContent), 'the path for the web team').to.include(path);

    const all = words(alert.textContent);
    const english = [...(await englishSentences()), ...detail.issues!.map((issue: Issue) => issue.message), 'is not valid'];
    expect(english.filter((sentence) => all.includes(sentence)), 'English in a Danish error view').to.deep.equal([]);
    element.remove();
  });

  it('has a Danish and a Norwegian sentence for every SDK issue code', async () => {
    const params = { expected: 'x', got: 'array', min: 3, max: 3, unit: 'items', version: 9, supported: 1, line: 1, column: 2 };
    const codes = Object.keys(ISSUE_MESSAGES) as IssueCode[];
    const say = (code: IssueCode) => issueMessage({ path: 'a', message: 'ENGLISH FALLBACK', code, params });
    await inLocale('en');
    const english = new Map(codes.map((code) => [code, say(code)]));
    for (const lang of ['da', 'nb'] as const) {
      await inLocale(lang);
      for (const code of codes) {
        expect(say(code), `${code} in ${lang}`).not.to.equal(english.get(code));
        expect(say(code), `${code} in ${lang}`).not.to.equal('ENGLISH FALLBACK');
      }
    }
    expect(codes).to.include.members(['pattern', 'invalid', 'missing', 'type', 'malformed-json']);
  });
});
