// The parts of the widget a page does not need to *show* a map — the person and tie forms, the
// closeness editor, export, the table and list views, the analysis and compare panels, the full
// keyboard help — load on first use, each as a chunk of its own (dynamic import()). A page that
// shows a map downloads only the drawing, its proxies, the summary, the keys and the layout
// (issue 16: the widget with its layout library ≤ 14 kB gzip beyond core; `npm run size` checks it).
// Until a part arrives a short status stands where it will be; if it cannot be loaded, an alert
// says so with a retry, and the widget fires `sammen-error`. The map, and whatever was typed
// elsewhere in the widget, is untouched either way: a part only adds to the screen.
import { html, type CSSResultOrNative, type CSSResultArray, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { renderErrorView, toErrorDetail, type SammenErrorDetail } from '@sammen/core';

/**
 * How each part is fetched. A table of loaders rather than import() calls in the templates, so the
 * bundler makes one chunk per part, and tests can hold a part back or make it fail.
 * @internal
 */
export const partLoaders = {
  edit: () => import('./parts/edit-part.js'),
  views: () => import('./parts/views-part.js'),
  panels: () => import('./parts/panels-part.js'),
  help: () => import('./keyboard-help.js'),
};

export type PartName = keyof typeof partLoaders;
export type Part<N extends PartName> = Awaited<ReturnType<(typeof partLoaders)[N]>>;

type PartsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

function sheetsOf(styles: CSSResultOrNative | CSSResultArray | undefined): CSSStyleSheet[] {
  if (!styles) return [];
  if (Array.isArray(styles)) return styles.flatMap((style) => sheetsOf(style));
  if (styles instanceof CSSStyleSheet) return [styles];
  return styles.styleSheet ? [styles.styleSheet] : [];
}

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
          const styles = sheetsOf((part as { styles?: CSSResultOrNative }).styles);
          if (root instanceof ShadowRoot && styles.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...styles];
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
    if (!part && !failure) void this.load(name).catch(() => undefined);
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
