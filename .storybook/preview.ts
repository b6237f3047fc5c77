import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import { THEMES } from './themes';

// Autodocs read every element's properties, events, slots, parts and CSS properties from the
// Custom Elements Manifest that `npm run analyze` writes before Storybook starts.
setCustomElementsManifest(manifest);

/** The theme's style sheets, in one <style> of ours (replaced when the theme changes). */
function themeStyleSheet(css: string[]): void {
  let style = document.getElementById('sammen-storybook-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'sammen-storybook-theme';
    document.head.append(style);
  }
  style.textContent = css.join('\n');
}

/** Sets <html lang> (widgets follow it live) and the theme: tokens and attributes on <html>, its style sheets. */
const withLanguageAndTheme: Decorator = (story, context) => {
  const root = document.documentElement;
  root.lang = String(context.globals.lang ?? 'da');
  const theme = THEMES[String(context.globals.theme ?? 'default')] ?? THEMES.default!;
  for (const name of [...root.style]) if (name.startsWith('--sammen-')) root.style.removeProperty(name);
  for (const [name, value] of Object.entries(theme.tokens)) root.style.setProperty(name, value);
  for (const name of ['data-color-scheme']) root.removeAttribute(name);
  for (const [name, value] of Object.entries(theme.attributes ?? {})) root.setAttribute(name, value);
  themeStyleSheet(theme.css ?? []);
  for (const [name, value] of Object.entries(theme.page)) document.body.style.setProperty(name, value);
  return story();
};

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  globalTypes: {
    lang: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'nb', title: 'Norsk bokmål' },
          { value: 'nn', title: 'Norsk nynorsk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme (--sammen-* tokens)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, theme]) => ({ value, title: theme.label })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'da', theme: 'default' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
