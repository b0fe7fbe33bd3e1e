// `npm run size`: what a clinic's page downloads from dist/cdn/ (built by `npm run build:cdn`, which
// `npm run build` and `npm test` run), gzip (enforced) and brotli (reported); plus each element bundled
// alone, as an app would. Fails when a file is over its gzip budget, when chunks/ holds a file with no
// budget, when README.md states an entry size that is no longer true, or when the tables in docs/size.md
// are not what it measures. `npm run size -- --write` writes those tables (and README.md's figure).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { build } from 'vite';

const KB = 1000; // strict: kilobytes of 1000 bytes, as Vite reports them
const CDN = 'dist/cdn';
const DOC = 'docs/size.md';
const START = '<!-- size-table:start -->';
const END = '<!-- size-table:end -->';
const WRITE = process.argv.includes('--write');
// Each file a page can download, with its gzip budget in KB. The entry's is the target of issue 11. The
// chunks' are what they measured once their English words moved into them (player 10.5, run log 9.2)
// plus 0.5 KB.
const FILES = {
  'knee-advice.js': 20,
  'chunks/knee-exercise-player.js': 11,
  'chunks/knee-run-log.js': 10.3,
};
// Each element alone with lit, bundled as an app would bundle it: what a page using one element in its
// own build carries (the CDN file always carries the article, the card and the checklist).
const ALONE = [
  { name: '<knee-advice-card>', budget: 16, tags: ['KneeAdviceCard'] },
  { name: '<knee-flare-up-checklist>', budget: 19, tags: ['KneeFlareUpChecklist'] },
  { name: '<knee-exercise-player>', budget: 25, tags: ['KneeExercisePlayer'] },
  { name: '<knee-run-log>', budget: 24.5, tags: ['KneeRunLog'] },
];

