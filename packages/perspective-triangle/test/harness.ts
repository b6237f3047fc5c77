// How a person uses <sammen-perspective-triangle>: Tab into the triangle, arrow between parts,
// open a panel, type answers, add and reorder steps. Real key presses through sendKeys, and every
// action checks that focus did not fall to <body> (WidgetHarness).
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SammenPerspectiveTriangle } from '../src/perspective-triangle.js';
import '../src/define.js';
import { squash, WidgetHarness } from '@sammen/core/test-suites';

export class TriangleHarness extends WidgetHarness<SammenPerspectiveTriangle> {
  static async mount(template: TemplateResult): Promise<TriangleHarness> {
    const element = await fixture<SammenPerspectiveTriangle>(template);
    const harness = new TriangleHarness(element);
    await element.loaded;
    await waitUntil(() => !element.shadowRoot!.querySelector('.loading, [role=status]:not(.visually-hidden):not(.privacy)') || harness.text().length > 0, 'loaded');
    await harness.settle();
    return harness;
  }

  async ready(what: () => unknown, message: string): Promise<void> {
    await waitUntil(what, message, { timeout: 5000 });
    await this.settle();
  }

  panelHeading(): string {
    return squash(this.root.querySelector('#panel-heading')?.textContent);
  }

  node(part: string): SVGGElement {
    return this.root.querySelector(`[data-part="${part}"]`)!;
  }

  /** Opens a part's panel by clicking its node in the triangle. */
  async openPart(part: string): Promise<void> {
    if (this.node(part).getAttribute('aria-expanded') !== 'true') await this.click(this.node(part), `opening the part ${part}`);
  }

  /** Text areas of the panel, by label. */
  field(label: string): HTMLTextAreaElement {
    const host = [...this.root.querySelectorAll('sammen-textarea')].find((node) => node.getAttribute('label') === label);
    if (!host) throw new Error(`No field “${label}” in ${this.text().slice(0, 200)}`);
    return host.shadowRoot!.querySelector('textarea')!;
  }

  async typeInto(label: string, text: string): Promise<void> {
    this.field(label).focus();
    await this.type(text);
  }

  button(name: string): HTMLElement | undefined {
    return [...this.root.querySelectorAll<HTMLElement>('sammen-button, sammen-icon-button')].find(
      (node) => squash(node.getAttribute('label')) === name || squash(node.textContent) === name,
    );
  }

  async press(name: string): Promise<void> {
    const button = this.button(name);
    if (!button) throw new Error(`No button “${name}” in ${this.text().slice(0, 300)}`);
    await this.click(button, `pressing “${name}”`);
  }

  stepTexts(): string[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('.step__text input')].map((input) => input.value);
  }

  saveState(): string | null {
    return this.root.querySelector('sammen-save-status')?.getAttribute('status') ?? null;
  }
}
