// Issue 15, "Edit mode": add links "by pointer" — a drag from a card's port to another card, with
// real pointer input (sendMouse moves, presses and releases the mouse in Chromium). The link goes
// through the same undo path as the form, is announced, and a self-link or a duplicate is refused
// with a spoken reason; Escape cancels a drag; a press without a drag still links click-then-click.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { squash } from '@sammen/core/test-suites';
import type { ModelChangeDetail } from '../src/events.js';
import { EditHarness } from './edit-harness.js';
import { quarterModel } from './edit-fixtures.js';

const mount = () => EditHarness.mount(html`<sammen-change-model editable .model=${quarterModel()}></sammen-change-model>`);

type Spot = [number, number];

const card = (harness: EditHarness, id: string) => harness.root.querySelector<HTMLElement>(`[data-card="${id}"]`)!;
const port = (harness: EditHarness, id: string) => harness.root.querySelector<HTMLElement>(`[data-link-port="${id}"]`)!;
const centre = (element: Element): Spot => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};
/** A point inside a card well away from its port: the middle of its title. */
const titleSpot = (harness: EditHarness, id: string): Spot => centre(card(harness, id).querySelector('.card__button')!);
const linkIds = (harness: EditHarness) => [...harness.root.querySelectorAll('[data-link]')].map((element) => element.getAttribute('data-link'));

/** Presses the port of `from` and moves (in steps, as a hand does) to the middle of `to`'s title; the button stays down. */
async function pressAndDrag(harness: EditHarness, from: string, toItem: string): Promise<void> {
  port(harness, from).scrollIntoView({ block: 'center' });
  await harness.settle();
  const start = centre(port(harness, from));
  const to = titleSpot(harness, toItem);
  await sendMouse({ type: 'move', position: start });
  await sendMouse({ type: 'down' });
  for (const step of [0.25, 0.5, 0.75, 1]) {
    await sendMouse({ type: 'move', position: [Math.round(start[0] + (to[0] - start[0]) * step), Math.round(start[1] + (to[1] - start[1]) * step)] });
  }
  await harness.settle();
}

async function release(harness: EditHarness): Promise<void> {
  await sendMouse({ type: 'up' });
  await harness.settle();
}

