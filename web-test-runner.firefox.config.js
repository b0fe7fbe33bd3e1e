// The browser tests in Firefox ESR (Debian's firefox-esr), over WebDriver BiDi: npm run test:firefox.
import { baseConfig } from './web-test-runner.base.config.js';
import { firefoxLauncher } from './tests/node/engines.mjs';

export default {
  ...baseConfig,
  browsers: [firefoxLauncher()],
};