const sizes = (code) => ({
  bytes: gzipSync(code).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => (n / KB).toFixed(1);

if (!existsSync(`${CDN}/knee-advice.js`)) {
  console.error(`${CDN}/knee-advice.js is missing: run \`vite build --mode cdn\` first.`);
  process.exit(1);
}

/** Every file under dist/cdn/chunks/ (no source maps). */
const chunkFiles = existsSync(`${CDN}/chunks`)
  ? readdirSync(`${CDN}/chunks`)
      .filter((f) => f.endsWith('.js'))
      .map((f) => `chunks/${f}`)
  : [];
const files = new Map(
  ['knee-advice.js', ...chunkFiles].map((f) => [
    f,
    { file: f, code: readFileSync(`${CDN}/${f}`), ...sizes(readFileSync(`${CDN}/${f}`)) },
  ]),
);

/** A file and every file it imports statically (relative `from"…"` / `import"…"` in the minified code), once each. */
function closure(file, seen = new Set()) {
  if (seen.has(file) || !files.has(file)) return seen;
  seen.add(file);
  const base = new URL(file, 'https://cdn.test/');
  for (const [, spec] of files
    .get(file)
    .code.toString()
    .matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    closure(new URL(spec, base).pathname.slice(1), seen);
  }
  return seen;
}
const total = (list) =>
  [...list].reduce((sum, f) => ({ bytes: sum.bytes + files.get(f).bytes, brotli: sum.brotli + files.get(f).brotli }), {
    bytes: 0,
    brotli: 0,
  });

let failed = false;
const line = (ok, text) => console.log(`${ok === null ? '    ' : ok ? 'ok  ' : 'OVER'} ${text}`);
/** Rows of the tables written into docs/size.md. */
const doc = { pages: [], files: [], alone: [] };
const code = (name) => `\`${name}\``;
const tags = (text) => text.replace(/<[\w-]+(?: [\w-]+)?>/g, code);

console.log(`Files in ${CDN}/ (gzip budget each):`);
for (const { file, bytes, brotli } of files.values()) {
  const budget = FILES[file];
  if (budget === undefined) {
    console.error(
      `NEW  ${file}: ${kb(bytes)} KB gzip has no budget: add it to FILES in scripts/size-budget.mjs (measured + a small margin).`,
    );
    failed = true;
    continue;
  }
  const ok = bytes / KB <= budget;
  failed ||= !ok;
  line(ok, `${file}: ${kb(bytes)} KB gzip, ${kb(brotli)} KB brotli (budget ${budget} KB gzip)`);
  doc.files.push([code(file), `${kb(bytes)} KB`, `${kb(brotli)} KB`, `${budget} KB`]);
}
for (const file of Object.keys(FILES)) {
  if (!files.has(file)) {
    console.error(`GONE ${file}: budgeted but not built.`);
    failed = true;
  }
}

console.log('\nWhat a page downloads (the entry, and the chunks it uses with what they import):');
const player = closure('chunks/knee-exercise-player.js');
const log = closure('chunks/knee-run-log.js');
const cases = [
  ['the article (<knee-advice>, <knee-advice-card>, <knee-flare-up-checklist>)', closure('knee-advice.js')],
  ['with the video (<knee-advice video-src> or <knee-exercise-player>)', new Set(['knee-advice.js', ...player])],
  ['with the run log (<knee-advice log> or <knee-run-log>)', new Set(['knee-advice.js', ...log])],
  ['every element (entry + every chunk)', new Set(files.keys())],
];
for (const [name, list] of cases) {
  const t = total(list);
  line(null, `${name}: ${kb(t.bytes)} KB gzip, ${kb(t.brotli)} KB brotli (${[...list].join(' + ')})`);
  doc.pages.push([tags(name), [...list].map(code).join(' + '), `${kb(t.bytes)} KB`, `${kb(t.brotli)} KB`]);
}
const locales = existsSync(`${CDN}/locales`) ? readdirSync(`${CDN}/locales`).filter((f) => f.endsWith('.js')) : [];
if (locales.length) {
  const each = locales.map((f) => ({ f: `locales/${f}`, ...sizes(readFileSync(`${CDN}/locales/${f}`)) }));
  line(
    null,
    `a page in another language adds its table from locales/ (KB gzip): ${each.map((l) => `${l.f} ${kb(l.bytes)}`).join(', ')}`,
  );
  for (const l of each)
    doc.pages.push([
      `a page in \`${l.f.slice(8, -3)}\` adds its words`,
      code(l.f),
      `${kb(l.bytes)} KB`,
      `${kb(l.brotli)} KB`,
    ]);
}

console.log('\nEach element alone (app bundle, lit included):');
const dir = resolve('node_modules/.cache/knee-size');
mkdirSync(dir, { recursive: true });
for (const set of ALONE) {
  const entry = resolve(dir, 'entry.js');
  writeFileSync(
    entry,
    `import { defineElement } from '${resolve('src/internal/define.ts')}';\n` +
      `import { ${set.tags.join(', ')} } from '${resolve('src/index.ts')}';\n` +
      set.tags.map((t) => `defineElement(${t}.tagName, ${t});`).join('\n'),
  );
  const output = await build({
    configFile: 'vite.config.ts',
    mode: 'cdn',
    logLevel: 'silent',
    // the entry file only: the locale tables stay separate files, loaded only by pages in those languages
    build: { write: false, sourcemap: false, lib: { entry, formats: ['es'], fileName: () => 'x.js' } },
  });
  const js = [output].flat()[0].output.find((o) => o.type === 'chunk' && o.isEntry).code;
  const { bytes, brotli } = sizes(js);
  const ok = bytes / KB <= set.budget;
  failed ||= !ok;
  line(ok, `${set.name}: ${kb(bytes)} KB gzip, ${kb(brotli)} KB brotli (budget ${set.budget} KB gzip)`);
  doc.alone.push([code(set.name), `${kb(bytes)} KB`, `${kb(brotli)} KB`, `${set.budget} KB`]);
}

const table = (header, rows) =>
  [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const tables = [
  table(['the page shows', 'it downloads', 'gzip', 'brotli'], doc.pages),
  table(['file', 'gzip', 'brotli', 'gzip budget'], doc.files),
  table(['element alone, bundled by an app with Lit', 'gzip', 'brotli', 'gzip budget'], doc.alone),
].join('\n\n');

/** `text` with the generated block between START and END replaced by `tables`, laid out as Prettier does. */
async function withTables(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} needs ${START} and ${END} around its tables.`);
  const next = `${text.slice(0, start + START.length)}\n\n${tables}\n\n${text.slice(end)}`;
  return format(next, { ...(await resolveConfig(DOC)), filepath: DOC });
}

const entry = files.get('knee-advice.js').bytes / KB;
const FIGURE = /<!-- size -->([\d.]+) KB<!-- \/size -->/;
let readme = readFileSync('README.md', 'utf8');
const docText = readFileSync(DOC, 'utf8');
if (WRITE) {
  readme = readme.replace(FIGURE, `<!-- size -->${entry.toFixed(1)} KB<!-- /size -->`);
  writeFileSync('README.md', readme);
  writeFileSync(DOC, await withTables(docText));
  console.log(`\nWrote the tables of ${DOC} and the entry's size in README.md.`);
}
const stated = FIGURE.exec(readme);
if (!stated) {
  console.error('README.md has no <!-- size -->N KB<!-- /size --> figure.');
  failed = true;
} else if (Math.abs(Number(stated[1]) - entry) > 0.3) {
  console.error(
    `README.md states ${stated[1]} KB, ${CDN}/knee-advice.js measures ${entry.toFixed(1)} KB gzip: run \`npm run size -- --write\`.`,
  );
  failed = true;
}
if (!WRITE && (await withTables(docText)) !== docText) {
  console.error(`\nThe tables in ${DOC} are not what was measured: run \`npm run size -- --write\` and commit ${DOC}.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
