// What every widget's test harness shares: the element and its shadow root, waiting for it and its
// parts to settle, the text a person could read, real key presses, and what its live regions say.
// A widget's harness extends this with the widget's own words (`openCard`, `typeInto`, …).
import { sendKeys } from '@web/test-runner-commands';
import { LiveRegionRecorder } from './live-regions.js';
import { deepText, settle, squash } from './test-support.js';

export type HarnessedElement = HTMLElement & { updateComplete: Promise<unknown> };

export class WidgetHarnessBase<E extends HarnessedElement> {
  constructor(readonly element: E) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Waits for the widget and every part in its shadow root to finish updating. */
  settle(): Promise<void> {
    return settle(this.element);
  }

  /** All text a person could read in the widget, including inside its parts' shadow roots. */
  text(): string {
    return squash(deepText(this.root));
  }

  /** The element that really has focus, followed into nested shadow roots (null when it is outside the widget). */
  activeElement(): Element | null {
    let active: Element | null = this.root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  /** Presses a key as a person does (a real key press), then waits for the widget to settle. */
  async key(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.settle();
  }

  /** Types into whatever has focus, key by key. */
  async type(text: string): Promise<void> {
    await sendKeys({ type: text });
    await this.settle();
  }

  /** Starts recording what the widget's live regions say (`recorder.spoken`, `recorder.count(text)`). */
  listen(): LiveRegionRecorder {
    return new LiveRegionRecorder(this.element);
  }
}
