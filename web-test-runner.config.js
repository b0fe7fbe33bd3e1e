import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, findChrome } from './tests/node/chrome.mjs';
import { mediaLogPlugin, mediaMiddleware } from './tests/node/media-middleware.mjs';
import { delayMiddleware } from './tests/node/delay-middleware.mjs';
import { prerenderPages } from './tests/node/prerender-pages.mjs';
import { cdnCopyMiddleware } from './tests/node/cdn-copy-middleware.mjs';
import { reporterWithoutDeliberate404s } from './tests/node/deliberate-404s.mjs';
import { timeZonePlugin } from './tests/node/time-zone-plugin.mjs';

const executablePath = findChrome();

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  reporters: [reporterWithoutDeliberate404s()],
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    mediaMiddleware(process.cwd()),
    delayMiddleware(process.cwd()),
    prerenderPages(process.cwd()),
    cdnCopyMiddleware(process.cwd()),
  ],
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    mediaLogPlugin(),
    a11ySnapshotPlugin(),
    timeZonePlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [...CHROME_ARGS, '--autoplay-policy=no-user-gesture-required'],
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
};
