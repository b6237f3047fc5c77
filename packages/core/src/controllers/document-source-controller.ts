import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { msg, str } from '@lit/localize';
import type { ParseResult } from '@sammen/sdk';
import { fireSammenEvent, type SammenErrorDetail } from '../events.js';

/** Where the shown document came from, in the conventions' order of precedence. */
export type DocumentSource = 'property' | 'src' | 'default';

/** Configuration of a {@link DocumentSourceController}. */
export interface DocumentSourceOptions<T> {
  /** The SDK parser for this kind; also applied to property values, which vendors build by hand. */
  parse: (value: unknown) => ParseResult<T>;
  /** The document passed as a property, if any (highest precedence). */
  property: () => unknown;
  /** The `src` URL, if any. */
  src: () => string | null | undefined;
  /** The built-in default (lazy-loaded example content), or undefined when there is none. */
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

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DocumentSourceOptions<T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [options.property(), options.src(), options.fallbackKey?.()] as [unknown, string | null | undefined, string | undefined],
      task: ([property, src], { signal }) => this.load(property, src, signal),
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
    if (error instanceof DocumentLoadError) return error.detail;
    if (error instanceof Error) return { code: 'load-failed', message: error.message };
    return undefined;
  }

  private validated(value: unknown, source: DocumentSource): LoadedDocument<T> {
    const result = this.options.parse(value);
    if (result.ok) return { value: result.value, source };
    throw new DocumentLoadError({
      code: 'invalid-document',
      message: source === 'property' ? msg('The document given to this widget is not valid.') : msg('The built-in document is not valid.'),
      issues: result.issues,
    });
  }

  private async load(property: unknown, src: string | null | undefined, signal: AbortSignal): Promise<LoadedDocument<T> | undefined> {
    if ((property !== undefined && property !== null) || src || !this.options.fallback) this.shownDefault = undefined;
    if (property !== undefined && property !== null) return this.validated(property, 'property');
    if (src) return this.fetchSrc(src, signal);
    const fallback = this.options.fallback?.();
    if (!fallback) return undefined;
    const loaded = this.validated(await fallback, 'default');
    this.shownDefault = loaded;
    return loaded;
  }

  private async fetchSrc(src: string, signal: AbortSignal): Promise<LoadedDocument<T>> {
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
    const [{ parseJson }, text] = await Promise.all([import('@sammen/sdk/parse-json'), response.text()]);
    const result = parseJson(text, this.options.parse);
    if (result.ok) return { value: result.value, source: 'src' };
    throw new DocumentLoadError({ code: 'invalid-document', message: msg(str`The document at ${src} is not valid.`), issues: result.issues });
  }
}

export { TaskStatus };
