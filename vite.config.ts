import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build, defineConfig, runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import { describeProblems } from './src/internal/content.js';
import { validateContent } from './src/internal/content-check.js';
import { litDecorators } from './scripts/vite-lit-decorators.js';

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

// --- Template literal minifier -------------------------------------------------------------------
// Lit keeps the text of every `html`, `svg` and `css` template as written, indentation included, and the
// browser builds a DOM node for every run of whitespace. The Lit team's plugin rewrites those templates in
// our own sources at build time, bindings kept in place: html-minifier-next for markup, Lightning CSS for
// styles. Closing slashes stay, so a `<rect />` in an `svg` template never swallows the element after it.
// Article words live in content/, never in templates, so they cannot change here. A file with a template
// it cannot read (a binding as a tag name) is left as written, with a warning. What it saves, against no
// minifier and our former hand-written one, is measured in tests/bench/RESULTS.md.

/** Minifies the `html`, `svg` and `css` tagged templates of `src/` at build time (see above). */
export function minifyTemplates(): Plugin {
  type Minify = (this: unknown, code: string, id: string) => Promise<{ code: string } | undefined>;
  // loaded on first use (it brings TypeScript's parser), so Storybook and other modes do not pay for it
  let minify: Promise<Minify> | undefined;
  return {
    name: 'knee-minify-templates',
    async transform(code, id) {
      // most sources hold no template: skip them before the plugin parses them (TypeScript's output of a
      // decorated element, see litDecorators, writes html `…` with a space)
      if (!/(?:html|css|svg)\s*`/.test(code)) return null;
      minify ??= import('@lit-labs/rollup-plugin-minify-html-literals').then(
        ({ default: plugin }) =>
          plugin({
            include: ['src/**/*.ts'],
            exclude: ['src/prerender/**'],
            options: { minifyOptions: { keepClosingSlash: true } },
          }).transform as Minify,
      );
      return (await minify).call(this, code, id);
    },
  };
}

/**
 * Writes `<tag>.css` beside the CDN file for each element: the styles of its shadow root, exactly as
 * the element adopts them, for prerendered markup to link (so it is styled before any script runs,
 * also under a strict Content-Security-Policy). Taken from `knee-advice/prerender`, which links them.
 */
export function elementStylesheets(): Plugin {
  return {
    name: 'knee-element-stylesheets',
    async generateBundle() {
      // loaded with the template minifier, so each sheet is the one the built element adopts
      const { module } = await runnerImport<typeof import('./src/prerender/styles.js')>('./src/prerender/styles.ts', {
        plugins: [minifyTemplates()],
      });
      for (const tag of Object.keys(module.CLASSES) as (keyof typeof module.CLASSES)[]) {
        this.emitFile({ type: 'asset', fileName: `${tag}.css`, source: module.stylesheet(tag).trim() });
      }
    },
  };
}

/**
 * After the CDN build, the one-file build beside it (`--mode all`, see below), with the same log level, so
 * `vite build --mode cdn` (and `npm run build:cdn`) writes both. Not for in-memory builds (the size budget's).
 */
export function oneFileBuild(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'knee-one-file-build',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      if (config.build.write === false || typeof entry !== 'string' || !entry.endsWith('src/cdn.ts')) return;
      await build({ configFile: config.configFile, mode: 'all', logLevel: config.logLevel });
    },
  };
}

// `vite build --mode lib`: unbundled ES modules that import lit, for apps that bundle.
// `vite build --mode cdn`: one minified, self-contained file (src/cdn.ts) that registers the article, the
// card and the checklist at once and loads the player and the run log from chunks/ beside it on demand;
// then the one-file build (`--mode all`) beside it.
// Any other mode (Storybook) gets only the content check.
export default defineConfig(({ mode }) => {
  const plugins = [contentCheck()];
  if (mode === 'lib') {
    return {
      plugins: [litDecorators(), ...plugins, minifyTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: {
            index: 'src/index.ts',
            register: 'src/register.ts',
            'register.react-server': 'src/register.react-server.ts',
            react: 'src/react.ts',
            'prerender/index': 'src/prerender/index.ts',
            'prerender/cli': 'src/prerender/cli.ts',
            // `knee-advice/elements/<tag>.js`: each element's own entry, registering it alone
            ...Object.fromEntries(
              readdirSync('src/components').map((tag) => [
                `components/${tag}/define`,
                `src/components/${tag}/define.ts`,
              ]),
            ),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/, /^node:/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [litDecorators(), ...plugins, minifyTemplates(), elementStylesheets(), oneFileBuild()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'knee-advice.js' },
        // Vite keeps the whitespace of an ES library (for the pure annotations app bundlers read); this
        // file goes straight to browsers, so it is minified fully (keeping lit's licence comments).
        rolldownOptions: {
          // The other chunks are imported on demand: the locale tables (dist/cdn/locales/es.js …) and the
          // elements loaded when a page uses them, with any code only they share (dist/cdn/chunks/…).
          output: {
            chunkFileNames: (chunk) =>
              /[\\/]src[\\/]locales[\\/]/.test(chunk.facadeModuleId ?? '') ? 'locales/[name].js' : 'chunks/[name].js',
            minify: true,
            comments: { legal: true, annotation: false, jsdoc: false },
            // Everything the entry imports statically stays in the entry: without this group the bundler may
            // move modules it shares with the chunks (Lit, the locale layer) into common chunks that every
            // page then loads as extra requests.
            codeSplitting: { groups: [{ name: 'knee-advice', tags: ['$initial'] }] },
          },
          // Code that the entry and a chunk share stays in the entry (which then exports it to the chunks),
          // so a page that uses neither chunk loads one file. (Vite's library mode would keep the entry's
          // exports exactly as written, moving shared code into further files every page would load.)
          preserveEntrySignatures: 'allow-extension',
          // the stylesheet step loads the elements in Node, which takes a second or two: expected
          checks: { bundlerTimings: false },
        },
      },
    };
  }
  // `vite build --mode all`: dist/cdn/knee-advice.all.js, the same entry with every element, every built-in
  // language table and Lit in one file that imports nothing (its `import()`s are inlined): for sites that
  // require Subresource Integrity on every script, or want one request. Written beside the CDN file.
  if (mode === 'all') {
    return {
      plugins: [litDecorators(), ...plugins, minifyTemplates()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'knee-advice.all.js' },
        rolldownOptions: {
          output: { codeSplitting: false, minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
          checks: { bundlerTimings: false },
        },
      },
    };
  }
  return { plugins };
});
