// Test-runner command `time-zone`: the test page's time zone, as a person's device in another country has
// it, emulated by Chromium itself through the DevTools protocol (`Emulation.setTimezoneOverride`, which
// puppeteer's `page.emulateTimezone` sends). It changes `Date`, `Intl` and `getTimezoneOffset()` at once
// for the running page, with no relaunch, so one browser runs the tests of several zones in turn; a `TZ`
// variable in the browser's launch environment would fix one zone for every test file instead.
//   await executeServerCommand('time-zone', { id: 'Pacific/Auckland' });  // an IANA zone
//   await executeServerCommand('time-zone', {});                          // the system's zone again
export function timeZonePlugin() {
  return {
    name: 'knee-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'time-zone') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`time-zone: not supported for browser type ${session.browser.type}.`);
      await session.browser.getPage(session.id).emulateTimezone(payload?.id);
      return true;
    },
  };
}
