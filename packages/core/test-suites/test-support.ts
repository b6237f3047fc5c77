// Helpers every widget's tests, harness and benchmark share, so none of them grows its own copy.
import { MemoryStore, SammenError } from '@sammen/sdk';

/** Text of a node and of every shadow root below it, in document order (what a person could read). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const element = node as Element;
  if (element.localName === 'style' || element.localName === 'script') return '';
  const own = element.shadowRoot ? `${deepText(element.shadowRoot)} ` : '';
  return own + [...node.childNodes].map(deepText).join('');
}

/** Whitespace collapsed and trimmed. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Waits for `host` and every Lit element in its shadow root to finish updating. */
export async function settle(host: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await host.updateComplete;
  const nested = [...(host.shadowRoot?.querySelectorAll('*') ?? [])] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(nested.map((node) => node.updateComplete));
}

/** A store whose writes fail, as when the device's storage is full, until `healthy` is set. */
export class FailingStore extends MemoryStore {
  healthy = false;
  override async put<D extends Parameters<MemoryStore['put']>[0]>(doc: D, options?: Parameters<MemoryStore['put']>[1]): Promise<D> {
    if (!this.healthy) throw new SammenError('storage-full', 'The storage on this device is full; nothing was saved.');
    return super.put(doc, options);
  }
}

/** The median of a list of timings. */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Resolves after the next frame has been painted (between benchmark runs). */
export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The readable text of the first `selector` to appear in `host`'s shadow root, as it was in the
 * frame it appeared: for "a lazily loaded part shows in the page's language from its first
 * frame". Call it before the action that makes the part appear.
 */
export function firstAppearance(host: HTMLElement, selector: string): Promise<string> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = host.shadowRoot?.querySelector(selector);
      if (!found) return;
      observer.disconnect();
      resolve(squash(deepText(found)));
    });
    observer.observe(host.shadowRoot!, { childList: true, subtree: true, characterData: true });
  });
}

/** Whether this page has fetched the `lang` module of `pkg`'s locale part `part` (packages/core/scripts/locale-parts.mjs). */
export const fetchedLocalePart = (pkg: string, part: string, lang: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/${pkg}/src/generated/parts/${part}/locales/${lang}.`));
