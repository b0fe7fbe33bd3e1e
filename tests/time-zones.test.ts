import { expect, fixture, html } from '@open-wc/testing';
import { setTimeZone } from './engine.js';
import './define-all.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { longDate, today } from '../src/internal/dates.js';
import { clinicEdition } from './helpers.js';

// Date-only values (`published`, `reviewed`, `nextReview`) are days, not instants: they must read the same
// in every time zone. Each zone is emulated by Chromium and Firefox (tests/node/time-zone-plugin.mjs).
const ZONES = ['America/Los_Angeles', 'Pacific/Auckland'];
// New Year, a leap day, the days the clocks change in the US (1 Nov 2026) and New Zealand (5 Apr, 27 Sep 2026).
const DAYS: [day: string, en: string, enGB: string, es: string][] = [
  ['2026-01-01', 'January 1, 2026', '1 January 2026', '1 de enero de 2026'],
  ['2028-02-29', 'February 29, 2028', '29 February 2028', '29 de febrero de 2028'],
  ['2026-04-05', 'April 5, 2026', '5 April 2026', '5 de abril de 2026'],
  ['2026-09-27', 'September 27, 2026', '27 September 2026', '27 de septiembre de 2026'],
  ['2026-11-01', 'November 1, 2026', '1 November 2026', '1 de noviembre de 2026'],
  ['2099-12-31', 'December 31, 2099', '31 December 2099', '31 de diciembre de 2099'],
];

for (const zone of ZONES) {
  describe(`date-only values in ${zone}`, () => {
    let inZone = false;
    before(async () => (inZone = await setTimeZone(zone)));
    after(() => setTimeZone());

    it('runs in that zone, where reading a day as an instant would land on another day', () => {
      // WebKit cannot be put in another zone (a counted skip): the tests below run in the machine's zone there.
      if (!inZone) return;
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      // What a naive implementation would do, shown to shift here (so the tests below can fail):
      const utcMidnightLocally = new Date('2026-11-01').getDate(); // parsed as UTC, read locally
      const localMidnightInUtc = new Date(2026, 10, 1).toISOString().slice(0, 10); // made locally, read in UTC
      expect(utcMidnightLocally !== 1 || localMidnightInUtc !== '2026-11-01', 'a day shifts in this zone').to.be.true;
    });

    it('writes each day as the content gives it, in en, en-GB and es', () => {
      for (const [day, en, enGB, es] of DAYS) {
        expect([longDate(day, 'en'), longDate(day, 'en-GB'), longDate(day, 'es')], day).to.deep.equal([en, enGB, es]);
      }
    });

    it('<knee-advice> shows the same days, with the content’s value as each <time datetime>', async () => {
      const content = { ...clinicEdition(), published: '2026-11-01', reviewed: '2026-04-05' };
      const el = await fixture<KneeAdvice>(html`<knee-advice .content=${content}></knee-advice>`);
      const times = [...el.shadowRoot!.querySelectorAll('[part=dates] time')];
      expect(times.map((t) => [t.getAttribute('datetime'), t.textContent])).to.deep.equal([
        ['2026-11-01', 'November 1, 2026'],
        ['2026-04-05', 'April 5, 2026'],
        ['2099-03-15', 'March 15, 2099'],
      ]);
    });

    it('asks whether a review is overdue against the device’s own calendar day', () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      // (not toLocaleDateString('en-CA'): WebKitGTK's ICU writes en-CA as 12/5/2026)
      expect(today(now)).to.equal(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
      // 23:30 on 31 December, local time: still that day here, whatever UTC says
      expect(today(new Date(2026, 11, 31, 23, 30))).to.equal('2026-12-31');
      expect(today(new Date(2027, 0, 1, 0, 30))).to.equal('2027-01-01');
    });
  });
}
