import { fireSammenEvent } from '../events.js';
import { nothing, type CSSResult } from 'lit';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import type { ChildPart } from 'lit/directive.js';

/** A module a lazy template needs: its render function's input, and the styles it brings. */
export interface LazyModule {
  /** Styles the rendered template needs, added to the shadow root it is rendered in. */
  readonly styles?: CSSResult;
}

type Load<M extends LazyModule> = () => Promise<M>;

const loaded = new Map<Load<LazyModule>, LazyModule>();
const pending = new WeakMap<object, Set<Promise<unknown>>>();

/**
 * Resolves when every module that lazy templates of `host` are loading has arrived and what it
 * renders is in the DOM: `SammenElement`'s `updateComplete` waits for it, so a host (or a test)
 * that waits for a widget's update sees the finished view, as before the code was split.
 */
export async function lazyTemplatesRendered(host: object): Promise<void> {
  const loading = pending.get(host);
  while (loading?.size) await Promise.all([...loading]);
}

/**
 * Makes `host`'s `updateComplete` (a `SammenElement`'s) wait for `work` as well, as for a lazy
 * template's module: e.g. a parser imported to validate a value the host was given, which used
 * to be shown in the update after it was set.
 */
export function holdUpdateComplete(host: object, work: Promise<unknown>): void {
  const waiting = pending.get(host) ?? new Set();
  pending.set(host, waiting);
  const held: Promise<unknown> = work.then(
    () => waiting.delete(held),
    () => waiting.delete(held),
  );
  waiting.add(held);
}

/** Adds `styles` to the shadow root (or document) `node` is in, once. Adopted, so a page's CSP needs no `unsafe-inline`. */
function adopt(node: Node, styles: CSSResult): void {
  const root = node.getRootNode() as ShadowRoot | Document;
  const sheet = styles.styleSheet;
  if (sheet && 'adoptedStyleSheets' in root) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (root instanceof ShadowRoot && !root.querySelector(`style[data-sammen-lazy="${CSS.escape(styles.cssText.slice(0, 40))}"]`)) {
    // No constructable style sheets (old browsers): a <style> element, as Lit itself falls back to.
    const style = document.createElement('style');
    style.dataset.sammenLazy = styles.cssText.slice(0, 40);
    style.textContent = styles.cssText;
    root.append(style);
  }
}

class LazyTemplate extends AsyncDirective {
  private template?: (module: LazyModule) => unknown;
  private loading?: Promise<unknown>;

  render(_load: Load<LazyModule>, _template: (module: LazyModule) => unknown): unknown {
    return nothing;
  }

  override update(part: ChildPart, [load, template]: Parameters<this['render']>): unknown {
    const module = loaded.get(load);
    if (module) {
      if (module.styles && part.parentNode) adopt(part.parentNode, module.styles);
      return template(module);
    }
    this.template = template;
    if (!this.loading) {
      const host = part.options?.host ?? this;
      const waiting = pending.get(host) ?? new Set();
      pending.set(host, waiting);
      const loading = load()
        .then((arrived) => {
          loaded.set(load, arrived);
          if (arrived.styles && part.parentNode) adopt(part.parentNode, arrived.styles);
          if (this.isConnected && this.template) this.setValue(this.template(arrived));
        })
        .catch((error: unknown) => {
          // The chunk could not be fetched (offline): the host page hears of it; the next render tries again.
          if (host instanceof EventTarget) fireSammenEvent(host, 'sammen-error', { code: 'load-failed', message: `Sammen could not load a part of its view: ${String(error)}` });
        })
        .finally(() => {
          waiting.delete(loading);
          this.loading = undefined;
        });
      this.loading = loading;
      waiting.add(loading);
    }
    return nothing;
  }
}

/**
 * Renders `template(module)` once `load` (a dynamic import) has brought its module: the code of
 * a view most pages never show (an error, a save problem) is then downloaded only when shown.
 * Once loaded, it renders synchronously. The module's `styles` are added to the shadow root.
 */
export const lazyTemplate = directive(LazyTemplate) as <M extends LazyModule>(load: Load<M>, template: (module: M) => unknown) => DirectiveResult<typeof LazyTemplate>;
