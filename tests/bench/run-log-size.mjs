// The run log's share of what pages download: its chunk (dist/cdn/chunks/knee-run-log.js, loaded only by
// pages that use it, with its English words), and what it leaves in dist/cdn/knee-advice.js, which every
// page loads (the shape its words have, for content packs, and its part names): gzip of the entry as built
// minus gzip of the same build without the run log (no `runLog` shape, no chunk to load).
//   node tests/bench/run-log-size.mjs
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

const without = {
  name: 'without-run-log',
  enforce: 'pre',
  transform(code, id) {
    if (/knee-advice[\\/]knee-advice\.ts$/.test(id)) {
      const out = code.replace(/\n\s*'knee-run-log': \(\) => import\([^\n]*\n/, '\n');
      if (out === code) throw new Error('no knee-run-log in KneeAdvice.lazyDependencies');
      return out;
    }
    if (!/internal[\\/]pack-strings\.ts$/.test(id)) return null;
    const start = code.indexOf('  runLog: {');
    if (start < 0) throw new Error('no runLog block in BLOCK_SHAPES (pack-strings.ts)');
    const end = code.indexOf('\n  },\n', start);
    return code.slice(0, start) + '  runLog: {},' + code.slice(end + 5);
  },
};

const measure = (code) => ({ raw: code.length, gzip: gzipSync(code).length, brotli: brotliCompressSync(code).length });
async function built(plugins) {
  const output = await build({
    configFile: 'vite.config.ts',
    mode: 'cdn',
    logLevel: 'silent',
    plugins,
    build: { write: false, sourcemap: false },
  });
  const chunks = [output].flat()[0].output.filter((o) => o.type === 'chunk');
  return {
    entry: measure(chunks.find((o) => o.isEntry).code),
    log: chunks.find((o) => o.fileName === 'chunks/knee-run-log.js'),
  };
}

const all = await built([]);
const rest = await built([without]);
const chunk = measure(all.log.code);
const kb = (n) => `${(n / 1000).toFixed(2)} KB`;
const row = (name, m) =>
  console.log(`${name.padEnd(44)} ${kb(m.gzip)} gzip, ${kb(m.brotli)} brotli, ${kb(m.raw)} minified`);
row('dist/cdn/knee-advice.js (entry)', all.entry);
row('the entry without the run log', rest.entry);
row("the run log's share of the entry", {
  gzip: all.entry.gzip - rest.entry.gzip,
  brotli: all.entry.brotli - rest.entry.brotli,
  raw: all.entry.raw - rest.entry.raw,
});
row('dist/cdn/chunks/knee-run-log.js (its chunk)', chunk);
