// When and how a field shows its length limit (issue 13.7): the limit comes from the SDK's
// LIMITS, and the writer sees it before hitting it — from 80 % of it on — instead of a save
// that fails at the end of a long meeting. Lengths are counted as the browser's `maxlength`
// counts them (UTF-16 units), which is never more lenient than the SDK (which counts code points).
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { activeLocale } from '../../localization/localization.js';

/** The fraction of the limit from which the count is shown. */
export const SHOW_COUNT_FROM = 0.8;

/** True when a field holding `length` of `max` characters should show its count. */
export function showsLengthCount(length: number, max: number): boolean {
  return max > 0 && length >= max * SHOW_COUNT_FROM;
}

/** True when the field is full. */
export function atLengthLimit(length: number, max: number): boolean {
  return max > 0 && length >= max;
}

/** `n` written for `locale` (`1.234` in Danish, `1 234` in Norwegian, `1,234` in English). */
export function formatCount(n: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

/**
 * The count of a field near its limit (`16.000 af 20.000 tegn`; `20.000 tegn: feltet er fyldt` at it), or
 * `nothing` below 80 %. For any text field in a shadow root: give it `id` and point the field's
 * `aria-describedby` at it, so the count is read with the field.
 */
export function renderLengthCount(length: number, max: number, id: string): TemplateResult | typeof nothing {
  if (!showsLengthCount(length, max)) return nothing;
  const locale = activeLocale();
  const used = formatCount(length, locale);
  const limit = formatCount(max, locale);
  const full = atLengthLimit(length, max);
  return html`<p part="counter" class="length-count${full ? ' full' : ''}" id=${id}>
    ${full ? msg(str`${limit} characters: the field is full`) : msg(str`${used} of ${limit} characters`)}
  </p>`;
}

/** Styles of {@link renderLengthCount}'s paragraph (part of every SammenElement's styles). */
export const lengthCountStyles = css`
  .length-count {
    margin: 0;
    color: var(--s-color-text-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .length-count.full {
    color: var(--s-color-text);
    font-weight: 600;
  }
`;
