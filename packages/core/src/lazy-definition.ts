import { define } from './define-element.js';
import { fireSammenEvent } from './events.js';
import { holdUpdateComplete } from './directives/lazy-template.js';
import { scopedRegistryOf } from './scoped-registry.js';
import type { SammenConfirm } from './ui/dialog/confirm.js';

/**
 * Defines `tag` with the class `load` brings (a dynamic import), in the registry `host` belongs
 * to: the page's, or the scoped registry of a second Sammen copy (scoped-registry.ts), so a part
 * loaded on first use never lands in the page's registry from a scoped copy. Parts that only a
 * rarely used feature renders (the dialog behind a confirmation) come this way, so a page that
 * never needs them never downloads them. A tag already defined there is left alone.
 */
export async function defineWhenNeeded(host: Element, tag: string, load: () => Promise<CustomElementConstructor>): Promise<void> {
  const registry = scopedRegistryOf(host) ?? customElements;
  if (registry.get(tag)) return;
  define(tag, await load(), registry);
}

/** Parts defined when a Sammen element first renders one (tag → its loader), see {@link defineOnFirstRender}. */
const onFirstRender = new Map<string, () => Promise<CustomElementConstructor>>();
/** The lazily defined tags each template holds (by the template's content, cloned for every instance). */
const tagsOfTemplate = new WeakMap<Node, string[]>();

/**
 * Registers a shared part that is defined the first time a Sammen element renders it, not when
 * the widget loads: a part no first view shows (the text area of an open note, the save state of
 * a stored document, an icon button of a second view) is then downloaded only by pages that show
 * it. The element rendering it waits for it in `updateComplete` (see {@link lazyPartsScope}).
 */
export function defineOnFirstRender(tag: string, load: () => Promise<CustomElementConstructor>): void {
  onFirstRender.set(tag, load);
}

/** The lazily defined tags in `content` (a template's), found once per template. */
function lazyTagsIn(content: Node): string[] {
  let tags = tagsOfTemplate.get(content);
  if (!tags) {
    const root = content as ParentNode;
    tags = typeof root.querySelector === 'function' ? [...onFirstRender.keys()].filter((tag) => root.querySelector(tag)) : [];
    tagsOfTemplate.set(content, tags);
  }
  return tags;
}

/** Defines `tag` for `host` and resolves when the parts of that tag `host` rendered have rendered. */
async function defineFor(host: HTMLElement, tag: string, load: () => Promise<CustomElementConstructor>): Promise<void> {
  try {
    await defineWhenNeeded(host, tag, load);
  } catch (error) {
    // The chunk could not be fetched (offline): the host page hears of it; the next render of the part tries again.
    fireSammenEvent(host, 'sammen-error', { code: 'load-failed', message: `Sammen could not load a part of its view: ${String(error)}` });
    return;
  }
  const root = host.shadowRoot ?? host;
  await Promise.all([...root.querySelectorAll(tag)].map((part) => (part as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
}

/**
 * Lit's `creationScope` for `host` (`importNode` of each template it clones, `base`'s or the
 * document's): a template holding a part registered with {@link defineOnFirstRender} that is not
 * defined yet makes it load, and `host`'s `updateComplete` waits until it is defined and has
 * rendered, so focus, announcements and tests after an update find it as if it had been there.
 * A part that could not be loaded (offline) is tried again the next time a template shows it.
 */
export function lazyPartsScope(host: HTMLElement, base: { importNode(node: Node, deep?: boolean): Node } = document): { importNode(node: Node, deep?: boolean): Node } {
  return {
    importNode(node, deep) {
      const clone = base.importNode(node, deep);
      const tags = onFirstRender.size ? lazyTagsIn(node) : [];
      if (tags.length) {
        const registry = scopedRegistryOf(host) ?? customElements;
        for (const tag of tags) if (!registry.get(tag)) holdUpdateComplete(host, defineFor(host, tag, onFirstRender.get(tag)!));
      }
      return clone;
    },
  };
}

const loadConfirm = async (): Promise<CustomElementConstructor> => (await import('./ui/dialog/confirm.js')).SammenConfirm;

/**
 * Asks the `<sammen-confirm>` a widget renders (`await askToConfirm(this.confirm)` before
 * something that cannot be undone), and resolves `true` only when the user confirmed.
 *
 * Widgets render the element from the start but only a deletion or reset ever asks, so the
 * element is defined here, on the first question, in the registry the element belongs to: a page
 * that never asks never downloads it. Until then it is an element without behaviour that renders
 * nothing; the properties a widget sets on it meanwhile (`heading`, `message`) are taken over when
 * it upgrades. If its code cannot be fetched (offline) nothing is confirmed and the host page hears why.
 */
export async function askToConfirm(confirm: SammenConfirm | null | undefined): Promise<boolean> {
  if (!confirm) return false;
  try {
    await defineWhenNeeded(confirm, 'sammen-confirm', loadConfirm);
  } catch (error) {
    fireSammenEvent(confirm, 'sammen-error', { code: 'load-failed', message: `Sammen could not open the confirmation: ${String(error)}` });
    return false;
  }
  return confirm.ask();
}
