import type { Parser } from '@sammen/sdk';
import type { SammenErrorDetail } from '../events.js';

/**
 * What a widget reports when the part of Sammen that checks documents could not be downloaded
 * (offline, a CDN folder without that chunk): technical, for the web team, like every
 * `sammen-error` message; the reader sees the error view's sentence for `load-failed`.
 */
export const PARSER_LOAD_FAILED: SammenErrorDetail = { code: 'load-failed', message: 'The part of Sammen that checks documents could not be loaded.' };

/** The rejection of {@link LazyParser.get} when the parser could not be imported. */
export class ParserLoadError extends Error {
  readonly detail = PARSER_LOAD_FAILED;
  constructor(readonly reason: unknown) {
    super(PARSER_LOAD_FAILED.message);
  }
}

/**
 * A kind's SDK parser, imported the first time a document has to be validated (a `src`, a value
 * given as a property, an import), then used synchronously. A page that only shows Sammen's own
 * example never downloads it (nor Valibot and the schemas). One per widget class, at module level,
 * so every instance on a page shares the import. A failed import is tried again on the next call.
 */
export class LazyParser<T> {
  private loading: Promise<Parser<T>> | undefined;

  /** `parser`, when given, is the parser already there (then `load` is never called). */
  constructor(
    private readonly load: () => Promise<Parser<T>>,
    private parser?: Parser<T>,
  ) {}

  /** The parser once imported (validation is then synchronous), else undefined. */
  get loaded(): Parser<T> | undefined {
    return this.parser;
  }

  /** The parser, imported on the first call; rejects with a {@link ParserLoadError}. */
  get(): Promise<Parser<T>> {
    if (this.parser) return Promise.resolve(this.parser);
    this.loading ??= this.load().then(
      (parser) => (this.parser = parser),
      (error: unknown) => {
        this.loading = undefined;
        throw new ParserLoadError(error);
      },
    );
    return this.loading;
  }
}

/** A {@link LazyParser} for `load`, e.g. `lazyParser(() => loadParser('reflection-deck'))`. */
export function lazyParser<T>(load: () => Promise<Parser<T>>): LazyParser<T> {
  return new LazyParser(load);
}
