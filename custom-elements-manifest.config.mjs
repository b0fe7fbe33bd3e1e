import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { writeFrameworkFiles } from './scripts/framework-types.mjs';
import { writeReactFiles } from './scripts/react-wrappers.mjs';

// Everything an app developer's tools read is generated from this one manifest and shipped in the package:
// the framework types of dist/frameworks/ (JSX for React 19, Preact and Solid, Vue's GlobalComponents,
// Svelte's and Astro's elements: scripts/framework-types.mjs), the React wrappers of dist/react/
// (scripts/react-wrappers.mjs), VS Code HTML/CSS custom data and JetBrains web-types (their plugins).
const outdir = './dist/frameworks';
const quiet = { hideLogs: true };
// The type parser expands attribute types for editors (`Theme` → 'auto' | 'light' | 'dark'); it also warns
// about the nested word tables inside `content`, which it leaves as they are. Those warnings say nothing
// to act on: keep the console for real problems.
const warn = console.warn;
console.warn = (...args) => {
  if (!args.some((a) => String(a).startsWith('[type-parser]'))) warn(...args);
};

/**
 * The analyzer reads the files in the order the file system and its workers hand them over, which varies
 * (under load especially): sort the modules by path, so the manifest and every file made from it are the
 * same on every run.
 */
function sortModules() {
  return {
    name: 'knee-sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * The manifest documents the public API only: Storybook's tables, the README reference and editors list
 * no `#private` or protected members (those stay in the TypeScript types for subclasses).
 */
function publicMembersOnly() {
  return {
    name: 'knee-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? [])
          if (decl.members) decl.members = decl.members.filter((m) => !m.name.startsWith('#') && !m.privacy);
    },
  };
}

/** Our own generators, from the finished manifest: framework types and React wrappers (see the scripts). */
function frameworkFiles() {
  return {
    name: 'knee-framework-files',
    packageLinkPhase({ customElementsManifest }) {
      writeFrameworkFiles(customElementsManifest, outdir);
      writeReactFiles(customElementsManifest, './dist/react');
    },
  };
}

const globs = ['src/components/**/*.ts', 'src/internal/base.ts'];

export default {
  globs,
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // The type parser reads each property's type through TypeScript's checker (`Theme` becomes
  // 'auto' | 'light' | 'dark' in `parsedType`, which editors and the docs read): one program for all.
  overrideModuleCreation({ ts, globs: files }) {
    const program = getTsProgram(ts, files, 'tsconfig.json');
    return program.getSourceFiles().filter((sf) => files.find((glob) => sf.fileName.includes(glob)));
  },
  plugins: [
    sortModules(),
    typeParserPlugin(),
    publicMembersOnly(),
    customElementVsCodePlugin({
      ...quiet,
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'parsedType',
    }),
    customElementJetBrainsPlugin({
      ...quiet,
      outdir,
      fileName: 'web-types.json',
      packageJson: false,
      typesSrc: 'parsedType',
    }),
    frameworkFiles(),
  ],
};
