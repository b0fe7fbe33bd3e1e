// Screenshots a test page for the README (stories/assets/knee-advice.png), after `npm run build`:
//   node scripts/screenshot.mjs /tests/pages/plain.html out.png [width] [height] [light|dark]
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../tests/node/chrome.mjs';
import { serve } from '../tests/node/static-server.mjs';
const [, , path, out, width = '900', height = '1400', scheme = 'light'] = process.argv;
const server = await serve(process.cwd());
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: Number(height) });
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
await page.goto(server.url + path, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 500));
await page.screenshot({ path: out });
await browser.close();
await server.close();
