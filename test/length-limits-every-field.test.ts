// Every text field of both widgets takes its length from the SDK's LIMITS — the limit of the
// schema field it is saved in — and shows that limit before it is hit (issue 13.7). The test walks
// every text field a person can reach (each corner, the centre with a next step, a card's notes,
// the round, the search) instead of a list of fields, so a field added later without a limit
// fails here: each one must be named below with the limit of the place it is saved.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LIMITS, MemoryStore, createPerspectiveSession } from '@sammen/sdk';
import { formatCount } from '@sammen/core';
import '@sammen/reflection-cards/define';
import '@sammen/perspective-triangle/define';

type TextField = HTMLInputElement | HTMLTextAreaElement;
type Widget = HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<unknown> };

/** Each field's limit, by its visible label (Danish), from the schema field it is saved in. */
const LIMIT_OF: [RegExp, number][] = [
  [/^Situationen med få ord$/, LIMITS.label], // perspective-session title
  [/^Kort beskrivelse$/, LIMITS.text], // description
  [/^Hvad forstår vi sammen\?$/, LIMITS.note], // sharedUnderstanding
  [/^Trin \d+: hvad$/, LIMITS.text], // nextSteps[].text
  [/^Hvem, trin \d+$/, LIMITS.label], // nextSteps[].who
  [/^Noter til spørgsmål \d+$/, LIMITS.note], // reflection-notes cards[].notes[]
  [/^Navne eller roller/, LIMITS.text], // the round's names (never saved; a text's limit)
  [/^Søg$/, LIMITS.label], // the deck's search (never saved; a label's limit)
  [/\?$/, LIMITS.note], // a corner's guided prompt: perspectives[].answers[]
];

/** Every text field in `root` and the shadow roots below it. */
function textFields(root: ParentNode): TextField[] {
  const found: TextField[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && ['text', 'search'].includes(element.type))) found.push(element);
    if (element.shadowRoot) found.push(...textFields(element.shadowRoot));
  }
  return found;
}

/** The field's accessible name as a person sees it: its label, aria-label, or its sammen-textarea's label. */
function nameOf(field: TextField): string {
  const host = (field.getRootNode() as ShadowRoot).host;
  const label = field.getAttribute('aria-label') ?? (host?.localName === 'sammen-textarea' ? host.getAttribute('label') : field.labels?.[0]?.querySelector('span')?.textContent);
  return (label ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible text the field's description points at (where its count is shown). */
function describedText(field: TextField): string {
  const root = field.getRootNode() as ShadowRoot;
  return (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? root.getElementById(id) : null))
    .filter((node): node is HTMLElement => node !== null && node.checkVisibility())
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Checks `field`: its limit is the SDK's for what it holds, and 80 % of it shows the count with the limit. */
async function checkField(widget: Widget, field: TextField, seen: string[]): Promise<void> {
  const name = nameOf(field);
  const limit = LIMIT_OF.find(([pattern]) => pattern.test(name))?.[1];
  expect(limit, `a text field this test does not know: “${name}” — give it the LIMITS value of what it is saved in`).to.not.equal(undefined);
  expect(field.maxLength, `maxlength of “${name}”`).to.equal(limit);
  field.focus();
  field.value = 'a'.repeat(Math.ceil(limit! * 0.8));
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  const shown = `af ${formatCount(limit!, 'da')} tegn`;
  await waitUntil(() => describedText(field).includes(shown), `“${name}” shows “${shown}” at 80 % of its limit (it showed “${describedText(field)}”)`, { timeout: 3000 });
  await widget.updateComplete;
  seen.push(name);
}

async function mount(template: unknown): Promise<Widget> {
  document.documentElement.lang = 'da';
  const widget = (await fixture<HTMLElement>(html`<div>${template}</div>`)).firstElementChild as Widget;
  await widget.loaded;
  return widget;
}

describe('every text field: the SDK’s limit, shown before it is hit', () => {
  it('the perspective triangle: title, description, every corner’s answers, shared understanding, a step’s what and who', async () => {
    const store = new MemoryStore();
    const session = createPerspectiveSession({ id: 'limits', title: 'Grænser' });
    await store.put({ ...session, nextSteps: [{ id: 's1', text: '', who: '', due: '', done: false }] }, { expectedRevision: 0 });
    const widget = await mount(html`<sammen-perspective-triangle .store=${store} document-id="limits"></sammen-perspective-triangle>`);
    const root = widget.shadowRoot!;
    await waitUntil(() => root.querySelector('.situation__title'), 'session open', { timeout: 5000 });
    const seen: string[] = [];
    // Lit reuses a panel's fields from corner to corner: a field is known by its name here.
    const checked = new Set<string>();
    for (const part of ['child', 'parents', 'professionals', 'centre']) {
      root.querySelector<SVGElement>(`[data-part="${part}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitUntil(() => root.querySelector('#panel sammen-textarea'), `${part}'s panel open`, { timeout: 3000 });
      await widget.updateComplete;
      for (const field of textFields(root)) {
        // A corner's prompts are its own; the situation's fields stay in view from part to part.
        const key = /\?$/.test(nameOf(field)) ? `${part}: ${nameOf(field)}` : nameOf(field);
        if (checked.has(key)) continue;
        checked.add(key);
        await checkField(widget, field, seen);
      }
    }
    // 2 situation fields, 5 prompts in each of the 3 corners, the shared understanding, one step's what and who.
    expect(seen).to.have.length(2 + 15 + 1 + 2);
    expect(seen).to.include.members(['Situationen med få ord', 'Kort beskrivelse', 'Hvad forstår vi sammen?', 'Trin 1: hvad', 'Hvem, trin 1']);
  });

  it('the reflection deck: a card’s notes, the round’s names and the search', async () => {
    const store = new MemoryStore();
    const widget = await mount(html`<sammen-reflection-deck .store=${store} session-id="limits"></sammen-reflection-deck>`);
    const root = widget.shadowRoot!;
    await waitUntil(() => root.querySelector('input[type=search]'), 'overview shown', { timeout: 5000 });
    const seen: string[] = [];
    await checkField(widget, root.querySelector('input[type=search]')!, seen);
    root.querySelector<HTMLInputElement>('input[type=search]')!.value = '';
    root.querySelector<HTMLInputElement>('input[type=search]')!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await widget.updateComplete;
    root.querySelector<HTMLElement>('.overview article button.card__open')!.click();
    await waitUntil(() => root.querySelector('sammen-textarea.note'), 'a card open with its notes', { timeout: 3000 });
    root.querySelector<HTMLDetailsElement>('details.round')!.open = true;
    await widget.updateComplete;
    for (const field of textFields(root)) await checkField(widget, field, seen);
    expect(seen.filter((name) => name.startsWith('Noter til spørgsmål')).length).to.be.greaterThan(0);
    expect(seen.some((name) => name.startsWith('Navne eller roller'))).to.equal(true);
  });
});
