/** A finished widget, as the build, size budgets, CDN test and stories sweep know it. */
export interface WidgetEntry {
  /** Folder under `packages/` (npm name `@sammen/<package>`). */
  readonly package: string;
  /** The custom element tag its `define` module registers. */
  readonly tag: string;
  /** Its stories module, from the repository root (the accessibility sweep's fixtures). */
  readonly stories: string;
  /**
   * gzip budget of what a page downloads to show this widget alone, its locale included
   * (`'25 kB'`; 1 kB = 1000 bytes), measured in Chromium from the CDN folder.
   */
  readonly sizeLimit: string;
  /** While `sizeLimit` is not reached: the most its page may weigh now (gzip), so it cannot grow. */
  readonly sizeCeiling?: string;
  /** The attribute that opens a saved document in the store (`document-id`, the deck's `session-id`). */
  readonly documentAttribute: string;
  /**
   * The most a page may weigh (gzip) that shows this widget with `documentAttribute` set, so it
   * opens and saves a document in IndexedDB: the store, the journal of unsaved edits and the
   * validation of every kind are then loaded too.
   */
  readonly storedCeiling: string;
  /**
   * gzip budget of the widget's own code beyond the shared chunks (its chunk and chunks only it
   * fetches; locale, content and lazy chunks reported beside it): test/scripts/widget-own-bytes.mjs.
   */
  readonly ownLimit?: string;
  /** While `ownLimit` is not reached: the most the widget's own code may weigh now. */
  readonly ownCeiling?: string;
}

export declare const WIDGETS: readonly WidgetEntry[];
export declare const AUTOLOADER_BUDGET: string;
export declare const ALL_WIDGETS_BUDGET: string;
export declare const FOUNDATION_PACKAGES: readonly string[];
export declare const ALL_IN_ONE_PACKAGE: string;
export declare const ADAPTER_PACKAGES: readonly string[];
export declare const PACKAGES: readonly string[];
export declare const SERVER_PACKAGES: readonly string[];
