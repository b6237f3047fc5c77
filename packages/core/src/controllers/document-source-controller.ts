import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { msg, str } from '@lit/localize';
import type { Parser } from '@sammen/sdk';
import { fireSammenEvent, type SammenErrorDetail } from '../events.js';
import { holdUpdateComplete } from '../directives/lazy-template.js';
import { LazyParser, ParserLoadError } from './lazy-parser.js';

/** Where the shown document came from, in the conventions' order of precedence. */
export type DocumentSource = 'property' | 'src' | 'default';

/** Configuration of a {@link DocumentSourceController}. */
export interface DocumentSourceOptions<T> {
  /**
   * The SDK parser for this kind, applied to a `src` and to property values (which vendors build
   * by hand): a {@link LazyParser}, imported only when one of them is there — a page showing the
   * built-in default never downloads it — or the parser itself.
   */
  parse: LazyParser<T> | Parser<T>;
  /** The document passed as a property, if any (highest precedence). */
  property: () => unknown;
  /** The `src` URL, if any. */
  src: () => string | null | undefined;
  /**
   * The built-in default (lazy-loaded example content), or undefined when there is none. It is
   * Sammen's own content, checked against the schema by its tests (packages/content/test), so it
   * is shown as is, not validated again in every browser that shows it.
   */
  fallback?: () => Promise<unknown> | undefined;
  /**
   * What the built-in default depends on (the languages it is loaded in): when it changes, the
   * default is loaded again, and the one shown stays on screen until the new one is there.
   */
  fallbackKey?: () => string;
  /** Fetch to use for `src` (tests and hosts with special needs); defaults to the global fetch. */
  fetch?: () => typeof fetch | undefined;
}

/** The result of loading: the document and where it came from. */
export interface LoadedDocument<T> {
  value: T;
  source: DocumentSource;
}

class DocumentLoadError extends Error {
  constructor(readonly detail: SammenErrorDetail) {
    super(detail.message);
  }
}

/**
 * Loads a widget's document from its property, else `src`, else the built-in default, and
 * validates it with the SDK. Wraps `@lit/task`, so loading is aborted when inputs change and the
 * host renders pending / complete / error. A failure fires `sammen-error` once and is exposed as
 * a located {@link SammenErrorDetail} for the inline error view.
 */
export class DocumentSourceController<T> implements ReactiveController {
  private readonly task: Task<[unknown, string | null | undefined, string | undefined], LoadedDocument<T> | undefined>;
  /** The built-in default last shown, kept while it loads again for another language. */
  private shownDefault: LoadedDocument<T> | undefined;
  private readonly parser: LazyParser<T>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DocumentSourceOptions<T>,
  ) {
    host.addController(this);
    const parse = options.parse;
    this.parser = typeof parse === 'function' ? new LazyParser(() => Promise.resolve(parse), parse) : parse;
    this.task = new Task(host, {
      args: () => [options.property(), options.src(), options.fallbackKey?.()] as [unknown, string | null | undefined, string | undefined],
      task: ([property, src], { signal }) => {
        const loading = this.load(property, src, signal);
        // A property value is shown in the update after it was set; while the parser is first
        // imported, `updateComplete` waits for it, so hosts and tests still see it then.
        if (property !== undefined && property !== null && !this.parser.loaded) holdUpdateComplete(this.host, loading);
        return loading;
      },
      onError: (error) => {
        fireSammenEvent(this.host, 'sammen-error', this.errorOf(error) ?? { code: 'load-failed', message: String(error) });
      },
    });
  }

  hostConnected(): void {}

  /** True while a document is being fetched or imported. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** The loaded document and its source, or undefined while pending, failed or when there is none. */
  get loaded(): LoadedDocument<T> | undefined {
    if (this.task.status === TaskStatus.COMPLETE) return this.task.value;
    // The default again in another language: the one shown stays until it is there (no flash of
    // "Loading…", focus stays where it was). Not for a property or `src`, which replace it.
    const property = this.options.property();
    if (this.task.status === TaskStatus.PENDING && (property === undefined || property === null) && !this.options.src()) return this.shownDefault;
    return undefined;
  }

  /** The located error of the last load, if it failed. */
  get error(): SammenErrorDetail | undefined {
    return this.task.status === TaskStatus.ERROR ? this.errorOf(this.task.error) : undefined;
  }

  /**
   * Resolves when the current load settles (for tests and `updateComplete`-style waits). Waits
   * for the host's pending update first: the load starts in an update, and the first update
   * waits for the page's language, so before it the task has not even begun.
   */
  get settled(): Promise<unknown> {
    return this.host.updateComplete.then(() => this.task.taskComplete).catch(() => undefined);
  }

  private errorOf(error: unknown): SammenErrorDetail | undefined {
    if (error instanceof DocumentLoadError || error instanceof ParserLoadError) return error.detail;
    if (error instanceof Error) return { code: 'load-failed', message: error.message };
    return undefined;
  }

  private async validated(value: unknown): Promise<LoadedDocument<T>> {
    const result = (this.parser.loaded ?? (await this.parser.get()))(value);
    if (result.ok) return { value: result.value, source: 'property' };
    throw new DocumentLoadError({ code: 'invalid-document', message: msg('The document given to this widget is not valid.'), issues: result.issues });
  }

  private async load(property: unknown, src: string | null | undefined, signal: AbortSignal): Promise<LoadedDocument<T> | undefined> {
    if ((property !== undefined && property !== null) || src || !this.options.fallback) this.shownDefault = undefined;
    if (property !== undefined && property !== null) return this.validated(property);
    if (src) return this.fetchSrc(src, signal);
    const fallback = this.options.fallback?.();
    if (!fallback) return undefined;
    // A copy, as the parser made: the example modules are shared by every widget on the page.
    const loaded: LoadedDocument<T> = { value: structuredClone(await fallback) as T, source: 'default' };
    this.shownDefault = loaded;
    return loaded;
  }

  private async fetchSrc(src: string, signal: AbortSignal): Promise<LoadedDocument<T>> {
    // The parser is imported while the document is fetched (its failure is reported after the fetch's).
    const parsing = this.parser.get();
    parsing.catch(() => undefined);
    const doFetch = this.options.fetch?.() ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(src, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new DocumentLoadError({ code: 'fetch-failed', message: msg(str`Could not load ${src}: the network request failed.`) });
    }
    if (!response.ok) {
      throw new DocumentLoadError({ code: 'fetch-failed', message: msg(str`Could not load ${src}: the server answered ${response.status}.`) });
    }
    // The JSON reader (and its "where does the JSON break" search) only for a `src`: see parse-json.ts.
    const [{ parseJson }, text, parse] = await Promise.all([import('@sammen/sdk/parse-json'), response.text(), parsing]);
    const result = parseJson(text, parse);
    if (result.ok) return { value: result.value, source: 'src' };
    throw new DocumentLoadError({ code: 'invalid-document', message: msg(str`The document at ${src} is not valid.`), issues: result.issues });
  }
}

export { TaskStatus };
