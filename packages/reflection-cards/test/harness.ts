// How a person uses <sammen-reflection-deck>, so tests read as stories of use: search, open a
// card, press keys, type a note. Keys are real key presses (sendKeys), not synthetic events, and
// every action checks that focus did not fall to <body> (WidgetHarness).
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { SammenReflectionDeck } from '../src/reflection-deck.js';
import '../src/define.js';
import { squash, WidgetHarness } from '@sammen/core/test-suites';

export class DeckHarness extends WidgetHarness<SammenReflectionDeck> {
  static async mount(template: TemplateResult): Promise<DeckHarness> {
    const element = await fixture<SammenReflectionDeck>(template);
    const harness = new DeckHarness(element);
    await harness.ready();
    return harness;
  }

  async ready(): Promise<void> {
    await this.element.loaded;
    await waitUntil(() => !this.root.querySelector('.loading'), 'deck loaded', { timeout: 5000 });
    await this.settle();
  }

  /** Titles of the cards listed in the overview, in order. */
  visibleTitles(): string[] {
    return [...this.root.querySelectorAll('.overview .card__title')].map((node) => squash(node.textContent));
  }

  /** "Showing 3 of 9 cards" / "9 cards". */
  countText(): string {
    return squash(this.root.querySelector('[part="count"]')?.textContent);
  }

  /** The title of the card open in focus mode, or undefined in the overview. */
  focusTitle(): string | undefined {
    const title = this.root.querySelector('.focus__title');
    return title ? squash(title.textContent) : undefined;
  }

  search(text: string): Promise<void> {
    return this.act(`searching for “${text}”`, async () => {
      const input = this.root.querySelector<HTMLInputElement>('input[type=search]')!;
      input.focus();
      input.select();
      await sendKeys({ press: 'Backspace' });
      if (text) await sendKeys({ type: text });
    });
  }

  chooseFilter(label: string, value: string): Promise<void> {
    return this.act(`choosing ${label}: ${value}`, () => {
      const field = [...this.root.querySelectorAll('.toolbar label')].find((node) => squash(node.querySelector('span')?.textContent) === label);
      const select = field?.querySelector('select');
      if (!select) throw new Error(`No filter “${label}”`);
      select.focus();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  /** Presses a button of the widget by its visible text or accessible label. */
  async press(name: string): Promise<void> {
    const button = this.button(name);
    if (!button) throw new Error(`No button “${name}” in: ${this.text().slice(0, 300)}`);
    // A person opens the disclosure first (export, print and reset sit in one).
    const details = button.closest('details');
    if (details && !details.open) await this.click(details.querySelector('summary')!, 'opening the disclosure');
    await this.click(button, `pressing “${name}”`);
  }

  button(name: string): HTMLElement | undefined {
    const candidates = [...this.root.querySelectorAll<HTMLElement>('sammen-button, sammen-icon-button, button')];
    return candidates.find(
      (node) => squash(node.getAttribute('label')) === name || squash(node.textContent) === name || squash(node.getAttribute('aria-label')) === name,
    );
  }

  async openCard(title: string): Promise<void> {
    const article = [...this.root.querySelectorAll('.overview article')].find((node) => squash(node.querySelector('.card__title')?.textContent) === title);
    if (!article) throw new Error(`No card “${title}”`);
    await this.click(article.querySelector<HTMLElement>('.card__open')!, `opening the card “${title}”`);
    // Focus mode's module is fetched on first use: a person sees “Opening the card…” until it is here.
    await this.focusShown();
  }

  /** Waits until focus mode shows its card (its module is fetched the first time a card is opened). */
  async focusShown(): Promise<void> {
    await waitUntil(() => this.root.querySelector('.focus__card'), 'focus mode shown', { timeout: 5000 });
    await this.settle();
  }

  /** Waits until the print view is rendered (its module is fetched the first time printing is asked for). */
  async printing(): Promise<void> {
    await waitUntil(() => this.element.hasAttribute('printing'), 'print view rendered', { timeout: 5000 });
    await this.settle();
  }

  notesFields(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('sammen-textarea.note')];
  }

  noteValue(index: number): string {
    return this.notesFields()[index]?.shadowRoot?.querySelector('textarea')?.value ?? '';
  }

  async typeNote(index: number, text: string): Promise<void> {
    const field = this.notesFields()[index];
    if (!field) throw new Error(`No notes field ${index}`);
    field.shadowRoot!.querySelector('textarea')!.focus();
    await this.type(text);
  }

  progressText(): string {
    return squash(this.root.querySelector('.session__progress label')?.textContent);
  }

  alert(): HTMLElement | null {
    return this.root.querySelector('[role="alert"]');
  }
}
