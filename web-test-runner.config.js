import { chromeLauncher } from '@web/test-runner-chrome';
import { baseConfig } from './web-test-runner.base.config.js';
import { CHROME_ARGS, findChrome } from './tests/node/chrome.mjs';

const executablePath = findChrome();

export default {
  ...baseConfig,
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
