import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define-all.js';
import { KneeRunLog } from '../src/components/knee-run-log/knee-run-log.js';
import { runLogSpec, withChanges, type RunLogData } from '../src/components/knee-run-log/run-log-store.js';
import type { KneeRun } from '../src/index.js';
import { forgetStoredData } from '../src/internal/storage.js';
import { breakStorage, captureConsole, failOnUnhandledRejections } from './helpers.js';

const KEY = 'knee-advice:v1:run-log';
/** A fake clock: noon on 10 May 2024. */
const now = () => new Date(2024, 4, 10, 12);

const $ = <T extends Element = HTMLElement>(el: KneeRunLog, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: KneeRunLog, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const message = (el: KneeRunLog) => $(el, '[part=message]').textContent!.trim();
const dates = (el: KneeRunLog) => el.runs.map((r) => r.date);
const csvButtons = (el: KneeRunLog) => $$(el, '.status button').map((b) => b.textContent);

const A: KneeRun = {
  date: '2024-05-01',
  during: 2,
  dayAfter: 1,
  twoDaysAfter: 0,
  distance: 5.2,
  unit: 'km',
  duration: 35,
  note: 'flat',
};
const B: KneeRun = { date: '2024-05-03', during: 4, dayAfter: 5, distance: 3.1, unit: 'mi' };
const C: KneeRun = { date: '2024-05-06', during: 3 };
const csv = (...runs: KneeRun[]) => `date,during\n${runs.map((r) => `${r.date},${r.during}`).join('\n')}\n`;

/** What `<knee-run-log>` saved before the stored-value layer: format version 1. */
const V1 = (runs: unknown[]) => JSON.stringify({ version: 1, runs });

/** The saved record's data under `key` (format version 2). */
function saved(key = KEY): RunLogData {
  const stored = JSON.parse(localStorage.getItem(key)!) as { version: number; data: RunLogData };
  expect(stored.version).to.equal(2);
  return stored.data;
}
/** The runs saved under `key`, by date, without tombstones. */
const savedRuns = (key = KEY) =>
  Object.entries(saved(key).runs)
    .filter(([, e]) => e.value !== null)
    .map(([date, e]) => [date, e.value]);

async function make(attrs = 'persist') {
  const el = await fixture<KneeRunLog>(html`<knee-run-log .now=${now}></knee-run-log>`);
  for (const [, name, value] of attrs.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) el.setAttribute(name, value ?? '');
  await el.updateComplete;
  return el;
}

async function click(el: KneeRunLog, selector: string) {
  $<HTMLButtonElement>(el, selector).click();
  await el.updateComplete;
}

/** Counts every write to any storage of this page (setItem, removeItem, clear) until `restore()`. */
function spyOnWrites() {
  const writes: string[] = [];
  const proto = Storage.prototype;
  const originals = { setItem: proto.setItem, removeItem: proto.removeItem, clear: proto.clear };
  proto.setItem = function (this: Storage, key: string, value: string) {
    writes.push(`set ${key}`);
    return originals.setItem.call(this, key, value);
  };
  proto.removeItem = function (this: Storage, key: string) {
    writes.push(`remove ${key}`);
    return originals.removeItem.call(this, key);
  };
  proto.clear = function (this: Storage) {
    writes.push('clear');
    return originals.clear.call(this);
  };
  return { writes, restore: () => Object.assign(proto, originals) };
}

describe('<knee-run-log> storage (the stored-value layer)', () => {
  failOnUnhandledRejections();
  beforeEach(() => {
    localStorage.clear();
    forgetStoredData();
  });
  afterEach(() => {
    localStorage.clear();
    forgetStoredData();
  });

  describe('migration from format version 1', () => {
    it("reads today's version 1 data, writes nothing until the person changes something, then saves version 2 with every entry", async () => {
      const bad = { date: '2024-05-02', during: 'very sore' };
      const twice = { date: A.date, during: 9 };
      const v1 = V1([A, bad, B, twice]);
      localStorage.setItem(KEY, v1);
      const log = captureConsole();
      const spy = spyOnWrites();
      try {
        const el = await make();
        expect(el.runs).to.deep.equal([A, B]);
        expect(message(el)).to.equal('2 saved runs could not be read; kept in storage unchanged.');
        expect(spy.writes, 'opening and showing write nothing').to.deep.equal([]);
        expect(localStorage.getItem(KEY)).to.equal(v1);
        el.importCsv(csv(C));
        expect(spy.writes).to.deep.equal([`set ${KEY}`]);
        const data = saved();
        expect(data.runs[A.date]).to.deep.equal({ value: A, at: 0 });
        expect(data.runs[B.date]).to.deep.equal({ value: B, at: 0 });
        expect(data.runs[C.date].value).to.deep.equal(C);
        expect(data.runs[C.date].at).to.be.greaterThan(0);
        expect(data.kept).to.have.deep.members([bad, twice]);
        expect(log.warnings[0]).to.contain('2 saved runs');
        document.querySelectorAll('knee-run-log').forEach((e) => e.remove());
        const again = await make();
        expect(again.runs, 'after a reload').to.deep.equal([A, B, C]);
      } finally {
        spy.restore();
        log.restore();
      }
    });

    it('treats version 1 data that is not a list of runs as unreadable, and replaces it at the next change', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, runs: 'none' }));
      const log = captureConsole();
      try {
        const el = await make();
        expect(message(el)).to.equal('Your saved runs could not be read on this device.');
        el.importCsv(csv(A));
        expect(savedRuns()).to.deep.equal([[A.date, { date: A.date, during: A.during }]]);
        expect(log.warnings).to.have.length(1);
      } finally {
        log.restore();
      }
    });
  });

  describe('when storage fails', () => {
    it('a throwing read: works in memory, says so, offers the CSV after a change, and writes nothing', async () => {
      const fix = breakStorage('getItem', new DOMException('Access is denied.', 'SecurityError'));
      const log = captureConsole();
      const spy = spyOnWrites();
      try {
        const el = await make();
        expect(message(el)).to.equal('Your saved runs could not be read on this device.');
        el.importCsv(csv(A, B));
        await el.updateComplete;
        expect(dates(el)).to.deep.equal([A.date, B.date]);
        expect(message(el)).to.equal(
          'Your runs could not be saved on this device. They stay until you leave this page: download the CSV to keep them.',
        );
        expect(csvButtons(el)).to.deep.equal(['Download CSV']);
        expect(spy.writes, 'storage that could not be read is never written over').to.deep.equal([]);
        expect(log.warnings).to.have.length(1);
        expect(log.errors).to.deep.equal([]);
      } finally {
        spy.restore();
        fix();
        log.restore();
      }
    });

    it('a throwing write (full): keeps every run, offers the CSV, and saves them all once storage has room again', async () => {
      localStorage.setItem(KEY, V1([A]));
      const el = await make();
      const fix = breakStorage('setItem');
      const log = captureConsole();
      try {
        el.importCsv(csv(B));
        el.importCsv(csv(C));
        await el.updateComplete;
        expect(dates(el)).to.deep.equal([A.date, B.date, C.date]);
        expect(message(el)).to.equal(
          'Your runs could not be saved on this device. They stay until you leave this page: download the CSV to keep them.',
        );
        expect(csvButtons(el)).to.deep.equal(['Download CSV']);
        expect(JSON.parse(localStorage.getItem(KEY)!).version, 'the old data is still there').to.equal(1);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('quota');
      } finally {
        fix();
        log.restore();
      }
      await click(el, '[part=delete-button]'); // the newest run, C
      expect(savedRuns().map(([d]) => d)).to.deep.equal([A.date, B.date]);
      expect(message(el)).to.match(/deleted/);
      expect(csvButtons(el), 'saved again: no more offer of the CSV in the message area').to.deep.equal(['Undo']);
    });

    it('corrupt data: says so, starts afresh, and is replaced at the next change', async () => {
      localStorage.setItem(KEY, '{"version":2,"data":{"runs":[');
      const log = captureConsole();
      try {
        const el = await make();
        expect(message(el)).to.equal('Your saved runs could not be read on this device.');
        expect(el.runs).to.deep.equal([]);
        expect(csvButtons(el)).to.deep.equal([]);
        el.importCsv(csv(A));
        expect(savedRuns().map(([d]) => d)).to.deep.equal([A.date]);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('not readable');
      } finally {
        log.restore();
      }
    });

    it('a future version: never written over, whatever the person does, and the CSV is offered', async () => {
      const future = JSON.stringify({ version: 3, data: { entries: [{ when: '2024-05-01' }] } });
      localStorage.setItem(KEY, future);
      const log = captureConsole();
      const spy = spyOnWrites();
      try {
        const el = await make();
        expect(message(el)).to.match(/saved by a newer version/);
        el.importCsv(csv(A, B));
        await el.updateComplete;
        await click(el, '[part=delete-button]');
        expect(dates(el)).to.deep.equal([A.date]);
        expect(message(el)).to.match(/saved by a newer version/);
        expect(csvButtons(el)).to.deep.equal(['Undo', 'Download CSV']);
        expect(spy.writes).to.deep.equal([]);
        expect(localStorage.getItem(KEY)).to.equal(future);
        expect(log.warnings).to.have.length(1);
      } finally {
        spy.restore();
        log.restore();
      }
    });

    it('a saved entry that is not a valid run is kept untouched, even when a run is logged on its date', async () => {
      const odd = { date: A.date, during: 'sore', mood: 'fine' };
      localStorage.setItem(
        KEY,
        JSON.stringify({
          version: 2,
          data: { runs: { [A.date]: { value: odd, at: 5 }, [B.date]: { value: B, at: 6 } }, kept: [] },
        }),
      );
      const log = captureConsole();
      try {
        const el = await make();
        expect(el.runs).to.deep.equal([B]);
        expect(message(el)).to.equal('1 saved run could not be read; kept in storage unchanged.');
        el.importCsv(csv(A));
        expect(dates(el)).to.deep.equal([A.date, B.date]);
        expect(saved().kept).to.deep.equal([odd]);
        expect(saved().runs[B.date]).to.deep.equal({ value: B, at: 6 });
      } finally {
        log.restore();
      }
    });
  });

  describe('nothing written without persist or before a change', () => {
    it('without persist, nothing reaches storage whatever the person does', async () => {
      const spy = spyOnWrites();
      try {
        const el = await make('');
        el.importCsv(csv(A, B, C));
        await el.updateComplete;
        $<HTMLInputElement>(el, '#date').value = '2024-05-09';
        $<HTMLInputElement>(el, '[name=during][value="4"]').click();
        await click(el, '[part=add-button]');
        expect(dates(el)).to.include('2024-05-09');
        await click(el, '[part=delete-button]');
        await click(el, '[part=run-log-undo-button]');
        await click(el, '[part=delete-all-button]');
        await click(el, '[part=run-log-undo-button]');
        el.runs = [A];
        await el.updateComplete;
        expect(el.runs).to.deep.equal([A]);
        expect(spy.writes).to.deep.equal([]);
        expect(localStorage.length + sessionStorage.length).to.equal(0);
      } finally {
        spy.restore();
      }
    });

    it('with persist, opening, switching storage-key, turning persist off and forgetting write nothing', async () => {
      localStorage.setItem(KEY, V1([A]));
      localStorage.setItem(`${KEY}:b`, V1([B]));
      const spy = spyOnWrites();
      try {
        const el = await make();
        expect(el.runs).to.deep.equal([A]);
        el.storageKey = 'b';
        await el.updateComplete;
        expect(el.runs, "the new key's runs, not the old key's carried over").to.deep.equal([B]);
        el.persist = false;
        await el.updateComplete;
        expect(el.runs, 'turning persist off keeps the runs shown').to.deep.equal([B]);
        el.importCsv(csv(C));
        expect(spy.writes.filter((w) => w.startsWith('set'))).to.deep.equal([]);
        forgetStoredData();
        expect(
          spy.writes.filter((w) => w.startsWith('set')),
          'forgetting writes nothing back',
        ).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });
  });

  describe('on one page', () => {
    it('two logs with the same key always show the same runs, and the other one announces each change', async () => {
      const one = await make();
      const two = await make();
      const other = await make('persist storage-key="other"');
      one.importCsv(csv(A, B));
      await two.updateComplete;
      expect(two.runs).to.deep.equal(one.runs);
      expect($$(two, 'tbody tr')).to.have.length(2);
      const heard = oneEvent(one, 'knee-run-log-change');
      await click(two, '[part=delete-button]'); // B, the newest
      expect((await heard).detail.runs.map((r: KneeRun) => r.date)).to.deep.equal([A.date]);
      await one.updateComplete;
      expect($$(one, 'tbody tr')).to.have.length(1);
      two.runs = [A, C];
      await one.updateComplete;
      expect(dates(one)).to.deep.equal([A.date, C.date]);
      await click(one, '[part=delete-all-button]');
      await two.updateComplete;
      expect(two.runs).to.deep.equal([]);
      expect(other.runs, 'another key is another log').to.deep.equal([]);
      // A third log opened later reads the same record.
      await click(one, '[part=run-log-undo-button]');
      const three = await make();
      expect(dates(three)).to.deep.equal([A.date, C.date]);
    });

    it('forgetStoredData() clears the saved runs, every log shows none, and nothing is saved again until a change', async () => {
      const one = await make();
      const two = await make();
      one.importCsv(csv(A, B));
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      const heard = oneEvent(one, 'knee-run-log-change');
      forgetStoredData();
      expect((await heard).detail.runs).to.deep.equal([]);
      await one.updateComplete;
      await two.updateComplete;
      expect(one.runs).to.deep.equal([]);
      expect(two.runs).to.deep.equal([]);
      expect($(one, '[part=table]')).to.equal(null);
      expect(localStorage.getItem(KEY)).to.equal(null);
      two.importCsv(csv(C));
      expect(savedRuns().map(([d]) => d)).to.deep.equal([C.date]);
    });
  });

  describe('in two tabs (two real pages of one site)', () => {
    let tabs: Window[] = [];
    afterEach(() => {
      tabs.forEach((t) => t.close());
      tabs = [];
    });

    /** A second page of the same site in a real new tab (window.open) with a `<knee-run-log persist storage-key="tabs">`. */
    async function openTab(): Promise<{ tab: Window; log: KneeRunLog }> {
      const tab = window.open('/tests/pages/tab.html', '_blank')!;
      expect(tab, 'the browser opened a second tab').to.exist;
      tabs.push(tab);
      await waitUntil(
        () => tab.document.readyState === 'complete' && tab.customElements.get('knee-run-log'),
        'the second tab is ready',
        { timeout: 8000 },
      );
      const log = tab.document.createElement('knee-run-log') as KneeRunLog;
      log.now = now;
      log.setAttribute('persist', '');
      log.setAttribute('storage-key', 'tabs');
      tab.document.body.append(log);
      await log.updateComplete;
      return { tab, log };
    }
    const TABS = `${KEY}:tabs`;
    const shows = (log: KneeRunLog, ...runs: KneeRun[]) => dates(log).join() === runs.map((r) => r.date).join();

    it('two different runs added at the same moment in two tabs both survive, there and in a tab opened later', async () => {
      const a = await openTab();
      const b = await openTab();
      // Both in one task: neither tab has heard of the other's run when it saves its own.
      a.log.importCsv(csv(A));
      b.log.importCsv(csv(B));
      await waitUntil(
        () => shows(a.log, A, B) && shows(b.log, A, B),
        `both tabs show both runs (a: ${dates(a.log).join()}, b: ${dates(b.log).join()})`,
        {
          timeout: 3000,
        },
      );
      expect(savedRuns(TABS).map(([d]) => d)).to.deep.equal([A.date, B.date]);
      const c = await openTab();
      expect(dates(c.log)).to.deep.equal([A.date, B.date]);
      await a.log.updateComplete;
      expect(
        a.log.shadowRoot!.querySelectorAll('tbody tr'),
        "the other tab's run appears without a reload",
      ).to.have.length(2);
    });

    it('a run deleted in one tab stays deleted when another tab that had not heard of it saves a change', async () => {
      const a = await openTab();
      const b = await openTab();
      a.log.importCsv(csv(A));
      await waitUntil(() => shows(b.log, A), 'the run reached the other tab');
      await b.log.updateComplete;
      // One task: b adds a run while the delete made in a has not reached it.
      (a.log.shadowRoot!.querySelector('[part=delete-button]') as HTMLButtonElement).click();
      b.log.importCsv(csv(B));
      await waitUntil(
        () => shows(a.log, B) && shows(b.log, B),
        `both tabs show only the new run (a: ${dates(a.log).join()}, b: ${dates(b.log).join()})`,
        {
          timeout: 3000,
        },
      );
      expect(savedRuns(TABS).map(([d]) => d)).to.deep.equal([B.date]);
      expect(saved(TABS).runs[A.date].value, 'the delete is kept as a tombstone').to.equal(null);
      const c = await openTab();
      expect(dates(c.log)).to.deep.equal([B.date]);
    });

    it('"Delete all" in one tab is not undone by a change another tab makes at the same moment', async () => {
      const a = await openTab();
      const b = await openTab();
      a.log.importCsv(csv(A, B));
      await waitUntil(() => shows(b.log, A, B), 'the runs reached the other tab');
      await a.log.updateComplete;
      (a.log.shadowRoot!.querySelector('[part=delete-all-button]') as HTMLButtonElement).click();
      b.log.importCsv(csv(C));
      await waitUntil(
        () => shows(a.log, C) && shows(b.log, C),
        `both tabs show only the new run (a: ${dates(a.log).join()}, b: ${dates(b.log).join()})`,
        {
          timeout: 3000,
        },
      );
      expect(savedRuns(TABS).map(([d]) => d)).to.deep.equal([C.date]);
    });

    it('the later change to one run wins in every tab', async () => {
      const a = await openTab();
      const b = await openTab();
      a.log.importCsv(csv(A));
      await waitUntil(() => shows(b.log, A), 'the run reached the other tab');
      b.log.runs = [{ ...A, during: 7 }];
      await waitUntil(() => a.log.runs[0]?.during === 7, 'the change reached the first tab');
      a.log.runs = [{ ...A, during: 1 }];
      await waitUntil(() => b.log.runs[0]?.during === 1, 'the later change reached the second tab');
      expect(savedRuns(TABS)).to.deep.equal([[A.date, { ...A, during: 1 }]]);
    });

    it('forgetting in one tab empties the log in the other', async () => {
      const a = await openTab();
      a.log.importCsv(csv(A));
      await waitUntil(() => localStorage.getItem(TABS) !== null);
      forgetStoredData();
      await waitUntil(() => a.log.runs.length === 0, 'the other tab forgot too');
      expect(localStorage.getItem(TABS)).to.equal(null);
    });
  });
});

