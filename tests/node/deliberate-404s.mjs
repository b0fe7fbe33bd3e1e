// The tests ask for missing files on purpose (a video, captions, a content file or a chunk that is not
// there) to check the messages people see. web-test-runner lists every 404 under "404 network
// requests", which reads like a broken test to a newcomer; this wraps its default reporter so those
// deliberate ones are left out. Every deliberately missing name says so: "missing", "no-such",
// "does-not-exist" or "gone". Any other 404 is still listed.
import { defaultReporter } from '@web/test-runner';

export const DELIBERATE_404 = /(^|[/-])(missing|no-such|does-not-exist|gone)([./-]|$)/;

export function reporterWithoutDeliberate404s(options) {
  const reporter = defaultReporter(options);
  return {
    ...reporter,
    reportTestFileResults({ sessionsForTestFile, ...rest }) {
      const sessions = sessionsForTestFile.map((s) => ({
        ...s,
        request404s: s.request404s.filter((url) => !DELIBERATE_404.test(url)),
      }));
      return reporter.reportTestFileResults({ ...rest, sessionsForTestFile: sessions });
    },
  };
}
