// The browser tests in WebKitGTK (Safari's engine) through WebKitWebDriver: npm run test:webkit,
// under xvfb-run when there is no display.
import { baseConfig } from './web-test-runner.base.config.js';
import { webkitLauncher } from './tests/node/engines.mjs';

export default {
  ...baseConfig,
  browsers: [await webkitLauncher()],
};
