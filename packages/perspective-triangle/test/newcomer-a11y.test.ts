// What a screen-reader user and a newcomer meet in the triangle: repeated field labels carry
// their step, the privacy warning is spoken as written, the intro uses the document's own corner
// names and knows when all four parts are done, and the headings start where the host says.
import { expect, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { MemoryStore, createPerspectiveSession, type PerspectiveSession } from '@sammen/sdk';
import { TriangleHarness } from './harness.js';
import { squash } from '../../core/test-suites/test-support.js';

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

/** The accessibility tree as Chromium gives it to a screen reader. */
async function accessibleNodes(): Promise<AxNode[]> {
  return flatten((await a11ySnapshot({})) as unknown as AxNode);
}

/** What a screen reader reads inside the first node with `role` whose name or text matches. */
function spokenText(nodes: AxNode[], role: string): string[] {
  return nodes.filter((node) => node.role === role).map((node) => flatten(node).slice(1).map((child) => child.name ?? '').join(''));
}

const ALL_DONE: Partial<PerspectiveSession> = {
  title: 'Morgenaflevering',
  sharedUnderstanding: 'Vi ser det samme.',
  nextSteps: [{ id: 's1', text: 'Tal med far', who: 'Anna', due: '', done: false }],
};

function doneSession(id: string): PerspectiveSession {
  const base = createPerspectiveSession({ id });
  const answered = (perspective: keyof PerspectiveSession['perspectives']) => ({
    ...base.perspectives[perspective],
    answers: Object.fromEntries(['observations', 'experiences', 'thoughts', 'feelings', 'needs'].map((prompt) => [prompt, 'skrevet'])),
  });
  return {
    ...base,
    ...ALL_DONE,
    perspectives: { child: answered('child'), parents: answered('parents'), professionals: answered('professionals') },
  } as PerspectiveSession;
}

before(() => {
  document.documentElement.lang = 'da';
});

/** Mounts the triangle and waits for its Danish UI (the locale module loads on demand). */
async function mount(template: ReturnType<typeof html>): Promise<TriangleHarness> {
  const triangle = await TriangleHarness.mount(template);
  await triangle.ready(() => triangle.text().includes('dele færdige') || triangle.text().includes('Tre perspektiver'), 'the Danish UI');
  return triangle;
}

describe('the triangle for a screen-reader user and a newcomer', () => {
  it('names each step’s “Hvem” and “Hvornår” with the step (“Hvem, trin 2”)', async () => {
    const triangle = await mount(html`<sammen-perspective-triangle document-id="labels" .store=${new MemoryStore()}></sammen-perspective-triangle>`);
    await triangle.openPart('centre');
    await triangle.press('Tilføj et næste skridt');
    await triangle.press('Tilføj et næste skridt');
    const fields = (await accessibleNodes()).filter((node) => node.role !== 'StaticText' && node.role !== 'text');
    const names = fields.map((node) => squash(node.name)).filter((name) => /^(Hvem|Hvornår)/.test(name));
    expect(names, JSON.stringify(names)).to.have.members(['Hvem, trin 1', 'Hvem, trin 2', 'Hvornår, trin 1', 'Hvornår, trin 2']);
    // The visible label stays the short word (the step is said, not shown twice).
    const visible = [...triangle.root.querySelectorAll('.step__meta .field > span')].map((span) => squash(span.textContent));
    expect(visible).to.include('Hvem');
  });

  it('speaks the privacy warning with its words apart (“ligner et”, not “ligneret”)', async () => {
    const triangle = await mount(html`<sammen-perspective-triangle document-id="privacy" .store=${new MemoryStore()}></sammen-perspective-triangle>`);
    triangle.root.querySelector<HTMLInputElement>('.situation__title')!.focus();
    await triangle.type('A. 010190-1234 og anna@example.dk');
    // The guard runs after typing pauses and speaks through the widget's one announcer.
    let status: string | undefined;
    await waitUntil(async () => {
      status = spokenText(await accessibleNodes(), 'status').find((text) => text.includes('ligner'));
      return Boolean(status);
    }, 'the privacy warning is spoken', { timeout: 4000 });
    expect(status, 'the warning is in a status region').to.exist;
    expect(status).to.include('Det ligner et CPR-nummer og en e-mailadresse.');
    expect(status).to.not.match(/ligneret|\.\S/);
  });

  it('says the session is complete when all four parts are done, and offers the summary', async () => {
    const store = new MemoryStore();
    await store.put(doneSession('done'));
    const triangle = await mount(html`<sammen-perspective-triangle document-id="done" .store=${store}></sammen-perspective-triangle>`);
    expect(triangle.text()).to.include('4 af 4 dele færdige');
    expect(triangle.panelHeading()).to.equal('Alle fire dele er færdige');
    expect(triangle.text()).to.not.include('Begynd med');
    await triangle.press('Se opsummeringen');
    expect(triangle.element.view).to.equal('summary');
  });

  it('suggests the first corner in a fresh session', async () => {
    const triangle = await mount(html`<sammen-perspective-triangle document-id="fresh" .store=${new MemoryStore()}></sammen-perspective-triangle>`);
    expect(triangle.button('Begynd med barnet')).to.exist;
  });

  it('shows the focus ring on the panel heading that Enter on a corner moves focus to', async () => {
    const triangle = await mount(html`<sammen-perspective-triangle document-id="ring" .store=${new MemoryStore()}></sammen-perspective-triangle>`);
    triangle.node('parents').focus();
    await triangle.key('Enter');
    const heading = triangle.root.querySelector<HTMLElement>('#panel-heading')!;
    expect(triangle.root.activeElement).to.equal(heading);
    const style = getComputedStyle(heading);
    expect(style.outlineStyle, 'a visible outline').to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(style.outlineColor).to.equal('rgb(11, 87, 208)');
  });

  it('introduces the triangle with the document’s custom corner names', async () => {
    const custom = createPerspectiveSession({ id: 'custom' });
    custom.perspectives.child.label = { da: 'C. selv' };
    custom.perspectives.parents.label = { da: 'Mor og far' };
    custom.perspectives.professionals.label = { da: 'Vuggestuen' };
    const triangle = await mount(html`<sammen-perspective-triangle .session=${custom}></sammen-perspective-triangle>`);
    const intro = squash(triangle.root.querySelector('.panel--intro p')?.textContent);
    expect(intro).to.include('C. selv').and.include('Mor og far').and.include('Vuggestuen');
    expect(intro).to.not.include('barnet, forældrene');
    expect(triangle.button('Begynd med C. selv')).to.exist;
  });
});
