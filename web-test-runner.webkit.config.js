// The browser tests in WebKitGTK (Safari's engine) through WebKitWebDriver: npm run test:webkit.
// Each test file gets a new MiniBrowser on a new Xvfb display of its own (see tests/node/engines.mjs).
import { baseConfig } from './web-test-runner.base.config.js';
import { webkitLauncher } from './tests/node/engines.mjs';

export default {
  ...baseConfig,
  browsers: [webkitLauncher()],
};