describe('runLogSpec (src/components/knee-run-log/run-log-store.ts)', () => {
  const data = (runs: RunLogData['runs'], kept: unknown[] = []): RunLogData => ({ runs, kept });

  it('merges run by run, idempotent and in any order, keeping every kept entry', () => {
    const one = data({ [A.date]: { value: A, at: 5 }, [B.date]: { value: null, at: 9 } }, ['x', 'x']);
    const two = data({ [B.date]: { value: B, at: 7 }, [C.date]: { value: C, at: 3 } }, ['x', 'y']);
    const merged = runLogSpec.merge!(one, two);
    expect(JSON.stringify(merged)).to.equal(JSON.stringify(runLogSpec.merge!(two, one)));
    expect(JSON.stringify(runLogSpec.merge!(merged, one))).to.equal(JSON.stringify(merged));
    expect(merged.runs).to.deep.equal({
      [A.date]: { value: A, at: 5 },
      [B.date]: { value: null, at: 9 },
      [C.date]: { value: C, at: 3 },
    });
    expect(merged.kept).to.deep.equal(['x', 'x', 'y']);
  });

  it('validates the envelope, not each run', () => {
    expect(runLogSpec.validate({ runs: { x: { value: 'anything', at: 1 } }, kept: [] })).to.equal(true);
    expect(runLogSpec.validate({ runs: { x: { value: A } }, kept: [] })).to.equal(false);
    expect(runLogSpec.validate({ runs: {} })).to.equal(false);
    expect(runLogSpec.validate(null)).to.equal(false);
    expect(runLogSpec.migrate!({ version: 1, runs: {} })).to.equal(undefined);
  });

  it('changes only the runs that differ, and returns the same data when nothing does', () => {
    const before = data({ [A.date]: { value: A, at: 5 } });
    expect(withChanges(before, new Map([[A.date, A]]))).to.equal(before);
    expect(withChanges(before, new Map([[B.date, null]]))).to.equal(before);
    const after = withChanges(before, new Map([[A.date, null]]));
    expect(after.runs[A.date].value).to.equal(null);
    expect(after.runs[A.date].at).to.be.greaterThan(5);
  });
});
