// Build step (`postbuild:cdn`): the Subresource Integrity value of every script in dist/cdn/, for the
// `integrity` attribute of the embed snippet. Writes `integrity.txt` (one line per `.js` file, path first:
// `knee-advice.js sha384-…`), and `<file>.sri` beside the two files a page loads by a script tag
// (`knee-advice.js`, and `knee-advice.all.js`, the one-file build), and prints those two.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = 'dist/cdn';
export const integrity = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** Every `.js` file under `root`, as paths relative to it with `/`, sorted. */
export function scripts(root) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** `integrity.txt` of a folder: `<path> sha384-…` per script. */
export const integrityList = (root) =>
  scripts(root)
    .map((f) => `${f} ${integrity(join(root, f))}\n`)
    .join('');

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(dir, 'integrity.txt'), integrityList(dir));
  for (const name of ['knee-advice.js', 'knee-advice.all.js']) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    writeFileSync(`${file}.sri`, `${integrity(file)}\n`);
    console.log(`${file} integrity="${integrity(file)}"`);
  }
}
