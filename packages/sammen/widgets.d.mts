/** A finished widget, as the build, size budgets, CDN test and stories sweep know it. */
export interface WidgetEntry {
  /** Folder under `packages/` (npm name `@sammen/<package>`). */
  readonly package: string;
  /** The custom element tag its `define` module registers. */
  readonly tag: string;
  /** Its stories module, from the repository root (the accessibility sweep's fixtures). */
  readonly stories: string;
  /** size-limit budget for its define entry (widget + core + SDK + Lit, gzip). */
  readonly sizeLimit: string;
}

export declare const WIDGETS: readonly WidgetEntry[];
export declare const FOUNDATION_PACKAGES: readonly string[];
export declare const ALL_IN_ONE_PACKAGE: string;
export declare const PACKAGES: readonly string[];
export declare const SERVER_PACKAGES: readonly string[];
