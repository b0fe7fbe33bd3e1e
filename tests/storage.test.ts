import { expect } from '@open-wc/testing';
import { LatestIntent } from '../src/internal/latest.js';
import { forgetStoredData, mergeItems, STORAGE_PREFIX, storedRecord, type ItemMap } from '../src/internal/storage.js';
import { checklistKey, checklistSpec, type ChecklistTicks } from '../src/components/knee-flare-up-checklist/meta.js';
import { positionKey, positionSpec } from '../src/components/knee-exercise-player/position-store.js';
import { failOnUnhandledRejections } from './helpers.js';

let n = 0;
/** A key no other test has used: the in-memory records live as long as the page. */
const freshKey = () => checklistKey(`storage-test-${++n}`);
const raw = (key: string) => JSON.parse(localStorage.getItem(key)!);
const tick = (at: number, value = true) => ({ value, at });

/** Replaces a Storage method for one test; returns the undo. */
function replaceStorage<K extends 'getItem' | 'setItem'>(method: K, impl: Storage[K]) {
  const original = Storage.prototype[method];
  Storage.prototype[method] = impl;
  return () => {
    Storage.prototype[method] = original;
  };
}

/** What another tab's write looks like to this page. */
function otherTabWrites(key: string, value: string | null) {
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
}

