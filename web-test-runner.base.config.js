// What the three engines' test runs share: the files, the test server and its middleware, the plugins.
// web-test-runner.config.js (Chromium, with coverage), web-test-runner.firefox.config.js and
// web-test-runner.webkit.config.js add their browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mediaLogPlugin, mediaMiddleware } from './tests/node/media-middleware.mjs';
import { delayMiddleware } from './tests/node/delay-middleware.mjs';
import { prerenderPages } from './tests/node/prerender-pages.mjs';
import { cdnCopyMiddleware } from './tests/node/cdn-copy-middleware.mjs';
import { engineCommandsPlugin, engineReporter, loopbackOnlyPlugin } from './tests/node/engines.mjs';
import { timeZonePlugin } from './tests/node/time-zone-plugin.mjs';

export const baseConfig = {
  files: ['tests/**/*.test.ts'],
  // WTR_PORT=8799 npm test: a port of its own, beside other runs on the same machine (default: the
  // first free one from 8000).
  ...(process.env.WTR_PORT && { port: Number(process.env.WTR_PORT) }),
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  reporters: [engineReporter()],
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    mediaMiddleware(process.cwd()),
    delayMiddleware(process.cwd()),
    prerenderPages(process.cwd()),
    cdnCopyMiddleware(process.cwd()),
  ],
  plugins: [
    loopbackOnlyPlugin(),
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    mediaLogPlugin(),
    engineCommandsPlugin(),
    timeZonePlugin(),
  ],
};
