// The theme switcher's token sets: each is only `--sammen-*` custom properties on <html>, or one of
// the theme style sheets a package ships (packages/core/themes/*.css), exactly what a municipality
// would put in its own style sheet (see docs/theming.md).
import designsystemet from '../packages/core/themes/designsystemet.css?raw';
import municipalExample from '../packages/core/themes/municipal-example.css?raw';
// Stands in for the site's own Designsystemet theme, which the mapping reads.
import designsystemetTokens from '../test/fixtures/designsystemet-tokens.css?raw';

export interface Theme {
  label: string;
  /** `--sammen-*` tokens set on <html>. */
  tokens: Record<string, string>;
  /** Style sheets added to the page, in order (a site's theme, then ours). */
  css?: string[];
  /** Attributes set on <html> (Designsystemet's `data-color-scheme`). */
  attributes?: Record<string, string>;
  /** The host page's own look around the widget. */
  page: Record<string, string>;
}

export const THEMES: Record<string, Theme> = {
  default: { label: 'Default', tokens: {}, page: { background: '#ffffff', color: '#1f2328', 'color-scheme': 'light', 'font-family': 'system-ui, sans-serif' } },
  dark: {
    label: 'Dark',
    tokens: {
      '--sammen-color-text': '#e8eaed',
      '--sammen-color-background': '#1b1e22',
      '--sammen-color-surface-raised': '#262a30',
      '--sammen-color-primary': '#8ec5f0',
      '--sammen-color-on-primary': '#0b1a26',
      '--sammen-focus-ring-color': '#a8c7fa',
      '--sammen-color-danger': '#f2b8b5',
    },
    page: { background: '#1b1e22', color: '#e8eaed', 'color-scheme': 'dark', 'font-family': 'system-ui, sans-serif' },
  },
  municipal: {
    label: 'Municipal brand (Fjordvik, sample)',
    tokens: {},
    css: [municipalExample],
    page: { background: '#fbfaf6', color: '#1d2b2a', 'color-scheme': 'light', 'font-family': 'system-ui, sans-serif' },
  },
  designsystemet: {
    label: 'Designsystemet (Digdir)',
    tokens: {},
    css: [designsystemetTokens, designsystemet],
    attributes: { 'data-color-scheme': 'light' },
    page: { background: '#ffffff', color: '#1f2c3d', 'color-scheme': 'light', 'font-family': "Inter, 'Segoe UI', system-ui, sans-serif" },
  },
  'designsystemet-dark': {
    label: 'Designsystemet (Digdir), dark',
    tokens: {},
    css: [designsystemetTokens, designsystemet],
    attributes: { 'data-color-scheme': 'dark' },
    page: { background: '#13181f', color: '#ebeced', 'color-scheme': 'dark', 'font-family': "Inter, 'Segoe UI', system-ui, sans-serif" },
  },
  'high-contrast': {
    label: 'High contrast',
    tokens: {
      '--sammen-color-text': '#000000',
      '--sammen-color-text-muted': '#000000',
      '--sammen-color-border': '#000000',
      '--sammen-color-surface': '#ffffff',
      '--sammen-color-surface-raised': '#ffffff',
      '--sammen-color-primary': '#000000',
      '--sammen-color-on-primary': '#ffffff',
      '--sammen-color-primary-surface': '#fff200',
      '--sammen-focus-ring-color': '#d4a000',
      '--sammen-focus-ring-width': '4px',
    },
    page: { background: '#ffffff', color: '#000000', 'color-scheme': 'light', 'font-family': 'system-ui, sans-serif' },
  },
};
