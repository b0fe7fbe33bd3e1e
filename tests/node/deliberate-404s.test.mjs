import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DELIBERATE_404, reporterWithoutDeliberate404s } from './deliberate-404s.mjs';

test('the test reporter leaves out only the 404s the tests ask for on purpose', () => {
  const seen = [];
  const reporter = reporterWithoutDeliberate404s();
  // the wrapped default reporter reads its arguments from start(); stand in for the logger it prints to
  reporter.start({ browserNames: ['Chromium'], config: {}, browsers: [], testFiles: [], startTime: Date.now() });
  const logger = {
    buffer: [],
    logBufferedMessages() {},
    log: (m) => seen.push(String(m)),
    group() {},
    groupEnd() {},
    error: (m) => seen.push(String(m)),
    warn() {},
  };
  const session = {
    browser: { name: 'Chromium' },
    passed: true,
    testResults: { tests: [], suites: [] },
    logs: [],
    errors: [],
    request404s: ['tests/no-such-chapters.vtt', 'test-media/missing.webm', 'src/typo.js'],
  };
  reporter.reportTestFileResults({ logger, sessionsForTestFile: [session], testFile: 'x.test.ts' });
  const text = seen.join('\n');
  assert.match(text, /src\/typo\.js/, 'an unexpected 404 is still listed');
  assert.doesNotMatch(text, /no-such-chapters|missing\.webm/);
  assert.ok(!DELIBERATE_404.test('content/sample/sample.webm'));
});
