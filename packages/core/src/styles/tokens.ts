import { css } from 'lit';
import { focusRingStyles } from './focus-ring.js';

/**
 * Sammen's design tokens. The public API is the `--sammen-*` custom properties, which a host page
 * sets anywhere above a widget (`:root`, a wrapper, the element). Inside, every component reads
 * the private `--s-*` mirror, which falls back to our default when the host sets nothing; a
 * `:host` rule cannot itself default a `--sammen-*` property without shadowing the page's value.
 *
 * Defaults inherit the page's font and text colour; surfaces are mixed from the text colour, so
 * a widget sits naturally on light or dark host pages. `prefers-color-scheme: dark` switches the
 * accent colours and gives the widget its own dark surface; `forced-colors` hands everything to
 * the user's system colours. See docs/theming.md for the table.
 */
export const tokens = css`
  :host {
    --s-font-family: var(--sammen-font-family, inherit);
    --s-font-size: var(--sammen-font-size, 1rem);
    --s-font-mono: var(--sammen-font-mono, ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace);
    --s-line-height: var(--sammen-line-height, 1.5);

    --s-color-text: var(--sammen-color-text, currentColor);
    --s-color-text-muted: var(--sammen-color-text-muted, color-mix(in srgb, currentColor 72%, transparent));
    --s-color-background: var(--sammen-color-background, transparent);
    --s-color-surface: var(--sammen-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --s-color-surface-raised: var(--sammen-color-surface-raised, #ffffff);
    --s-color-border: var(--sammen-color-border, color-mix(in srgb, currentColor 45%, transparent));
    /* Borders and lines a person needs to see to find a control or read a drawing (field borders,
       the triangle's lines): at least 3:1 against white and against dark pages (WCAG 1.4.11),
       whatever the page's text colour; the decorative --s-color-border above is not. */
    --s-color-outline: var(--sammen-color-outline, #737880);
    --s-color-primary: var(--sammen-color-primary, #1d5a85);
    --s-color-on-primary: var(--sammen-color-on-primary, #ffffff);
    --s-color-primary-surface: var(--sammen-color-primary-surface, color-mix(in srgb, #1d5a85 10%, transparent));
    --s-color-focus: var(--sammen-focus-ring-color, #0b57d0);
    --s-color-danger: var(--sammen-color-danger, #b3261e);
    --s-color-danger-surface: var(--sammen-color-danger-surface, color-mix(in srgb, #b3261e 8%, transparent));
    --s-color-warning: var(--sammen-color-warning, #7a4f00);
    --s-color-warning-surface: var(--sammen-color-warning-surface, color-mix(in srgb, #d99a00 14%, transparent));
    --s-color-success: var(--sammen-color-success, #1b6e33);

    --s-status-on-track: var(--sammen-status-on-track, #1b6e33);
    --s-status-at-risk: var(--sammen-status-at-risk, #7a4f00);
    --s-status-off-track: var(--sammen-status-off-track, #b3261e);
    --s-status-no-data: var(--sammen-status-no-data, #5c6168);

    --s-space-1: var(--sammen-space-1, 0.25rem);
    --s-space-2: var(--sammen-space-2, 0.5rem);
    --s-space-3: var(--sammen-space-3, 0.75rem);
    --s-space-4: var(--sammen-space-4, 1rem);
    --s-space-5: var(--sammen-space-5, 1.5rem);
    --s-space-6: var(--sammen-space-6, 2rem);

    --s-radius: var(--sammen-radius, 0.5rem);
    --s-radius-small: var(--sammen-radius-small, 0.25rem);
    --s-focus-ring-width: var(--sammen-focus-ring-width, 3px);
    --s-focus-ring-offset: var(--sammen-focus-ring-offset, 2px);
    --s-shadow: var(--sammen-shadow, 0 1px 3px rgb(0 0 0 / 0.18));
    --s-target-size: var(--sammen-target-size, 2.75rem);
    --s-motion-duration: var(--sammen-motion-duration, 160ms);

    font-family: var(--s-font-family);
    /* !important: a page's own rule for the element (a reset's "* { line-height: 1 }") beats a
       :host rule, and text set solid is hard to read. The host still sets it through
       --sammen-line-height (test/hostile-host.node.test.ts). */
    line-height: var(--s-line-height) !important;
    color: var(--sammen-color-text, inherit);
    background: var(--s-color-background);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --s-color-text: var(--sammen-color-text, #e8eaed);
      --s-color-background: var(--sammen-color-background, #1b1e22);
      --s-color-surface-raised: var(--sammen-color-surface-raised, #262a30);
      --s-color-outline: var(--sammen-color-outline, #8f969e);
      --s-color-primary: var(--sammen-color-primary, #8ec5f0);
      --s-color-on-primary: var(--sammen-color-on-primary, #0b1a26);
      --s-color-primary-surface: var(--sammen-color-primary-surface, color-mix(in srgb, #8ec5f0 16%, transparent));
      --s-color-focus: var(--sammen-focus-ring-color, #a8c7fa);
      --s-color-danger: var(--sammen-color-danger, #f2b8b5);
      --s-color-danger-surface: var(--sammen-color-danger-surface, color-mix(in srgb, #f2b8b5 12%, transparent));
      --s-color-warning: var(--sammen-color-warning, #f5cf7a);
      --s-color-success: var(--sammen-color-success, #8fd19e);
      --s-status-on-track: var(--sammen-status-on-track, #8fd19e);
      --s-status-at-risk: var(--sammen-status-at-risk, #f5cf7a);
      --s-status-off-track: var(--sammen-status-off-track, #f2b8b5);
      --s-status-no-data: var(--sammen-status-no-data, #bdc1c6);
      color: var(--sammen-color-text, #e8eaed);
      color-scheme: dark;
    }
  }

  /* Windows high contrast and other forced palettes: system colours only, borders everywhere. */
  @media (forced-colors: active) {
    :host {
      --s-color-text: CanvasText;
      --s-color-text-muted: CanvasText;
      --s-color-background: Canvas;
      --s-color-surface: Canvas;
      --s-color-surface-raised: Canvas;
      --s-color-border: CanvasText;
      --s-color-outline: CanvasText;
      --s-color-primary: Highlight;
      --s-color-on-primary: HighlightText;
      --s-color-primary-surface: Canvas;
      --s-color-focus: Highlight;
      --s-color-danger: CanvasText;
      --s-color-danger-surface: Canvas;
      --s-color-warning: CanvasText;
      --s-color-warning-surface: Canvas;
      --s-color-success: CanvasText;
      --s-status-on-track: CanvasText;
      --s-status-at-risk: CanvasText;
      --s-status-off-track: CanvasText;
      --s-status-no-data: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --s-motion-duration: 0ms;
    }
  }
`;

/**
 * Base rules every component shares: box sizing, the focus ring, hidden-but-spoken text. Inside,
 * everything is border-box whatever the host element's own box-sizing: a page's reset
 * (`* { box-sizing: content-box }`) matches the host element and beats `:host`, so inheriting
 * from the host would hand the page's choice to every field and card within.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  ${focusRingStyles}
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
