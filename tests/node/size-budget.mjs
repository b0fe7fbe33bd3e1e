// The size budget: builds the CDN bundle for each set of elements in memory, gzips it (and reports brotli),
// and fails when a set is over its gzip budget or when README.md states a figure that is no longer true.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1000; // strict: kilobytes of 1000 bytes, as Vite reports them
const sets = [
  // <knee-advice> renders every other element, so a page that uses it carries the whole bundle; these
  // rows show what a page using one element alone carries.
  { name: '<knee-advice-card> alone', budget: 16, tags: ['KneeAdviceCard'] },
  { name: '<knee-flare-up-checklist> alone', budget: 19, tags: ['KneeFlareUpChecklist'] },
  { name: '<knee-exercise-player> alone', budget: 25, tags: ['KneeExercisePlayer'] },
];
const full = { name: 'dist/cdn/knee-advice.js (every element)', budget: 20 };
const sizes = (code) => ({
  bytes: gzipSync(code).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function bundleSize(entryCode) {
  const dir = resolve('node_modules/.cache/knee-size');
  mkdirSync(dir, { recursive: true });
  const entry = resolve(dir, 'entry.js');
  writeFileSync(entry, entryCode);
  const output = await build({
    configFile: 'vite.config.ts',
    mode: 'cdn',
    logLevel: 'silent',
    build: { write: false, sourcemap: false, lib: { entry, formats: ['es'], fileName: () => 'x.js' } },
  });
  const chunk = [output].flat()[0].output.find((o) => o.type === 'chunk');
  return sizes(chunk.code);
}

const rows = [];
for (const set of sets) {
  const code =
    `import { defineElement } from '${resolve('src/internal/define.ts')}';\n` +
    `import { ${set.tags.join(', ')} } from '${resolve('src/index.ts')}';\n` +
    set.tags.map((t) => `defineElement(${t}.tagName, ${t});`).join('\n');
  rows.push({ ...set, ...(await bundleSize(code)) });
}
rows.push({ ...full, ...sizes(readFileSync('dist/cdn/knee-advice.js')) });

let failed = false;
for (const row of rows) {
  const kb = row.bytes / KB;
  const ok = kb <= row.budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${row.name}: ${kb.toFixed(1)} KB gzip, ${(row.brotli / KB).toFixed(1)} KB brotli (budget ${row.budget} KB gzip)`);
}

const total = rows.at(-1).bytes / KB;
const stated = /<!-- size -->([\d.]+) KB<!-- \/size -->/.exec(readFileSync('README.md', 'utf8'));
if (!stated) {
  console.error('README.md has no <!-- size -->N KB<!-- /size --> figure.');
  failed = true;
} else if (Math.abs(Number(stated[1]) - total) > 0.3) {
  console.error(`README.md states ${stated[1]} KB, the bundle measures ${total.toFixed(1)} KB gzip: update README.md.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
