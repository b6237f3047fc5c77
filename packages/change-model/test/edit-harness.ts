// How a person edits <sammen-change-model editable>: Tab to a control, type, press keys — real key
// presses through sendKeys — and read what is shown, focused and announced.
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { squash, WidgetHarness, deepActiveElement } from '@sammen/core/test-suites';
import type { SammenChangeModel } from '../src/change-model.js';
import '../src/define.js';

/** The role a person would hear: the explicit one, else the native control's. */
export function roleOf(element: Element | null): string {
  if (!element) return '';
  const explicit = element.getAttribute('role');
  if (explicit) return explicit;
  if (element instanceof HTMLInputElement) return element.type === 'checkbox' ? 'checkbox' : 'textbox';
  if (element instanceof HTMLTextAreaElement) return 'textbox';
  if (element instanceof HTMLSelectElement) return 'combobox';
  return element.localName;
}

export class EditHarness extends WidgetHarness<SammenChangeModel> {
  static async mount(template: TemplateResult): Promise<EditHarness> {
    const mounted = await fixture<HTMLElement>(template);
    const element = (mounted.localName === 'sammen-change-model' ? mounted : mounted.querySelector('sammen-change-model')!) as SammenChangeModel;
    const harness = new EditHarness(element);
    await element.loaded;
    await harness.ready(() => harness.root.querySelector('.editor'), 'the editor shows');
    return harness;
  }

  async ready(what: () => unknown, message: string): Promise<void> {
    await waitUntil(what, message, { timeout: 5000 });
    await this.settle();
  }

  /** The control with focus, as an element of the widget's shadow root. */
  get active(): Element | null {
    return deepActiveElement();
  }

  /** The accessible name of a form control: its label's text. */
  labelOf(element: Element | null): string {
    if (!element) return '';
    const label = element.closest('label');
    return squash(element.getAttribute('aria-label') ?? (label ? label.querySelector('.s-field__label')?.textContent ?? label.textContent : element.textContent));
  }

  /**
   * Presses Tab (then Shift+Tab) until the focused control's name is `name` (or it matches);
   * fails when no Tab reaches it — keyboard alone, no focus() call.
   */
  async tabTo(name: string | RegExp, role?: string, limit = 80): Promise<void> {
    const matches = () => {
      const label = this.labelOf(this.active);
      return (typeof name === 'string' ? label === name : name.test(label)) && (!role || roleOf(this.active) === role);
    };
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let step = 0; step < limit && !matches(); step += 1) {
        if (key === 'Tab') await sendKeys({ press: 'Tab' });
        else {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
        }
      }
      if (matches()) return this.settle();
    }
    throw new Error(`Tab never reached “${String(name)}”; focus is on “${this.labelOf(this.active)}”`);
  }

  /** Presses a key with modifiers held (`chord(['Control', 'Shift'], 'Z')`), as real key presses. */
  chord(modifiers: string[], key: string): Promise<void> {
    return this.act(`pressing ${[...modifiers, key].join('+')}`, async () => {
      for (const modifier of modifiers) await sendKeys({ down: modifier });
      await sendKeys({ press: key });
      for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
    });
  }

  /** Replaces the focused field's text by typing (select all, then type). */
  async retype(text: string): Promise<void> {
    await this.chord(['Control'], 'a');
    await this.type(text);
  }

  /** The titles in the editor's list of the column named `column`. */
  items(column: string): string[] {
    const section = [...this.root.querySelectorAll('.edit-column')].find((node) => squash(node.querySelector('h1,h2,h3,h4,h5,h6')?.textContent) === column);
    return [...(section?.querySelectorAll('[role=option]') ?? [])].map((option) => squash(option.textContent));
  }

  option(title: string): HTMLElement {
    const found = [...this.root.querySelectorAll<HTMLElement>('[role=option]')].find((node) => squash(node.textContent) === title);
    if (!found) throw new Error(`No item “${title}”`);
    return found;
  }

  /** The open form's field by its label. */
  field<T extends HTMLElement = HTMLInputElement>(label: string, within: ParentNode = this.root): T {
    const found = [...within.querySelectorAll<HTMLElement>('input, textarea, select')].find((node) => this.labelOf(node) === label);
    if (!found) throw new Error(`No field “${label}”`);
    return found as T;
  }

  button(name: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((node) => squash(node.textContent) === name);
    if (!found) throw new Error(`No button “${name}”`);
    return found;
  }

}
