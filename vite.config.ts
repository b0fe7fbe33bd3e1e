import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { describeProblems, validateContent } from './src/internal/content.js';

/**
 * Fails any Vite build (library, CDN bundle, Storybook) when content/article.json is broken, naming
 * the file, the field and the problem.
 */
export function contentCheck(): Plugin {
  return {
    name: 'knee-content-check',
    enforce: 'pre',
    transform(_code, id) {
      if (!/content[\\/]article\.json$/.test(id)) return null;
      const file = relative(process.cwd(), id) || id;
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(id, 'utf8'));
      } catch (error) {
        this.error(`${file}: (file): not valid JSON: ${(error as Error).message}`);
      }
      const result = validateContent(data);
      if (!result.ok) this.error(`${file}: ${describeProblems(result.problems)}`);
      return null;
    },
  };
}

// `vite build --mode lib`: unbundled ES modules that import lit, for apps that bundle.
// `vite build --mode cdn`: one minified, self-contained file that registers every element.
// Any other mode (Storybook) gets only the content check.
export default defineConfig(({ mode }) => {
  const plugins = [contentCheck()];
  if (mode === 'lib') {
    return {
      plugins,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: { index: 'src/index.ts', register: 'src/register.ts', 'register.react-server': 'src/register.react-server.ts', react: 'src/react.ts' },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins,
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: 'src/register.ts', formats: ['es'], fileName: () => 'knee-advice.js' },
      },
    };
  }
  return { plugins };
});
