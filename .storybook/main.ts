import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../content/sample', to: '/sample' }],
  viteFinal(viteConfig) {
    // One copy of Lit, its production build, in `storybook dev` as in the built Storybook: resolving `lit`
    // with the `development` condition loaded its development build ("Lit is in dev mode"), and the
    // renderer's `lit/directive-helpers.js` outside the pre-bundled copy ("Multiple versions of Lit
    // loaded"). Storybook's own config plugin appends Vite's default client conditions (`development` when
    // serving) after ours, so a last plugin takes `development` out again once every config hook has run;
    // the renderer's Lit entry is pre-bundled with the rest. Readers see the library as apps ship it.
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['module', 'browser', 'production', 'import', 'default'],
      dedupe: [...(viteConfig.resolve?.dedupe ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    };
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    };
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'knee-lit-production-build',
        enforce: 'post',
        config(config) {
          const conditions = (config.resolve?.conditions ?? []).filter((c) => !/^development/.test(c));
          config.resolve = { ...config.resolve, conditions: [...new Set([...conditions, 'production'])] };
        },
      },
    ];
    return viteConfig;
  },
};

export default config;
