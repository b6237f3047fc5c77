// How a person uses <sammen-relation-map>: Tab into the drawing, arrow between people, open a
// person's ties, fill in the forms, press the toolbar's buttons, drag with a pointer. Real key
// presses through sendKeys; every action checks that focus did not fall to <body> (WidgetHarness).
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SammenRelationMap } from '../src/relation-map.js';
import '../src/define.js';
import { squash, WidgetHarness } from '@sammen/core/test-suites';

export class MapHarness extends WidgetHarness<SammenRelationMap> {
  static async mount(template: TemplateResult): Promise<MapHarness> {
    const element = await fixture<SammenRelationMap>(template);
    const harness = new MapHarness(element);
    await element.loaded;
    await waitUntil(() => !element.shadowRoot!.querySelector('.loading'), 'loaded', { timeout: 5000 });
    await harness.settle();
    return harness;
  }

  /** Waits for renders and for the lazy parts asked for (a form, the table, a panel) to arrive. */
  override async settle(): Promise<void> {
    await super.settle();
    await this.element.parts.settled;
    await super.settle();
  }

  async ready(what: () => unknown, message: string): Promise<void> {
    await waitUntil(what, message, { timeout: 5000 });
    await this.settle();
  }

  summary(): string {
    return squash(this.root.querySelector('.summary')?.textContent);
  }

  /** The people's buttons over the drawing. */
  proxies(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.proxy')];
  }

  /** The accessible names of the people in the drawing. */
  people(): string[] {
    return this.proxies().map((proxy) => squash(proxy.textContent));
  }

  proxy(name: string): HTMLButtonElement {
    const found = this.proxies().find((proxy) => squash(proxy.textContent).startsWith(`${name},`));
    if (!found) throw new Error(`No person “${name}” in the drawing: ${this.people().join(' | ')}`);
    return found;
  }

  /** The name of the focused person ("Ali" of "Ali, Child, 2 ties"). */
  focusedPerson(): string {
    const active = this.activeElement();
    return active instanceof HTMLElement && active.classList.contains('proxy') ? squash(active.textContent).split(',')[0]! : '';
  }

  /** Tabs into the drawing from the element before it, as a keyboard user does. */
  async tabIntoDrawing(): Promise<void> {
    const holder = this.proxies().find((proxy) => proxy.tabIndex === 0)!;
    holder.focus();
    await this.settle();
  }

  button(name: string): HTMLElement | undefined {
    return [...this.root.querySelectorAll<HTMLElement>('sammen-button, sammen-icon-button, button')].find(
      (node) => squash(node.getAttribute('label')) === name || squash(node.textContent) === name,
    );
  }

  async press(name: string): Promise<void> {
    const button = this.button(name);
    if (!button) throw new Error(`No button “${name}” in ${this.text().slice(0, 400)}`);
    await this.click(button, `pressing “${name}”`);
  }

  field(label: string): HTMLInputElement | HTMLSelectElement {
    const ownText = (node: Element) => squash([...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join(''));
    const found = [...this.root.querySelectorAll<HTMLLabelElement>('label.field')].find((node) => ownText(node) === label);
    const control = found?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select, textarea');
    if (!control) throw new Error(`No field “${label}”`);
    return control;
  }

  async choose(label: string, optionText: string): Promise<void> {
    const select = this.field(label) as HTMLSelectElement;
    const option = [...select.options].find((candidate) => squash(candidate.textContent) === optionText);
    if (!option) throw new Error(`No option “${optionText}” in ${label}`);
    select.value = option.value;
    await this.settle();
  }

  async radio(legend: string, text: string): Promise<void> {
    const fieldset = [...this.root.querySelectorAll('.map-form fieldset')].find((node) => squash(node.querySelector('legend')?.textContent) === legend);
    const label = [...(fieldset?.querySelectorAll('label') ?? [])].find((node) => squash(node.textContent) === text);
    if (!label) throw new Error(`No choice “${text}” in ${legend}`);
    label.querySelector('input')!.click();
    await this.settle();
  }

  /** Types into a form field (real keys) after focusing it. */
  async typeInto(label: string, text: string): Promise<void> {
    this.field(label).focus();
    await this.type(text);
  }

  async submitForm(): Promise<void> {
    await this.click(this.root.querySelector<HTMLButtonElement>('.map-form .submit')!, 'submitting the form');
  }

  tieTexts(): string[] {
    return [...this.root.querySelectorAll('.tie-button')].map((node) => squash(node.textContent));
  }

  /** Lines drawn in the SVG (from>to). */
  lines(): string[] {
    return [...this.root.querySelectorAll<SVGLineElement>('line.tie')].map((line) => `${line.dataset.from}>${line.dataset.to}`);
  }

  /** Drags with a pointer from one person to a point (client px) or another person, in small steps. */
  async drag(from: string, to: string | { dx: number; dy: number }): Promise<void> {
    // Dropping is found with elementsFromPoint, which sees only what is in the viewport.
    this.root.querySelector('.drawing')!.scrollIntoView({ block: 'center' });
    const start = this.proxy(from).getBoundingClientRect();
    const end = typeof to === 'string' ? this.proxy(to).getBoundingClientRect() : { left: start.left + to.dx, top: start.top + to.dy, width: start.width, height: start.height };
    const a = { x: start.left + start.width / 2, y: start.top + start.height / 2 };
    const b = { x: end.left + end.width / 2, y: end.top + end.height / 2 };
    const target = this.proxy(from);
    const fire = (type: string, at: { x: number; y: number }, on: Element) =>
      on.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 7, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: at.x, clientY: at.y }));
    fire('pointerdown', a, target);
    for (let step = 1; step <= 8; step += 1) {
      fire('pointermove', { x: a.x + ((b.x - a.x) * step) / 8, y: a.y + ((b.y - a.y) * step) / 8 }, target);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    fire('pointerup', b, target);
    await this.settle();
  }

  saveState(): string | null {
    return this.root.querySelector('sammen-save-status')?.getAttribute('status') ?? null;
  }
}
