import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define-all.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import type { KneeFlareUpChecklist } from '../src/components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import { defaultContent } from '../src/internal/content.js';
import { lazyElement, loadElements } from '../src/internal/lazy.js';
import { LOCALES } from '../src/locales/index.js';
import { delay, timeouts } from '../src/internal/timeout.js';
import { captureConsole } from './helpers.js';

// Nothing waits forever (issue 16, point 9): a language's words, an element's code or a content file that
// never answers. Each test holds one load back and uses a language no other test in this file loads.

/**
 * Holds a built-in language's words until `release()`: its loader (src/locales/index.ts) waits, then
 * imports the table. (Not a hold on the test server: another test file's page may have the module in the
 * browser's cache.) This file's page has loaded none of them before.
 */
const hold = (lang: string) => {
  const load = LOCALES[lang];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  LOCALES[lang] = () => released.then(load);
  return release;
};
const progress = (el: Element) => el.shadowRoot?.querySelector('[part=progress]')?.textContent ?? null;
const { load, words } = timeouts;

describe('nothing waits forever (issue 16, point 9)', () => {
  afterEach(() => Object.assign(timeouts, { load, words }));

  it('shows the page’s fallback children while its words load, then its words', async () => {
    timeouts.words = 100;
    const release = hold('de');
    const host = await fixture<HTMLDivElement>(
      html`<div><knee-flare-up-checklist lang="de"><p>Checklist, in the page's own words</p></knee-flare-up-checklist></div>`,
    );
    const el = host.firstElementChild as KneeFlareUpChecklist;
    await delay(400);
    // still waiting (past the 2 s rule's stand-in): the page's paragraph shows through a slot, nothing else
    expect(progress(el)).to.equal(null);
    const fallback = el.querySelector('p')!;
    expect(fallback.assignedSlot, 'shown through the shadow root').to.exist;
    expect(fallback.getBoundingClientRect().height).to.be.above(0);
    release();
    await waitUntil(() => progress(el) === '0 von 6 erledigt', 'German words once they arrive');
    expect(el.shadowRoot!.querySelector('slot[data-knee-fallback]'), 'the fallback slot is gone').to.equal(null);
  });

  it('an element with no fallback of its own shows English after `timeouts.words`, then switches', async () => {
    timeouts.words = 300;
    const release = hold('fr');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('knee-flare-up-checklist');
    el.lang = 'fr';
    host.append(el);
    await delay(50);
    expect(progress(el), 'not English at once').to.equal(null);
    await waitUntil(() => progress(el) === '0 of 6 done', 'English after the wait', { timeout: 2000 });
    release();
    await waitUntil(() => progress(el) === '0 case cochée sur 6', 'French once the words arrive', { timeout: 3000 });
  });

  it('words that never arrive: English after `timeouts.load`, with one warning', async () => {
    Object.assign(timeouts, { load: 300, words: 5000 });
    const release = hold('nl'); // released only after the test
    const log = captureConsole();
    try {
      const host = await fixture<HTMLDivElement>(
        html`<div><knee-flare-up-checklist lang="nl"><p>Fallback</p></knee-flare-up-checklist></div>`,
      );
      const el = host.firstElementChild as KneeFlareUpChecklist;
      await waitUntil(() => progress(el) === '0 of 6 done', 'English after the load timeout', { timeout: 3000 });
      expect(log.warnings).to.deep.equal([
        'knee-advice: could not load the "nl" interface words (no answer within 0.3 s); using the next language in line.',
      ]);
    } finally {
      log.restore();
      release();
    }
  });

  it('code that never arrives: the message in its place after `timeouts.load`, with one warning', async () => {
    timeouts.load = 300;
    lazyElement('knee-never-arrives', () => new Promise(() => {}));
    const log = captureConsole();
    try {
      const host = await fixture<HTMLDivElement>(html`<div><knee-never-arrives>Fallback</knee-never-arrives></div>`);
      await loadElements(host);
      const el = host.firstElementChild!;
      expect(el.shadowRoot!.querySelector('.knee-not-loaded')!.textContent).to.include('could not be loaded');
      expect(log.warnings).to.deep.equal([
        `knee-advice 0.2.0: could not load <knee-never-arrives> (no answer within 0.3 s); showing a message in its place.`,
      ]);
    } finally {
      log.restore();
    }
  });

  it('a content-src that never answers: the built-in article, knee-content-error and one warning', async () => {
    timeouts.load = 300;
    const log = captureConsole();
    try {
      const el = await fixture<KneeAdvice>(
        html`<knee-advice content-src="/test-delay/never-answers/tests/pages/clinic-content.json"></knee-advice>`,
      );
      const { detail } = await oneEvent(el, 'knee-content-error');
      expect(detail.problems).to.deep.equal([{ field: '(file)', problem: 'no answer within 0.3 s' }]);
      expect(el.content).to.equal(defaultContent);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include(
        'could not be used ((file): no answer within 0.3 s); showing the built-in article',
      );
    } finally {
      log.restore();
      await fetch('/test-delay-release/never-answers');
    }
  });
});
