// The run log's share of the CDN file: gzip of dist/cdn/knee-advice.js as built (every element) minus
// gzip of the same build with <knee-run-log> replaced by an empty element and its `runLog` words removed.
//   node tests/bench/run-log-size.mjs
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'vite';

const without = {
  name: 'without-run-log',
  enforce: 'pre',
  load(id) {
    if (/knee-run-log[\\/]knee-run-log\.ts$/.test(id))
      return `export class KneeRunLog extends HTMLElement { static tagName = 'knee-run-log'; }\nexport const RUN_LOG_PARTS = '';`;
    return null;
  },
  transform(code, id) {
    if (!/internal[\\/]strings\.ts$/.test(id)) return null;
    const start = code.indexOf('  runLog: {');
    if (start < 0) throw new Error('no runLog block in strings.ts');
    const end = code.indexOf('\n  },\n', start);
    return code.slice(0, start) + '  runLog: {},' + code.slice(end + 5);
  },
};

async function size(plugins) {
  const output = await build({ configFile: 'vite.config.ts', mode: 'cdn', logLevel: 'silent', plugins, build: { write: false, sourcemap: false } });
  const code = [output].flat()[0].output.find((o) => o.type === 'chunk' && o.isEntry).code;
  return { raw: code.length, gzip: gzipSync(code).length, brotli: brotliCompressSync(code).length };
}

const all = await size([]);
const rest = await size([without]);
const kb = (n) => `${(n / 1000).toFixed(2)} KB`;
console.log(`every element:   ${kb(all.gzip)} gzip, ${kb(all.brotli)} brotli, ${kb(all.raw)} minified`);
console.log(`without run log: ${kb(rest.gzip)} gzip, ${kb(rest.brotli)} brotli, ${kb(rest.raw)} minified`);
console.log(`run log's share: ${kb(all.gzip - rest.gzip)} gzip, ${kb(all.brotli - rest.brotli)} brotli, ${kb(all.raw - rest.raw)} minified`);
