// ESLint flat config for the whole repo (`npm run lint`). Prettier owns layout; ESLint owns correctness.
// Lit templates are checked twice: eslint-plugin-lit / lit-a11y here (syntax, a11y), lit-analyzer in
// `npm run lint:lit` (binding types against the elements' declared properties; the maintained fork
// @jackolope/lit-analyzer, because upstream lit-analyzer 2.0.3 rejects lit's `nothing` in attribute
// bindings and predates container queries).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const TS = ['**/*.ts'];
const JS = ['**/*.{js,mjs,cjs}'];
// Files that run in Node (build, test runners, CI scripts), not in the browser.
const NODE = [
  'scripts/**',
  'tests/node/**',
  'tests/release/**',
  'tests/bench/**',
  '**/*.config.*',
  '.storybook/main.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'storybook-static/**',
      'release/**',
      'coverage/**',
      'custom-elements.json',
      // The example apps are checked by their own strict type-checks (tests/node/examples.mjs).
      'examples/**',
      '**/.next/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  // Type-aware rules for TypeScript (the whole repo lints in ~30 s on 2 cores); plain JS files get the
  // rules that need no types.
  ...tseslint.configs.recommendedTypeChecked,
  { files: JS, ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      // Off: in 8.74 it flags load-bearing casts and its --fix breaks `tsc` here (`registry.get(tag) as
      // Definable | undefined` in define.ts; `import('…?again' as string)` in a test), cf.
      // typescript-eslint#12249. The casts it finds are noise, not defects.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: TS,
    languageOptions: {
      parserOptions: {
        // tsconfig's "include" lists .storybook, but TypeScript skips dot-directories in includes.
        projectService: { allowDefaultProject: ['.storybook/*.ts'], defaultProject: 'tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // Browser code by default; Node globals only where the file runs in Node.
  { ignores: NODE, languageOptions: { globals: { ...globals.browser } } },
  { files: NODE, languageOptions: { globals: { ...globals.node } } },
  // Node scripts that drive Chromium pass functions to `page.evaluate`, which run in the page.
  {
    files: [
      'tests/node/storybook-smoke.mjs',
      'tests/node/package-consumer.mjs',
      'scripts/screenshot.mjs',
      'tests/node/examples.mjs',
      'tests/node/engines.mjs',
      'tests/node/visual.mjs',
      'tests/bench/**',
      'tests/node/one-file.test.mjs',
      'tests/node/docs.test.mjs',
      'tests/node/storybook-dev.mjs',
      'tests/release/**',
      'scripts/release.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: ['tests/**/*.test.ts'], languageOptions: { globals: { ...globals.mocha } } },

  // What every element shares knows no element: an element's facts live in its own folder
  // (src/components/<tag>/meta.ts, strings.ts) and reach the shared code by declaration merging or
  // through the registry (src/elements.ts), never by an import from src/internal/.
  {
    files: ['src/internal/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '../elements.js', '../public-api.js', '../index.js', '../register.js'],
              message: "src/internal/ knows no element: move the fact into the element's folder, or pass it in.",
            },
          ],
        },
      ],
    },
  },

  // Lit and custom elements: templates, lifecycle, element names.
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  {
    // Our elements extend KneeElement (src/internal/base.ts), which extends LitElement.
    settings: { lit: { elementBaseClasses: ['KneeElement'] }, wc: { elementBaseClasses: ['KneeElement'] } },
    rules: {
      // House style: attributes kebab-case, properties camelCase (GUIDE "Elements").
      'lit/attribute-names': ['error', { convention: 'kebab' }],
      'lit/no-useless-template-literals': 'error',
      // A Lit lifecycle override that forgets super.* silently breaks updates.
      'lit/lifecycle-super': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-value-attribute': 'error',
      // Every listener added in connectedCallback is removed in disconnectedCallback (issue 7, defect 6).
      'wc/require-listener-teardown': 'error',
      'wc/no-closed-shadow-root': 'error',
    },
  },

  // `lit/static-html` picks the heading tag with `literal` (h1…h6); these two rules read a static tag
  // binding as a broken one.
  { files: ['src/internal/heading.ts'], rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' } },

  // Tests: chai and stubbing idioms that the type-aware rules misread.
  {
    files: ['tests/**/*.ts'],
    rules: {
      // `expect(x).to.be.true` is chai's property assertion, not a stray expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types every chai `.equal()` as a Promise (for `.dom.equal`), so each
      // plain `expect(a).to.equal(b)` would read as floating. Real promises (`.to.be.accessible()`,
      // `oneEvent`, `fixture`) are still checked: an un-awaited one is a test that cannot fail.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }] },
      ],
      // Tests read untyped data on purpose (JSON from storage, `oneEvent`'s CustomEvent<any>); a wrong
      // shape fails the assertion, so casts everywhere would add noise and catch nothing.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Stubs save and restore prototype methods (`const original = HTMLMediaElement.prototype.play`).
      '@typescript-eslint/unbound-method': 'off',
      // Stubs of promise APIs (`wakeLock.request: async () => …`) and mocha's async tests.
      '@typescript-eslint/require-await': 'off',
    },
  },

  // House rules from the guide: text from content or the page is rendered as text.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'lit/directives/unsafe-html.js',
            'lit/directives/unsafe-svg.js',
            'lit/directives/unsafe-mathml.js',
          ].map((name) => ({
            name,
            message: 'Render content as text (GUIDE: no unsafeHTML).',
          })),
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render content as text (GUIDE: no innerHTML with data).' },
        { property: 'outerHTML', message: 'Render content as text (GUIDE: no innerHTML with data).' },
      ],
    },
  },
);
