// Headings whose level a host sets: a widget's outline starts at its `heading-level` (default 2)
// so that it fits under the page's own headings (WCAG 1.3.1; axe `heading-order`). Six literal
// templates instead of `unsafeStatic`: Lit caches each one like any other template.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref, type RefOrCallback } from 'lit/directives/ref.js';

/** A heading level, 1–6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level a widget's top headings use when the host sets none. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/**
 * The level `depth` steps below a widget's top level `base` (a host's `heading-level`
 * attribute), kept within 1–6; a missing, empty or invalid `base` (`""` reads as 0) counts as
 * the default 2.
 */
export function headingLevel(base: number | undefined, depth = 0): HeadingLevel {
  const top = base !== undefined && Number.isFinite(base) && base >= 1 ? Math.round(base) : DEFAULT_HEADING_LEVEL;
  return Math.min(6, Math.max(1, top + depth)) as HeadingLevel;
}

/** Attributes a heading may carry; all optional. */
export interface HeadingAttributes {
  id?: string;
  class?: string;
  part?: string;
  lang?: string;
  dir?: string;
  tabindex?: number;
  /** A `ref()` target, so a controller can move focus to the heading without a selector. */
  ref?: RefOrCallback;
}

/** `<hN>` with `content`, N = `level` (kept within 1–6). */
export function heading(level: number, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  const { id, part, lang, dir, tabindex } = attributes;
  // A no-op callback when no ref is given: an element expression takes only directives.
  const target = ref(attributes.ref ?? (() => undefined));
  const className = attributes.class;
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)} tabindex=${ifDefined(tabindex)} ${target}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)} tabindex=${ifDefined(tabindex)} ${target}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)} tabindex=${ifDefined(tabindex)} ${target}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)} tabindex=${ifDefined(tabindex)} ${target}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)} tabindex=${ifDefined(tabindex)} ${target}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)} tabindex=${ifDefined(tabindex)} ${target}>${content}</h6>`;
  }
}