describe('stored records (src/internal/storage.ts)', () => {
  failOnUnhandledRejections();
  beforeEach(() => forgetStoredData());
  afterEach(() => forgetStoredData());

  it('writes nothing when opened or read, and saves a versioned { version, data } value on set', () => {
    const key = freshKey();
    const record = storedRecord(key, checklistSpec);
    expect(record.get()).to.deep.equal({});
    expect(localStorage.getItem(key)).to.equal(null);
    record.set({ a: tick(5) });
    expect(raw(key)).to.deep.equal({ version: 2, data: { a: { value: true, at: 5 } } });
    expect(record.key).to.equal(key);
    expect(key.startsWith(STORAGE_PREFIX)).to.be.true;
  });

  it('shares one in-memory record between handles on one key, and tells the other handles of each change', () => {
    const key = freshKey();
    const one = storedRecord(key, checklistSpec);
    const two = storedRecord(key, checklistSpec);
    const heardByOne: ChecklistTicks[] = [];
    const heardByTwo: ChecklistTicks[] = [];
    one.subscribe((v) => heardByOne.push(v));
    const stop = two.subscribe((v) => heardByTwo.push(v));
    one.set((current) => ({ ...current, a: tick(1) }));
    two.set((current) => ({ ...current, b: tick(2) }));
    expect(one.get()).to.deep.equal({ a: tick(1), b: tick(2) });
    expect(two.get()).to.equal(one.get());
    expect(heardByOne).to.deep.equal([{ a: tick(1), b: tick(2) }]);
    expect(heardByTwo).to.deep.equal([{ a: tick(1) }]);
    stop();
    one.set((current) => ({ ...current, c: tick(3) }));
    expect(heardByTwo).to.have.length(1);
  });

  describe('reads today’s stored data (format version 1) and migrates it on the next change', () => {
    it('checklist: { version: 1, checked: [ids] } becomes ticks, ids unknown to any content included', () => {
      const key = checklistKey('migration');
      localStorage.setItem(key, JSON.stringify({ version: 1, checked: ['shorter-easier-runs', 'clinic-own-item'] }));
      const record = storedRecord(key, checklistSpec);
      expect(record.get()).to.deep.equal({ 'shorter-easier-runs': tick(0), 'clinic-own-item': tick(0) });
      expect(raw(key), 'reading writes nothing').to.deep.equal({
        version: 1,
        checked: ['shorter-easier-runs', 'clinic-own-item'],
      });
      record.set((current) => ({ ...current, 'hip-and-thigh-strength': tick(10) }));
      expect(raw(key)).to.deep.equal({
        version: 2,
        data: { 'shorter-easier-runs': tick(0), 'clinic-own-item': tick(0), 'hip-and-thigh-strength': tick(10) },
      });
    });

    it('player: { version: 1, time, speed } becomes a position', () => {
      const key = positionKey('/media/exercise.webm');
      expect(key).to.equal('knee-advice:v1:player:/media/exercise.webm');
      localStorage.setItem(key, JSON.stringify({ version: 1, time: 42.5, speed: 1.25 }));
      const record = storedRecord(key, positionSpec);
      expect(record.get()).to.deep.equal({ time: 42.5, speed: 1.25, at: 0 });
      expect(raw(key).version).to.equal(1);
      record.set({ time: 50, speed: 1, at: 7 });
      expect(raw(key)).to.deep.equal({ version: 2, data: { time: 50, speed: 1, at: 7 } });
    });

    it('player: an unusable version-1 position counts as corrupt', () => {
      const key = positionKey('bad-position');
      localStorage.setItem(key, JSON.stringify({ version: 1, time: 'late', speed: 1 }));
      const warnings: string[] = [];
      expect(storedRecord(key, positionSpec, (m) => warnings.push(m)).get()).to.equal(null);
      expect(warnings).to.have.length(1);
    });
  });

  describe('tolerates storage that fails, with one warning per handle and cause', () => {
    for (const [label, stored] of [
      ['corrupt JSON', '{"version": 2, "data": {'],
      ['a value of the wrong shape', JSON.stringify({ version: 2, data: { a: { value: 'yes', at: 1 } } })],
      ['an unknown old format', JSON.stringify(['a', 'b'])],
    ]) {
      it(`${label}: starts empty, warns once, and replaces it at the next change`, () => {
        const key = freshKey();
        localStorage.setItem(key, stored);
        const warnings: string[] = [];
        const record = storedRecord(key, checklistSpec, (m) => warnings.push(m));
        expect(record.get()).to.deep.equal({});
        record.get();
        expect(localStorage.getItem(key)).to.equal(stored);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(key).and.include('not readable');
        record.set({ a: tick(1) });
        expect(raw(key)).to.deep.equal({ version: 2, data: { a: tick(1) } });
        expect(warnings).to.have.length(1);
      });
    }

    it('data of a newer version: never overwritten; changes live in memory, with one warning', () => {
      const key = freshKey();
      const newer = JSON.stringify({ version: 9, data: { shape: 'unknown to us' } });
      localStorage.setItem(key, newer);
      const warnings: string[] = [];
      const record = storedRecord(key, checklistSpec, (m) => warnings.push(m));
      expect(record.get()).to.deep.equal({});
      record.set({ a: tick(1) });
      record.set((current) => ({ ...current, b: tick(2) }));
      expect(record.get()).to.deep.equal({ a: tick(1), b: tick(2) });
      expect(localStorage.getItem(key)).to.equal(newer);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('newer version');
    });

    it('reading throws: never writes over what it could not read; works in memory, one warning', () => {
      const key = freshKey();
      localStorage.setItem(key, JSON.stringify({ version: 2, data: { kept: tick(1) } }));
      let writes = 0;
      const original = Storage.prototype.setItem;
      const undoRead = replaceStorage('getItem', () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      const undoWrite = replaceStorage('setItem', function (this: Storage, k: string, v: string) {
        writes++;
        original.call(this, k, v);
      });
      try {
        const warnings: string[] = [];
        const record = storedRecord(key, checklistSpec, (m) => warnings.push(m));
        expect(record.get()).to.deep.equal({});
        record.set({ a: tick(2) });
        expect(record.get()).to.deep.equal({ a: tick(2) });
        expect(writes).to.equal(0);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('insecure');
      } finally {
        undoRead();
        undoWrite();
      }
      expect(raw(key).data).to.deep.equal({ kept: tick(1) });
    });

    it('storage full: keeps the change in memory for every handle on the key, one warning each', () => {
      const key = freshKey();
      const undo = replaceStorage('setItem', () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      try {
        const warnOne: string[] = [];
        const warnTwo: string[] = [];
        const one = storedRecord(key, checklistSpec, (m) => warnOne.push(m));
        const two = storedRecord(key, checklistSpec, (m) => warnTwo.push(m));
        two.subscribe(() => {});
        one.set({ a: tick(1) });
        one.set((c) => ({ ...c, b: tick(2) }));
        expect(two.get()).to.deep.equal({ a: tick(1), b: tick(2) });
        expect(warnOne).to.have.length(1);
        expect(warnOne[0]).to.include('quota');
        expect(warnTwo).to.have.length(1);
      } finally {
        undo();
      }
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('storage that cannot be reached at all (the localStorage getter throws)', () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      const sessionDescriptor = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      try {
        const warnings: string[] = [];
        const record = storedRecord(freshKey(), checklistSpec, (m) => warnings.push(m));
        record.set({ a: tick(1) });
        expect(record.get()).to.deep.equal({ a: tick(1) });
        expect(warnings).to.have.length(1);
        expect(forgetStoredData()).to.equal(0);
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
        Object.defineProperty(window, 'sessionStorage', sessionDescriptor);
      }
    });

    it('forgetting never throws, even when removing fails', () => {
      localStorage.setItem(checklistKey('stuck'), '1');
      const original = Storage.prototype.removeItem;
      Storage.prototype.removeItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        expect(forgetStoredData()).to.equal(0);
      } finally {
        Storage.prototype.removeItem = original;
      }
      expect(forgetStoredData()).to.equal(1);
    });
  });

  describe('other tabs (the storage event)', () => {
    it('merges per item: a change made here and one made there at the same moment both survive, and the union is saved', () => {
      const key = freshKey();
      const record = storedRecord(key, checklistSpec);
      const heard: ChecklistTicks[] = [];
      record.subscribe((v) => heard.push(v));
      record.set({ a: tick(100) });
      // The other tab wrote without having seen "a" yet.
      otherTabWrites(key, JSON.stringify({ version: 2, data: { b: tick(101) } }));
      expect(record.get()).to.deep.equal({ a: tick(100), b: tick(101) });
      expect(heard).to.deep.equal([{ a: tick(100), b: tick(101) }]);
      expect(raw(key).data).to.deep.equal({ a: tick(100), b: tick(101) });
    });

    it('lets the later change to one item win, whichever arrives last', () => {
      const key = freshKey();
      const record = storedRecord(key, checklistSpec);
      record.subscribe(() => {});
      record.set({ a: tick(200) });
      otherTabWrites(key, JSON.stringify({ version: 2, data: { a: tick(300, false) } }));
      expect(record.get().a).to.deep.equal(tick(300, false));
      // An older tick arriving late changes nothing, and this page saves what it knows.
      otherTabWrites(key, JSON.stringify({ version: 2, data: { a: tick(250) } }));
      expect(record.get().a).to.deep.equal(tick(300, false));
      expect(raw(key).data.a).to.deep.equal(tick(300, false));
    });

    it('forgets when the other tab removes the value or clears storage, and ignores unreadable or unrelated writes', () => {
      const key = freshKey();
      const record = storedRecord(key, checklistSpec);
      let heard = 0;
      record.subscribe(() => heard++);
      record.set({ a: tick(1) });
      otherTabWrites(key, '{not json');
      otherTabWrites('someone-else', '1');
      expect(record.get()).to.deep.equal({ a: tick(1) });
      expect(heard).to.equal(0);
      otherTabWrites(key, null);
      expect(record.get()).to.deep.equal({});
      expect(heard).to.equal(1);
      record.set((v) => ({ ...v, b: tick(2) }));
      localStorage.clear();
      window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
      expect(record.get()).to.deep.equal({});
      expect(heard).to.equal(2);
      localStorage.removeItem('someone-else');
    });

    it('reads afresh, merged, when it starts following again after nobody followed', () => {
      const key = freshKey();
      const record = storedRecord(key, checklistSpec);
      const stop = record.subscribe(() => {});
      record.set({ a: tick(1) });
      stop();
      otherTabWrites(key, JSON.stringify({ version: 2, data: { a: tick(1), b: tick(2) } }));
      record.subscribe(() => {});
      expect(record.get()).to.deep.equal({ a: tick(1), b: tick(2) });
    });

    it('mergeItems is order-independent and idempotent, ties settled the same way everywhere', () => {
      const x: ItemMap<boolean> = { a: tick(1), b: tick(5, false), c: tick(7) };
      const y: ItemMap<boolean> = { a: tick(2, false), b: tick(4), d: tick(3), c: tick(7, false) };
      expect(mergeItems(x, y)).to.deep.equal(mergeItems(y, x));
      expect(mergeItems(x, y)).to.deep.equal({ a: tick(2, false), b: tick(5, false), c: tick(7), d: tick(3) });
      expect(mergeItems(mergeItems(x, y), y)).to.deep.equal(mergeItems(x, y));
    });

    it('positions: the later save wins', () => {
      const merge = positionSpec.merge!;
      const early = { time: 1, speed: 1, at: 1 };
      const late = { time: 9, speed: 1.5, at: 2 };
      expect(merge(early, late)).to.equal(late);
      expect(merge(late, early)).to.equal(late);
      expect(merge(null, early)).to.equal(early);
    });
  });

  describe('forgetStoredData()', () => {
    it('deletes every key of the library (old and new formats, every element), keeps other keys, and tells live records', () => {
      const key = freshKey();
      const record = storedRecord(key, checklistSpec);
      let heard = 0;
      record.subscribe(() => heard++);
      record.set({ a: tick(1) });
      localStorage.setItem(checklistKey(), JSON.stringify({ version: 1, checked: ['shorter-easier-runs'] }));
      localStorage.setItem(positionKey('clip.webm'), JSON.stringify({ version: 1, time: 3, speed: 1 }));
      localStorage.setItem('knee-advice:run-log', '[]');
      sessionStorage.setItem('knee-advice:v1:anything', '1');
      localStorage.setItem('clinic-own-key', 'keep me');
      expect(forgetStoredData()).to.equal(5);
      expect(Object.keys(localStorage)).to.deep.equal(['clinic-own-key']);
      expect(sessionStorage.length).to.equal(0);
      expect(record.get()).to.deep.equal({});
      expect(heard).to.equal(1);
      expect(localStorage.getItem(key), 'forgetting writes nothing back').to.equal(null);
      localStorage.removeItem('clinic-own-key');
    });

    it('is exported from the package entry', async () => {
      const entry = await import('../src/index.js');
      expect(entry.forgetStoredData).to.equal(forgetStoredData);
    });
  });

  describe('problems(): why storage does not hold the value, for an element to say so in its own words', () => {
    it('names each cause while it lasts, and none once storage holds the value again', () => {
      const key = freshKey();
      localStorage.setItem(key, '{broken');
      const record = storedRecord(key, checklistSpec);
      expect(record.problems()).to.deep.equal(['corrupt']);
      const undo = replaceStorage('setItem', () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      try {
        record.set({ a: tick(1) });
        expect(record.problems()).to.have.members(['corrupt', 'full']);
      } finally {
        undo();
      }
      record.set((v) => ({ ...v, b: tick(2) }));
      expect(record.problems()).to.deep.equal([]);
      expect(Object.keys(raw(key).data)).to.deep.equal(['a', 'b']);
      otherTabWrites(key, JSON.stringify({ version: 99, data: {} }));
      record.set({ c: tick(3) });
      expect(record.problems()).to.deep.equal(['future']);
      const undoRead = replaceStorage('getItem', () => {
        throw new DOMException('blocked', 'SecurityError');
      });
      try {
        const other = storedRecord(freshKey(), checklistSpec);
        expect(other.problems()).to.deep.equal(['blocked']);
      } finally {
        undoRead();
      }
    });
  });
});

describe('LatestIntent (src/internal/latest.ts)', () => {
  it('keeps only the latest intent current, aborting the ones before it', () => {
    const latest = new LatestIntent();
    const first = latest.begin();
    expect(first.current).to.be.true;
    const second = latest.begin();
    expect(first.current).to.be.false;
    expect(first.signal.aborted).to.be.true;
    expect(second.current).to.be.true;
    latest.cancel();
    expect(second.current).to.be.false;
    latest.cancel();
  });
});
