// Parts of the deck a page downloads only when they are used: focus mode (its view, keys, timer,
// full screen and round tools), printing, and the notes export. Each is core's LazyModule over an
// import in `lazyParts`: started the first time the part is needed, its styles adopted into the
// deck's shadow root when it arrives; when it fails (offline, a stale CDN folder), a located
// message and one `sammen-error`.
import type { ReactiveControllerHost } from 'lit';
import { LazyModule, withTranslations } from '@sammen/core';
import { translations as focusTexts } from './generated/parts/focus/translations.js';
import { translations as exportTexts } from './generated/parts/export/translations.js';

/**
 * The deck's lazy parts by name: each a function that imports the part's module (with its
 * strings, where it has a locale part of its own: packages/core/scripts/locale-parts.mjs). A
 * module object, so a test can swap one for an import that fails or takes its time.
 */
export const lazyParts = {
  focus: withTranslations(() => import('./focus-part.js'), focusTexts),
  print: () => import('./print-part.js'),
  export: withTranslations(() => import('./notes-output.js'), exportTexts),
};

type Parts = typeof lazyParts;
type PartModule<K extends keyof Parts> = Awaited<ReturnType<Parts[K]>>;
type PartHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The deck's part `name` (what it is: `label`, for the error); `onLoad` sets up what needs the module. */
export function lazyPart<K extends keyof Parts>(host: PartHost, name: K, label: () => string, onLoad?: (module: PartModule<K>) => void): LazyModule<PartModule<K>> {
  return new LazyModule(host, () => lazyParts[name]() as Promise<PartModule<K>>, { label, onLoad });
}
