import { css } from 'lit';

/**
 * Native form fields as every Sammen widget draws them: text inputs, selects and text areas with
 * a border in `--s-color-outline` (at least 3:1 against the background, WCAG 1.4.11, which the
 * decorative `--s-color-border` is not), the target size, the page's font, and the shared focus
 * ring. Zero specificity (`:where`), so a component's own rules always win. A field's label is a `.s-field` wrapper: the label text above the control.
 */
export const formFieldStyles = css`
  .s-field {
    display: grid;
    gap: var(--s-space-1);
    min-inline-size: 0;
  }
  .s-field__label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  :where(input:not([type='checkbox'], [type='radio'], [type='range'], [type='color']), select, textarea) {
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: var(--s-target-size);
    padding: var(--s-space-1) var(--s-space-2);
    border: 1px solid var(--s-color-outline);
    border-radius: var(--s-radius-small);
    background: var(--s-color-surface-raised);
    color: var(--s-color-text);
    font: inherit;
  }
  :where(input, textarea)[readonly] {
    background: var(--s-color-surface);
  }
  :where(input:is([type='checkbox'], [type='radio'])) {
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--s-color-primary);
  }
  @media (forced-colors: active) {
    :where(input, select, textarea) {
      border-color: FieldText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :where(input, select, textarea) {
      transition: none;
    }
  }
`;
