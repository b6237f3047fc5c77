// A part of the viewer that a page downloads only when it is used (the selection panel's links
// and rationale, the outline view): core's LazyModule over an import in `lazyParts`, started the
// first time the part is rendered (the host's `updateComplete` waits for it), a stand-in until it
// arrives (the caller's, never a blank), and — when the import fails (offline, a stale CDN
// folder) — a located inline error and one `sammen-error`.
import type { ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { LazyModule, renderErrorView } from '@sammen/core';

/**
 * The viewer's lazy parts by name: each a function that imports the part's module. A module
 * object, so a test can swap one for an import that fails.
 */
export const lazyParts = {
  selection: () => import('./selection-details.js'),
  outline: () => import('./outline-view.js'),
};

type Parts = typeof lazyParts;
/** The module a part's import gives. */
export type PartModule<K extends keyof Parts> = Awaited<ReturnType<Parts[K]>>;
type PartHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class LazyPart<K extends keyof Parts> extends LazyModule<PartModule<K>> {
  constructor(
    host: PartHost,
    name: K,
    /** What the part is, for the error ("The outline"). */
    private readonly label: () => string,
  ) {
    super(host, () => lazyParts[name]() as Promise<PartModule<K>>, { label, holdsUpdate: true });
  }

  /** The part through `use` once loaded; until then `waiting()` (and the import starts); the error if it failed. */
  render(use: (module: PartModule<K>) => unknown, waiting: () => unknown): unknown {
    if (this.module) return use(this.module);
    const what = this.label();
    if (this.error) return renderErrorView(this.error, msg(str`${what} could not be shown`));
    void this.load();
    return waiting();
  }
}
