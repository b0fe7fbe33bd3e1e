import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig, parseAst, runnerImport, type Plugin } from 'vite';
import { describeProblems, validateContent } from './src/internal/content.js';
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
// Lit keeps the text of every `html` and `css` template as written, indentation included, and the
// browser builds a DOM node for every run of whitespace. This plugin rewrites the literal text of
// `html`/`svg`/`css` tagged templates in our own sources at build time:
//  - CSS: comments out, whitespace collapsed, no spaces around { } ; , > or after ':' (outside quotes).
//  - HTML: inside a tag, whitespace runs become one space; between tags, a whitespace run that spans a
//    line break is dropped when a block-level tag stands on either side (CSS would not render it), and
//    becomes one space otherwise. Bindings (`${…}`), quoted attribute values, comments and text on one
//    line are left alone, so bindings keep their places and words keep their spaces. Templates that
//    hold <pre>, <textarea>, <script> or <style> are not touched. Article words live in content/, never
//    in templates, so they cannot change here.

const HOLE = '\u0000';
/** What may follow `<` to start a tag: a letter, `/`, or a binding (`<${tag}`). */
const TAG_START = new RegExp(`[a-zA-Z/${HOLE}]`);
const BLOCK = new Set(
  'article aside audio blockquote details dialog div dl dd dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol optgroup option p section select summary table tbody td tfoot th thead tr track source ul video'.split(
    ' ',
  ),
);

/** Minifies the text of one `css` literal part (the text between two `${…}`). */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/ !important/g, '!important')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** The tag name at `at` (just after `<` or `</`), lowercased, or '' when a binding names the tag. */
const tagNameAt = (s: string, at: number) => /^\/?([a-zA-Z][\w-]*)/.exec(s.slice(at, at + 40))?.[1].toLowerCase() ?? '';

/** Minifies the strings of one `html` template; returns them in the same number, or null to leave it. */
export function minifyHtml(strings: readonly string[]): string[] | null {
  const src = strings.join(HOLE);
  if (/<(pre|textarea|script|style)\b/i.test(src)) return null;
  let out = '';
  let i = 0;
  /** Whether the last thing written is a block-level tag. */
  let afterBlock = false;
  while (i < src.length) {
    const ch = src[i];
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i);
      const stop = end < 0 ? src.length : end + 3;
      out += src.slice(i, stop);
      i = stop;
      afterBlock = false;
    } else if (ch === '<' && TAG_START.test(src[i + 1] ?? '')) {
      // a tag: collapse whitespace outside quotes
      afterBlock = BLOCK.has(tagNameAt(src, i + 1));
      let j = i;
      let tag = '';
      while (j < src.length && src[j] !== '>') {
        const c = src[j];
        if (c === '"' || c === "'") {
          const close = src.indexOf(c, j + 1);
          const stop = close < 0 ? src.length : close + 1;
          tag += src.slice(j, stop);
          j = stop;
        } else if (/\s/.test(c)) {
          while (j < src.length && /\s/.test(src[j])) j++;
          tag += src[j] === '>' ? '' : ' ';
        } else {
          tag += c;
          j++;
        }
      }
      out += tag + (j < src.length ? '>' : '');
      i = j + 1;
    } else if (/\s/.test(ch)) {
      let j = i;
      while (j < src.length && /\s/.test(src[j])) j++;
      const run = src.slice(i, j);
      const beforeBlock = src[j] === '<' && BLOCK.has(tagNameAt(src, j + 1));
      if (!run.includes('\n')) out += run;
      else if (!(afterBlock || beforeBlock)) out += ' ';
      i = j;
    } else {
      out += ch;
      afterBlock = false;
      i++;
    }
  }
  const parts = out.split(HOLE);
  return parts.length === strings.length ? parts : null;
}

interface TemplateNode {
  type: string;
  start: number;
  end: number;
  tag?: { type: string; name?: string };
  quasi?: { quasis: { start: number; value: { raw: string } }[] };
  [key: string]: unknown;
}

/**
 * Minifies the `html`, `svg` and `css` tagged templates of our own TypeScript sources at build time
 * (see above). Leaves any template it cannot read exactly as it was.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'knee-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || id.includes('node_modules') || !/(html|css|svg)\s*`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as TemplateNode;
        if (
          n.type === 'TaggedTemplateExpression' &&
          n.tag?.type === 'Identifier' &&
          ['html', 'svg', 'css'].includes(n.tag.name!)
        ) {
          const quasis = n.quasi!.quasis;
          const raws = quasis.map((q) => q.value.raw);
          if (quasis.every((q, k) => code.slice(q.start + 1, q.start + 1 + raws[k].length) === raws[k])) {
            const next = n.tag.name === 'css' ? raws.map(minifyCss) : minifyHtml(raws);
            next?.forEach((text, k) => {
              if (text !== raws[k])
                edits.push({ start: quasis[k].start + 1, end: quasis[k].start + 1 + raws[k].length, text });
            });
          }
        }
        for (const key of Object.keys(n)) if (key !== 'type') visit(n[key]);
      };
      visit(parseAst(code, { lang: 'ts' }, id));
      if (!edits.length) return null;
      let result = code;
      for (const e of edits.sort((a, b) => b.start - a.start))
        result = result.slice(0, e.start) + e.text + result.slice(e.end);
      return { code: result, map: null };
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
      const { module } = await runnerImport<typeof import('./src/prerender/styles.js')>('./src/prerender/styles.ts');
      for (const tag of Object.keys(module.CLASSES) as (keyof typeof module.CLASSES)[]) {
        this.emitFile({ type: 'asset', fileName: `${tag}.css`, source: minifyCss(module.stylesheet(tag)).trim() });
      }
    },
  };
}

// `vite build --mode lib`: unbundled ES modules that import lit, for apps that bundle.
// `vite build --mode cdn`: one minified, self-contained file (src/cdn.ts) that registers the article, the
// card and the checklist at once and loads the player and the run log from chunks/ beside it on demand.
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
      plugins: [litDecorators(), ...plugins, minifyTemplates(), elementStylesheets()],
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
  return { plugins };
});
