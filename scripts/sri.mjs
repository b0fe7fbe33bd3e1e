// Build step (`postbuild`): prints the Subresource Integrity value of the CDN file and writes it next to
// the file (dist/cdn/knee-advice.js.sri), for the `integrity` attribute of the embed snippet.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'dist/cdn/knee-advice.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
writeFileSync(`${file}.sri`, `${integrity}\n`);
console.log(`${file} integrity="${integrity}"`);
