// The parts of the widget a page does not need to *show* a map — the person and tie forms, the
// closeness editor, export, the table and list views, the analysis and compare panels, the full
// keyboard help — load on first use, each as a chunk of its own (dynamic import()). The drawing
// itself (its layout, zoom, drag and keys) loads once the map shown has people: the widget's
// default page, a new empty map, needs none of it (issue 16: the widget with its layout library
// ≤ 14 kB gzip beyond core; `npm run size` checks it; issue 17: the page's bytes).
// Until a part arrives a short status stands where it will be; if it cannot be loaded, an alert
// says so with a retry, and the widget fires `sammen-error`. The map, and whatever was typed
// elsewhere in the widget, is untouched either way: a part only adds to the screen.
import { html, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { renderErrorView, sheetsOf, toErrorDetail, withTranslations, type SammenErrorDetail } from '@sammen/core';
import { translations as editTexts } from './generated/parts/edit/translations.js';
import { translations as viewsTexts } from './generated/parts/views/translations.js';
import { translations as panelsTexts } from './generated/parts/panels/translations.js';
import { translations as helpTexts } from './generated/parts/help/translations.js';
import { translations as drawingTexts } from './generated/parts/drawing/translations.js';

/**
 * How each part is fetched. A table of loaders rather than import() calls in the templates, so the
 * bundler makes one chunk per part, and tests can hold a part back or make it fail.
 * @internal
 */
export const partLoaders = {
  // The drawing of a map with people, with the layout of its mode: fetched side by side, so a
  // group map's page never downloads the network layout, nor a network map's page d3-force.
  'group-drawing': withTranslations(() => Promise.all([import('./parts/drawing-part.js'), import('./parts/group-mode.js')]).then(([drawing, { mode }]) => ({ ...drawing, mode })), drawingTexts),
  'network-drawing': withTranslations(() => Promise.all([import('./parts/drawing-part.js'), import('./parts/network-mode.js')]).then(([drawing, { mode }]) => ({ ...drawing, mode })), drawingTexts),
  // Each with its strings (locale-parts.mjs), fetched beside it.
  edit: withTranslations(() => import('./parts/edit-part.js'), editTexts),
  views: withTranslations(() => import('./parts/views-part.js'), viewsTexts),
  panels: withTranslations(() => import('./parts/panels-part.js'), panelsTexts),
  help: withTranslations(() => import('./keyboard-help.js'), helpTexts),
};

export type PartName = keyof typeof partLoaders;

/** The part that draws a map of `mode`. */
export const drawingPart = (mode: 'group' | 'network'): 'group-drawing' | 'network-drawing' => (mode === 'network' ? 'network-drawing' : 'group-drawing');
export type Part<N extends PartName> = Awaited<ReturnType<(typeof partLoaders)[N]>>;

type PartsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Loads the widget's lazy parts, adopts their styles and stands in for them while they load. */
export class LazyParts implements ReactiveController {
  private readonly loaded = new Map<PartName, unknown>();
  private readonly loading = new Map<PartName, Promise<unknown>>();
  private readonly failed = new Map<PartName, SammenErrorDetail>();

  constructor(
    private readonly host: PartsHost,
    private readonly reportError: (detail: SammenErrorDetail) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The part if it has arrived (does not start loading it). */
  get<N extends PartName>(name: N): Part<N> | undefined {
    return this.loaded.get(name) as Part<N> | undefined;
  }

  /** Resolves when every part asked for so far has arrived or failed — for the widget's `loaded`. */
  get settled(): Promise<unknown> {
    return Promise.allSettled([...this.loading.values()]);
  }

  /** Fetches a part (once; again after a failure), adopts its styles and re-renders the host. */
  load<N extends PartName>(name: N): Promise<Part<N>> {
    let pending = this.loading.get(name) as Promise<Part<N>> | undefined;
    if (!pending) {
      this.failed.delete(name);
      pending = (partLoaders[name]() as Promise<Part<N>>).then(
        (part) => {
          const root = this.host.renderRoot;
          if (root instanceof ShadowRoot) {
            // Both drawing parts bring the drawing's styles: each sheet is adopted once.
            const added = sheetsOf((part as { styles?: CSSResultOrNative }).styles).filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
            if (added.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...added];
          }
          this.loaded.set(name, part);
          this.host.requestUpdate();
          return part;
        },
        (error: unknown) => {
          this.loading.delete(name);
          const detail = { ...toErrorDetail(error, 'network'), code: 'network' };
          this.failed.set(name, detail);
          this.reportError(detail);
          this.host.requestUpdate();
          throw error;
        },
      );
      this.loading.set(name, pending);
    }
    return pending;
  }

  /** Starts fetching a part unless it has arrived or failed (a failure waits for “Try again”); resolves when that load settles. */
  prefetch(name: PartName): Promise<unknown> | undefined {
    if (this.loaded.has(name) || this.failed.has(name)) return undefined;
    return this.load(name).catch(() => undefined);
  }

  /** Runs `use` with the part once it is there (a click's work; a failure shows where the part would be). */
  run<N extends PartName>(name: N, use: (part: Part<N>) => void): void {
    const part = this.get(name);
    if (part) use(part);
    else this.load(name).then(use, () => undefined);
  }

  /**
   * What `render` draws with the part; a status while it loads; an alert with a retry if it failed.
   * One wrapper in every state, so “Try again” can hand focus to it before the button goes away.
   */
  render<N extends PartName>(name: N, render: (part: Part<N>) => unknown): unknown {
    const part = this.get(name);
    const failure = this.failed.get(name);
    void this.prefetch(name);
    return html`<div class="part" tabindex="-1">
      ${part
        ? render(part)
        : failure
          ? html`${renderErrorView(failure, msg('This part of the map could not be loaded'))}
              <sammen-button variant="secondary" @click=${(event: Event) => this.retry(name, event)}>${msg('Try again')}</sammen-button>`
          : html`<p class="part-loading" role="status">${msg('Loading…')}</p>`}
    </div>`;
  }

  private retry(name: PartName, event: Event): void {
    (event.currentTarget as HTMLElement).closest<HTMLElement>('.part')?.focus();
    void this.load(name).catch(() => undefined);
  }

  /** A failure of a part loaded by a click (export), shown under the toolbar until it loads. */
  renderFailures(names: readonly PartName[]): unknown {
    return names.filter((name) => this.failed.has(name) && !this.loading.has(name)).map((name) => this.render(name, () => undefined));
  }
}
