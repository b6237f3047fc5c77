// Landmarks and headings as a screen-reader user meets them on a plain host page: no widget adds a
// page banner (a <header> in a shadow root becomes one — two with a dialog open), the widgets'
// headings start at the host's `heading-level` (default 2) and never skip a level, and axe —
// `heading-order` included — passes on a page with no headings of its own.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryStore } from '@sammen/sdk';
import { askToConfirm, type SammenConfirm } from '@sammen/core';
import '@sammen/reflection-cards/define';
import '@sammen/perspective-triangle/define';

interface AxNode {
  role?: string;
  name?: string;
  level?: number;
  children?: AxNode[];
}
const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];
type Widget = HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<unknown> };

async function page(template: TemplateResult): Promise<{ host: HTMLElement; widget: Widget }> {
  const host = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const widget = host.firstElementChild as Widget;
  await widget.loaded;
  await waitUntil(() => !widget.shadowRoot!.querySelector('.loading') && widget.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6'), 'loaded', { timeout: 5000 });
  await widget.updateComplete;
  return { host, widget };
}

async function accessibleNodes(): Promise<AxNode[]> {
  return flatten((await a11ySnapshot({})) as unknown as AxNode);
}

/** Heading levels in reading order, as the accessibility tree reports them. */
async function headingLevels(): Promise<number[]> {
  return (await accessibleNodes()).filter((node) => node.role === 'heading').map((node) => node.level ?? 0);
}

function expectOutline(levels: number[], top: number): void {
  expect(levels.length, 'the widget has headings').to.be.greaterThan(0);
  expect(levels[0], `the first heading is at level ${top} (${levels.join(', ')})`).to.equal(top);
  levels.forEach((level, index) => {
    expect(level, `heading ${index + 1} is not above the widget's level`).to.be.at.least(top);
    if (index > 0) expect(level, `heading ${index + 1} skips no level (${levels.join(', ')})`).to.be.at.most(levels[index - 1]! + 1);
  });
}

const WIDGETS: Record<string, (level?: number) => TemplateResult> = {
  'reflection deck': (level) =>
    html`<sammen-reflection-deck session-id="landmarks" .store=${new MemoryStore()} heading-level=${ifDefined(level)}></sammen-reflection-deck>`,
  'perspective triangle': (level) =>
    html`<sammen-perspective-triangle document-id="landmarks" .store=${new MemoryStore()} heading-level=${ifDefined(level)}></sammen-perspective-triangle>`,
};

before(() => {
  document.documentElement.lang = 'da';
});

describe('landmarks and headings on a plain host page', () => {
  for (const [name, widget] of Object.entries(WIDGETS)) {
    it(`the ${name} adds no banner landmark, even with its dialog open`, async () => {
      const { widget: element } = await page(widget());
      expect((await accessibleNodes()).filter((node) => node.role === 'banner')).to.deep.equal([]);
      const confirm = element.shadowRoot!.querySelector<SammenConfirm>('sammen-confirm')!;
      // As the widget asks: sammen-confirm is defined on the first question.
      void askToConfirm(confirm);
      await waitUntil(() => confirm.shadowRoot?.querySelector('sammen-dialog')?.shadowRoot?.querySelector('dialog[open]'), 'the dialog opens');
      expect((await accessibleNodes()).filter((node) => node.role === 'banner'), 'with the dialog open').to.deep.equal([]);
      confirm.shadowRoot!.querySelector<HTMLElement & { close(): void }>('sammen-dialog')!.close();
    });

    it(`the ${name}'s headings start at level 2 by default, and axe's heading-order passes`, async () => {
      const { host } = await page(widget());
      expectOutline(await headingLevels(), 2);
      await expect(host).to.be.accessible();
    });

    it(`the ${name}'s headings follow heading-level="4"`, async () => {
      await page(widget(4));
      expectOutline(await headingLevels(), 4);
    });
  }

  it('the confirmation dialog’s heading follows the widget’s heading-level', async () => {
    const { widget } = await page(WIDGETS['reflection deck']!(3));
    const confirm = widget.shadowRoot!.querySelector<SammenConfirm>('sammen-confirm')!;
    void askToConfirm(confirm);
    // The confirmation renders its dialog from the first ask() on (sammen-dialog is loaded then).
    await waitUntil(() => confirm.shadowRoot!.querySelector('sammen-dialog')?.shadowRoot?.querySelector('dialog[open]'), 'the dialog opens');
    const dialog = confirm.shadowRoot!.querySelector('sammen-dialog')!;
    expect(dialog.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h3');
    (dialog as HTMLElement & { close(): void }).close();
  });
});
