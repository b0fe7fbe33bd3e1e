import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../content/sample', to: '/sample' }],
  viteFinal(viteConfig) {
    // One copy of Lit, its production build: resolving `lit` with the `development` condition for the
    // stories but not for Storybook's own renderer loaded two copies ("Multiple versions of Lit loaded")
    // and logged "Lit is in dev mode" on every page. Readers see the library as apps ship it.
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['module', 'browser', 'production', 'import', 'default'],
      dedupe: [...(viteConfig.resolve?.dedupe ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    };
    return viteConfig;
  },
};

export default config;
