// The theme switcher's token sets: each is only `--sammen-*` custom properties on <html>,
// exactly what a municipality would put in its own stylesheet (see docs/theming.md).
export const THEMES: Record<string, { label: string; tokens: Record<string, string>; page: Record<string, string> }> = {
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
    label: 'Municipal brand (sample)',
    tokens: {
      '--sammen-font-family': "'Trebuchet MS', 'DejaVu Sans', sans-serif",
      '--sammen-color-primary': '#00594f',
      '--sammen-color-on-primary': '#ffffff',
      '--sammen-color-primary-surface': '#e3f2ef',
      '--sammen-focus-ring-color': '#b3008f',
      '--sammen-radius': '2px',
    },
    page: { background: '#fbfaf6', color: '#1d2b2a', 'color-scheme': 'light' },
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
