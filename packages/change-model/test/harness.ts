// How a person uses <sammen-change-model>: Tab onto the board, arrow between items, Enter onto an
// item's links and along them, click an item or a connector, switch views, filter. Real key
// presses through sendKeys; every action checks that focus did not fall to <body> (WidgetHarness).
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SammenChangeModel } from '../src/change-model.js';
import '../src/define.js';
import { squash, WidgetHarness } from '@sammen/core/test-suites';

export class ModelHarness extends WidgetHarness<SammenChangeModel> {
  static async mount(template: TemplateResult): Promise<ModelHarness> {
    const host = await fixture<HTMLElement>(template);
    const element = (host.localName === 'sammen-change-model' ? host : host.querySelector('sammen-change-model')) as SammenChangeModel;
    const harness = new ModelHarness(element);
    await element.loaded;
    await waitUntil(() => !element.shadowRoot!.querySelector('.loading'), 'loaded', { timeout: 5000 });
    await harness.settle();
    await harness.frames();
    return harness;
  }

  /** Waits for the widget to render, lazy parts it started loading (the outline, the panel's links) included. */
  override async settle(): Promise<void> {
    await this.element.loaded;
    await super.settle();
  }

  /** Two animation frames: the connectors are laid out in the frame after a render. */
  async frames(): Promise<void> {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await this.settle();
  }

  /** An item's title button by its title. */
  item(title: string): HTMLButtonElement {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('.card__button')].find((node) => squash(node.textContent) === title);
    if (!button) throw new Error(`No item “${title}” in ${this.visibleItems().join(', ')}`);
    return button;
  }

  /** Titles of the items on the board, in reading order. */
  visibleItems(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('.card__button')].map((node) => squash(node.textContent));
  }

  /** Titles of the items not dimmed (in the selection's line of sight, or all when nothing is selected). */
  litItems(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('.card:not(.card--dimmed) .card__button')].map((node) => squash(node.textContent));
  }

  async clickItem(title: string): Promise<void> {
    await this.click(this.item(title), `clicking the item ${title}`);
  }

  /** Puts keyboard focus on the board the way a person does: Tab from the control before it. */
  async tabToBoard(): Promise<void> {
    const summary = this.root.querySelector<HTMLElement>('.key-help summary')!;
    summary.focus();
    await this.key('Tab');
  }

  /** The link buttons in the panel, by name. */
  panelLinks(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('.link-button')].map((node) => squash(node.textContent));
  }

  panelText(): string {
    return squash(this.root.querySelector('.panel')?.textContent);
  }

  /** Clicks a connector's wide hit area, as a pointer does (the drawing is aria-hidden). */
  async clickConnector(linkId: string): Promise<void> {
    const hit = this.root.querySelector<SVGPathElement>(`[data-link="${linkId}"] .connector__hit`);
    if (!hit) throw new Error(`No connector ${linkId}`);
    await this.act(`clicking the connector ${linkId}`, () => {
      this.item(this.visibleItems()[0]!).focus();
      hit.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
  }

  button(name: string): HTMLElement {
    const button = [...this.root.querySelectorAll<HTMLElement>('button, summary')].find((node) => squash(node.textContent) === name);
    if (!button) throw new Error(`No button “${name}”`);
    return button;
  }

  async press(name: string): Promise<void> {
    await this.click(this.button(name), `pressing “${name}”`);
    await this.frames();
  }

  async toggleFilter(): Promise<void> {
    const box = this.root.querySelector<HTMLInputElement>('.filter input')!;
    await this.click(box, 'toggling the at-risk filter');
    await this.frames();
  }
}
