// The base of every widget's test harness: how a person reaches a widget (real key presses,
// clicks that focus what they click) and the check that runs after every action — focus is never
// lost to <body>. A widget's harness extends it with the widget's own words (openCard, openPart…).
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../src/focus/focus-after-update.js';
import { squash } from './test-support.js';
import { WidgetHarnessBase, type HarnessedElement } from './widget-harness-base.js';

export { deepActiveElement };


/** Resolves after the next frame: the browser moves focus off a removed or disabled element only when it renders. */
const nextRender = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));


/** Throws unless something other than `<body>` (or nothing) has focus after `action`. */
export async function expectFocusKept(action: string): Promise<void> {
  await nextRender();
  const active = deepActiveElement();
  if (!active || active === document.body || active === document.documentElement) {
    throw new Error(`Focus was lost to ${active ? `<${active.localName}>` : 'nothing'} after: ${action}`);
  }
}

/** Text of a node as rendered, with a slot's assigned content in place of the slot. */
function flatText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(flatText).join('');
  return [...node.childNodes].map(flatText).join('');
}

/**
 * The base every widget harness extends: {@link WidgetHarnessBase}'s reading and listening, with
 * every action (key, typing, click) run through `act`, which fails the test when focus fell to
 * `<body>`.
 */
export abstract class WidgetHarness<E extends HarnessedElement> extends WidgetHarnessBase<E> {
  /** The element that has focus (through nested shadow roots), wherever it is. */
  override activeElement(): Element | null {
    return deepActiveElement();
  }

  /** The accessible name of what has focus: its label, else its text (slotted text included). */
  focused(): string {
    const active = deepActiveElement();
    return active ? squash(active.getAttribute('aria-label') ?? flatText(active)) : '';
  }

  /**
   * Runs one user action, lets the widget render, and fails the test when the action left focus on
   * `<body>`: every action a harness offers goes through here.
   */
  protected async act(action: string, run: () => unknown): Promise<void> {
    await run();
    await this.settle();
    await expectFocusKept(action);
    await this.settle();
  }

  /** Presses a key (a real key press, where focus is). */
  override key(key: string): Promise<void> {
    return this.act(`pressing ${key}`, () => sendKeys({ press: key }));
  }

  /** Types text (real key presses, where focus is). */
  override type(text: string): Promise<void> {
    return this.act(`typing “${text}”`, () => sendKeys({ type: text }));
  }

  /** Focuses an element, as Tab or a pointer would, then clicks it. */
  click(element: HTMLElement | SVGElement, action = `clicking ${squash(element.textContent) || element.localName}`): Promise<void> {
    return this.act(action, () => {
      const native = (element.shadowRoot?.querySelector('button') ?? element) as HTMLElement | SVGElement;
      native.focus();
      if (native instanceof HTMLElement) native.click();
      else native.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
  }
}
