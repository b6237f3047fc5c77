import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // A municipal product does not phone home, and this machine has no network anyway.
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Workspace packages resolve to their TypeScript sources: no build before `npm start`.
      resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
      // One copy of Lit for every story (otherwise "Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/localize', '@lit/task', 'valibot', 'idb'] },
      // experimentalDecorators: esbuild reads tsconfig.json; keep the target below native decorators.
      esbuild: { target: 'es2022', tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
    });
  },
};

export default config;