describe('edit mode: linking by dragging from a port', () => {
  afterEach(() => resetMouse());

  it('each card has a named port of at least 24 × 24 px, and the editor with ports is axe clean', async () => {
    const harness = await mount();
    const ports = [...harness.root.querySelectorAll<HTMLElement>('[data-link-port]')];
    expect(ports.map((element) => element.dataset.linkPort)).to.deep.equal(['a1', 'a2', 'r1', 'r2']);
    for (const element of ports) {
      const box = element.getBoundingClientRect();
      expect(box.width, 'port width').to.be.at.least(24);
      expect(box.height, 'port height').to.be.at.least(24);
      expect(getComputedStyle(element).touchAction, 'only the port stops touch scrolling').to.equal('none');
    }
    expect(getComputedStyle(card(harness, 'a1')).touchAction).to.not.equal('none');
    expect(port(harness, 'a1').getAttribute('aria-label')).to.equal('Forbind fra Familiegrupper: træk til det element, den fører til, eller tryk og vælg det bagefter');
    await expect(harness.element).to.be.accessible();
  });

  it('a drag onto another card draws a line, marks the target, adds the link as one undo step and says so', async () => {
    const harness = await mount();
    const spoken = harness.listen();
    const changes: ModelChangeDetail[] = [];
    harness.element.addEventListener('sammen-model-change', (event) => changes.push(event.detail));

    // A wide board lists "leads to" only in each card's counted summary (the lists are for narrow screens).
    const summary = () => squash(harness.root.querySelector('#links-a2')?.textContent);
    const summaryBefore = summary();
    await pressAndDrag(harness, 'a2', 'r2');
    expect(harness.root.querySelector('.link-drag-line'), 'a line follows the pointer').to.not.equal(null);
    expect(card(harness, 'r2').getAttribute('data-drop-target'), 'the card under the pointer is the drop target').to.equal('link');
    await release(harness);

    expect(harness.root.querySelector('.link-drag-line'), 'the line is gone').to.equal(null);
    expect(card(harness, 'r2').hasAttribute('data-drop-target')).to.equal(false);
    await waitUntil(() => spoken.count('Forbindelse tilføjet: Åben rådgivning → Tidlig opsporing') === 1, 'the link is announced once');
    expect(changes.map((change) => change.change.kind)).to.deep.equal(['link-added']);
    await harness.ready(() => linkIds(harness).includes('a2->r2'), 'the connector is drawn');
    expect(summary(), 'the card counts one more link').to.not.equal(summaryBefore);

    // One undo step takes it away again (focus is on the port, inside the widget).
    await harness.chord(['Control'], 'z');
    await harness.ready(() => !linkIds(harness).includes('a2->r2'), 'undone');
    expect(changes.at(-1)!.reason).to.equal('undo');
    expect(changes.at(-1)!.model.links.map((link) => link.id)).to.deep.equal(['a1->r1']);
    await harness.chord(['Control', 'Shift'], 'z');
    await harness.ready(() => linkIds(harness).includes('a2->r2'), 'redone');
  });

  it('refuses a duplicate link and a link to the item itself, and says why', async () => {
    const harness = await mount();
    const spoken = harness.listen();
    const changes: ModelChangeDetail[] = [];
    harness.element.addEventListener('sammen-model-change', (event) => changes.push(event.detail));

    await pressAndDrag(harness, 'a1', 'r1');
    expect(card(harness, 'r1').getAttribute('data-drop-target'), 'marked as refused').to.equal('refused');
    await release(harness);
    await waitUntil(() => spoken.count('Ikke forbundet: Familiegrupper fører allerede til Forældre deltager') === 1, 'the duplicate is refused aloud');

    await pressAndDrag(harness, 'a1', 'a1');
    expect(card(harness, 'a1').getAttribute('data-drop-target')).to.equal('refused');
    await release(harness);
    await waitUntil(() => spoken.count('Ikke forbundet: Familiegrupper kan ikke føre til sig selv') === 1, 'the self-link is refused aloud');

    expect(changes, 'nothing changed').to.deep.equal([]);
    expect(linkIds(harness)).to.deep.equal(['a1->r1']);
    expect(harness.root.querySelector('.edit-connecting'), 'a drag does not leave click-then-click waiting').to.equal(null);
  });

  it('Escape during a drag cancels it: no line, no link when the button is let go', async () => {
    const harness = await mount();
    const spoken = harness.listen();
    await pressAndDrag(harness, 'a2', 'r2');
    await sendKeys({ press: 'Escape' });
    await harness.settle();
    expect(harness.root.querySelector('.link-drag-line')).to.equal(null);
    expect(card(harness, 'r2').hasAttribute('data-drop-target')).to.equal(false);
    await release(harness);
    await waitUntil(() => spoken.count('Forbindelsen blev annulleret') === 1, 'the cancel is said');
    expect(linkIds(harness)).to.deep.equal(['a1->r1']);
  });

  it('a click on the port (no drag) starts click-then-click, and a click on a card ends it', async () => {
    const harness = await mount();
    const spoken = harness.listen();
    port(harness, 'a2').scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(port(harness, 'a2')) });
    await harness.settle();
    expect(squash(harness.root.querySelector('.edit-connecting')?.textContent)).to.contain('Forbinder fra Åben rådgivning');
    await sendMouse({ type: 'click', position: titleSpot(harness, 'r2') });
    await harness.ready(() => linkIds(harness).includes('a2->r2'), 'linked by two clicks');
    await waitUntil(() => spoken.count('Forbindelse tilføjet: Åben rådgivning → Tidlig opsporing') === 1, 'announced');
  });

  it('the port takes keyboard focus with the board (Tab from the active card) and Enter starts linking', async () => {
    const harness = await mount();
    const first = harness.root.querySelector<HTMLElement>('.card__button[tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    await harness.settle();
    const focused = harness.active as HTMLElement;
    expect(focused.dataset.linkPort, 'the active card’s port is next in Tab order').to.equal(first.dataset.item);
    expect(getComputedStyle(focused).outlineStyle, 'focus is visible').to.not.equal('none');
    await sendKeys({ press: 'Enter' });
    await harness.settle();
    expect(squash(harness.root.querySelector('.edit-connecting')?.textContent)).to.contain('Forbinder fra Familiegrupper');
  });
});
