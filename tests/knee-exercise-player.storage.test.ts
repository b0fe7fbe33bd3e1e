import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define-all.js';
import { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import type { KneeExerciseErrorDetail } from '../src/index.js';
import { forgetStoredData } from '../src/internal/storage.js';
import { positionKey } from '../src/components/knee-exercise-player/position-store.js';
import { SAMPLE as MEDIA } from '../content/sample/fixtures.js';
import { captureConsole, failOnUnhandledRejections } from './helpers.js';

const SAMPLE = MEDIA.webm;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const resumeButton = (el: KneeExercisePlayer) =>
  [...el.shadowRoot!.querySelectorAll('button')]
    .find((b) => /^Resume from/.test(b.textContent!.trim()))
    ?.textContent!.trim();
/** What "Resume from" offers once the player could check the kept position against the video's length (a kept position makes it read the video's metadata). */
async function offerOf(el: KneeExercisePlayer) {
  await el.updateComplete;
  await waitUntil(() => el.video!.preload === 'none' || el.video!.readyState >= 1, 'metadata read', { timeout: 5000 });
  await el.updateComplete;
  return resumeButton(el);
}
const raw = (key: string) => localStorage.getItem(key);
const v2 = (time: number, speed = 1, at = 1) => JSON.stringify({ version: 2, data: { time, speed, at } });

/** Plays from `from` until the video is a little further on, then pauses (as a person would). */
async function playAndPause(el: KneeExercisePlayer, from = 0) {
  el.video!.currentTime = from;
  await el.play();
  await waitUntil(() => el.video!.currentTime > from + 0.3, 'playing', { timeout: 8000, interval: 20 });
  const paused = oneEvent(el, 'knee-exercise-pause');
  el.pause();
  await paused;
  await sleep(0); // the player saves in its own pause listener, after the event's
}

/** Replaces a Storage method until `undo()`; `keys` lists the keys it was called with. */
function replaceStorage(method: 'getItem' | 'setItem', impl?: (key: string) => never) {
  const original = Storage.prototype[method] as (this: Storage, ...args: string[]) => string | null;
  const keys: string[] = [];
  (Storage.prototype as unknown as Record<string, unknown>)[method] = function (this: Storage, ...args: string[]) {
    keys.push(args[0]);
    return impl ? impl(args[0]) : original.apply(this, args);
  };
  return {
    keys,
    /** The calls for knee-advice keys. */
    ours: () => keys.filter((k) => k.startsWith('knee-advice:')),
    undo: () => ((Storage.prototype as unknown as Record<string, unknown>)[method] = original),
  };
}

const pagehide = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));

describe('<knee-exercise-player> and storage (issue 8)', () => {
  failOnUnhandledRejections();
  const undo: (() => void)[] = [];
  beforeEach(() => {
    forgetStoredData();
    localStorage.clear();
  });
  afterEach(() => {
    undo.splice(0).forEach((f) => f());
    document.querySelectorAll('knee-exercise-player').forEach((p) => p.video?.pause());
    forgetStoredData();
  });
  /** Spies on writes for the rest of the test. */
  const spyWrites = () => {
    const spy = replaceStorage('setItem');
    undo.push(spy.undo);
    return spy;
  };
  const logged = () => {
    const log = captureConsole();
    undo.push(log.restore);
    return log;
  };

  it('reads today’s version-1 position: offers "Resume from 0:12" at 0.75×, writes nothing until played, then saves version 2', async () => {
    const key = positionKey(SAMPLE);
    const today = JSON.stringify({ version: 1, time: 12, speed: 0.75 });
    localStorage.setItem(key, today);
    const writes = spyWrites();
    const el = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player persist src=${SAMPLE}></knee-exercise-player>`,
    );
    expect(el.speed).to.equal(0.75);
    expect(el.video!.playbackRate).to.equal(0.75);
    expect(await offerOf(el)).to.equal('Resume from 0:12');
    pagehide();
    await sleep(50);
    expect(writes.ours(), 'opening, migrating and leaving write nothing').to.deep.equal([]);
    expect(raw(key)).to.equal(today);
    await playAndPause(el, 2);
    const saved = JSON.parse(raw(key)!);
    expect(saved.version).to.equal(2);
    expect(saved.data.speed).to.equal(0.75);
    expect(saved.data.time).to.be.within(2, 3);
    expect(saved.data.at).to.be.closeTo(Date.now(), 10000);
  });

  it('storage that throws on read: one warning, no offer, the video plays, and nothing is written over what could not be read', async () => {
    const key = positionKey('reading-throws');
    localStorage.setItem(key, v2(9));
    const log = logged();
    const reading = replaceStorage('getItem', () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    undo.push(reading.undo);
    const writes = spyWrites();
    const el = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player persist storage-key="reading-throws" src=${SAMPLE}></knee-exercise-player>`,
    );
    expect(await offerOf(el)).to.equal(undefined);
    await playAndPause(el, 4);
    pagehide();
    el.remove();
    expect(writes.ours()).to.deep.equal([]);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.include('cannot use saved progress').and.include(key);
    reading.undo(); // reading works again
    expect(raw(key)).to.equal(v2(9));
  });

  it('storage that throws on write (full): one warning, the video plays on, what was kept stays, and the page keeps the position in memory', async () => {
    const key = positionKey('full');
    localStorage.setItem(key, v2(9));
    const log = logged();
    const el = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player persist storage-key="full" src=${SAMPLE}></knee-exercise-player>`,
    );
    expect(await offerOf(el)).to.equal('Resume from 0:09');
    const writes = replaceStorage('setItem', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    undo.push(writes.undo);
    await playAndPause(el, 5);
    expect(writes.ours().length, 'it tried').to.be.greaterThan(0);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.include('cannot save progress').and.include(key);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim()).to.equal('');
    expect(raw(key)).to.equal(v2(9));
    const second = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player persist storage-key="full" src=${SAMPLE}></knee-exercise-player>`,
    );
    expect(await offerOf(second), 'a second player on the page gets the position kept in memory').to.equal(
      'Resume from 0:05',
    );
  });

  it('corrupt data: one warning, no offer, and replaced at the first save after playing', async () => {
    for (const [name, corrupt] of [
      ['not-json', '{"version":2,"data":'],
      ['bad-shape', JSON.stringify({ version: 2, data: { time: 'soon', speed: 1, at: 1 } })],
      ['bad-v1', JSON.stringify({ version: 1, time: -3, speed: 1 })],
    ]) {
      const key = positionKey(name);
      localStorage.setItem(key, corrupt);
      const log = logged();
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player persist storage-key=${name} src=${SAMPLE}></knee-exercise-player>`,
      );
      expect(await offerOf(el), name).to.equal(undefined);
      expect(el.speed, name).to.equal(1);
      expect(log.warnings, name).to.have.length(1);
      expect(log.warnings[0], name).to.include('not readable');
      expect(raw(key), `${name}: kept until the person plays`).to.equal(corrupt);
      await playAndPause(el, 3);
      expect(JSON.parse(raw(key)!).data.time, name).to.be.within(3, 4);
      undo.pop()!();
    }
  });

  it('data of a future version: one warning, no offer, and never overwritten (not by playing, pausing, changing speed or leaving)', async () => {
    const key = positionKey('future');
    const future = JSON.stringify({ version: 3, data: { time: 30, speed: 2, at: 1, chapters: [1, 2] } });
    localStorage.setItem(key, future);
    const log = logged();
    const writes = spyWrites();
    const el = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player persist storage-key="future" src=${SAMPLE}></knee-exercise-player>`,
    );
    expect(await offerOf(el)).to.equal(undefined);
    expect(el.speed).to.equal(1);
    await playAndPause(el, 6);
    el.speed = 1.25;
    await el.updateComplete;
    pagehide();
    el.remove();
    expect(writes.ours()).to.deep.equal([]);
    expect(raw(key)).to.equal(future);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.include('newer version');
  });

  it('writes nothing to storage without persist, ever: not on play, speed, time, pagehide, a new storage-key, removal, nor after persist is turned off', async () => {
    const writes = spyWrites();
    const el = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player storage-key="no-persist" src=${SAMPLE}></knee-exercise-player>`,
    );
    el.speed = 1.5;
    await el.updateComplete;
    await playAndPause(el, 2);
    el.video!.currentTime = 12; // more than 5 s on: a timed save would happen with persist
    await el.play();
    await waitUntil(() => el.video!.currentTime > 12.3, 'playing');
    el.storageKey = 'another';
    await el.updateComplete;
    pagehide();
    el.pause();
    el.remove();
    await sleep(50);
    expect(writes.ours(), 'never with persist off').to.deep.equal([]);

    const on = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player persist storage-key="turned-off" src=${SAMPLE}></knee-exercise-player>`,
    );
    await playAndPause(on, 2);
    expect(writes.ours().length, 'saves with persist').to.be.greaterThan(0);
    const before = raw(positionKey('turned-off'));
    writes.keys.length = 0;
    await on.play();
    on.persist = false; // while playing
    await on.updateComplete;
    on.speed = 0.5;
    await on.updateComplete;
    await waitUntil(() => on.video!.currentTime > 2.6, 'playing');
    const paused = oneEvent(on, 'knee-exercise-pause');
    on.pause();
    await paused;
    pagehide();
    on.remove();
    await sleep(50);
    expect(writes.ours(), 'nothing once persist is off').to.deep.equal([]);
    expect(raw(positionKey('turned-off'))).to.equal(before);
  });

  it('a new storage-key loads that key’s position and writes nothing until the person plays; nothing is carried into it', async () => {
    const [a, b, c] = ['patient-a', 'patient-b', 'patient-c'].map(positionKey);
    localStorage.setItem(a, v2(9));
    localStorage.setItem(b, v2(14, 1.25));
    const el = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player persist storage-key="patient-a" src=${SAMPLE}></knee-exercise-player>`,
    );
    expect(await offerOf(el)).to.equal('Resume from 0:09');
    await playAndPause(el, 3);
    const savedA = raw(a);
    expect(JSON.parse(savedA!).data.time).to.be.within(3, 4);

    const writes = spyWrites();
    el.storageKey = 'patient-b';
    await el.updateComplete;
    expect(await offerOf(el), 'B’s own position').to.equal('Resume from 0:14');
    expect(el.speed, 'B’s own speed').to.equal(1.25);
    el.speed = 1; // a change of speed is no play
    await el.updateComplete;
    pagehide();
    el.storageKey = 'patient-c';
    await el.updateComplete;
    expect(await offerOf(el), 'nothing kept under C: no offer, nothing carried over').to.equal(undefined);
    pagehide();
    await sleep(50);
    expect(writes.ours(), 'nothing written before the person plays').to.deep.equal([]);
    expect([raw(a), raw(b), raw(c)]).to.deep.equal([savedA, v2(14, 1.25), null]);

    await playAndPause(el, 7);
    expect(new Set(writes.ours())).to.deep.equal(new Set([c]));
    expect(JSON.parse(raw(c)!).data.time).to.be.within(7, 8);
    expect([raw(a), raw(b)]).to.deep.equal([savedA, v2(14, 1.25)]);
  });

  it('a new storage-key while playing saves the progress under the old key, and none under the new one until the person plays again', async () => {
    const el = await fixture<KneeExercisePlayer>(
      html`<knee-exercise-player persist storage-key="playing-a" src=${SAMPLE}></knee-exercise-player>`,
    );
    await playAndPause(el, 2);
    await el.play();
    await waitUntil(() => el.video!.currentTime > 2.6, 'playing');
    const writes = spyWrites();
    el.storageKey = 'playing-b';
    await el.updateComplete;
    await sleep(200);
    const paused = oneEvent(el, 'knee-exercise-pause');
    el.pause();
    await paused;
    expect(writes.ours()).to.deep.equal([positionKey('playing-a')]);
    expect(JSON.parse(raw(positionKey('playing-a'))!).data.time).to.be.above(2.6);
    expect(raw(positionKey('playing-b'))).to.equal(null);
  });

  it('follows other players with the same key, other tabs and forgetStoredData(): the offer changes without a reload', async () => {
    const key = positionKey('shared');
    const [one, two] = await Promise.all([
      fixture<KneeExercisePlayer>(
        html`<knee-exercise-player persist storage-key="shared" src=${SAMPLE}></knee-exercise-player>`,
      ),
      fixture<KneeExercisePlayer>(
        html`<knee-exercise-player persist storage-key="shared" src=${SAMPLE}></knee-exercise-player>`,
      ),
    ]);
    expect(await offerOf(two)).to.equal(undefined);
    await playAndPause(one, 6);
    await two.updateComplete;
    expect(await offerOf(two), 'the other player on the page').to.equal('Resume from 0:06');
    expect(await offerOf(one), 'not offered to the player that is being used').to.equal(undefined);

    const theirs = JSON.stringify({ version: 2, data: { time: 12, speed: 1.5, at: Date.now() + 1000 } });
    localStorage.setItem(key, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: theirs, storageArea: localStorage }));
    await two.updateComplete;
    expect(await offerOf(two), 'another tab').to.equal('Resume from 0:12');
    expect(two.speed).to.equal(1.5);
    expect(one.speed, 'the player in use keeps its speed').to.equal(1);

    const writes = spyWrites();
    forgetStoredData();
    await two.updateComplete;
    expect(await offerOf(two), 'forgotten').to.equal(undefined);
    pagehide();
    one.remove();
    await sleep(50);
    expect(writes.ours(), 'nothing saved again until the person plays again').to.deep.equal([]);
    expect(raw(key)).to.equal(null);
    await playAndPause(two, 4);
    expect(JSON.parse(raw(key)!).data.time).to.be.within(4, 5);
  });
});

/**
 * Holds the answers to requests for one file until `release()`: the delaying test middleware
 * (tests/node/delay-middleware.mjs). Not `.webm`: the media middleware answers those first.
 */
function heldFile(file: string) {
  const gate = `player-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const status = async () =>
    (await (await fetch(`/test-delay-status/${gate}`)).json()) as { arrived: number; served: number };
  return {
    url: `/test-delay/${gate}/${file}`,
    arrived: (count = 1) => waitUntil(async () => (await status()).arrived >= count, 'the requests reached the server'),
    release: () => fetch(`/test-delay-release/${gate}`),
  };
}

/** A slotted video whose only source the browser skips at once (a type it cannot play), so the player asks the server about it. */
const unplayable = (url: string) =>
  html`<knee-exercise-player><video preload="none"><source src=${url} type="video/x-knee-unplayable" /></video></knee-exercise-player>`;

const errors = (el: HTMLElement) => {
  const seen: string[] = [];
  el.addEventListener('knee-exercise-error', (e) =>
    seen.push((e as CustomEvent<KneeExerciseErrorDetail>).detail.reason),
  );
  return seen;
};

describe('<knee-exercise-player> diagnosis of a failed video: the latest intent wins (issue 8)', () => {
  failOnUnhandledRejections();
  afterEach(() => document.querySelectorAll('knee-exercise-player').forEach((p) => p.video?.pause()));

  it('an answer about the old source that arrives after the page swapped in another video shows nothing', async () => {
    const held = heldFile('no-such-video.clip');
    const el = await fixture<KneeExercisePlayer>(unplayable(held.url));
    const seen = errors(el);
    await held.arrived(1);
    // The page swaps in a video that works while the question about the old one is on its way.
    el.src = SAMPLE;
    el.querySelector('video')!.remove();
    await waitUntil(
      () => el.video?.classList.contains('own') && el.video.getAttribute('src') === SAMPLE,
      'the player’s own video in use',
    );
    // A second player asks about the same file: once it shows the answer, the first has had it too.
    const control = await fixture<KneeExercisePlayer>(unplayable(`${held.url}?control`));
    const controlSeen = errors(control);
    await held.arrived(2);
    await held.release();
    await waitUntil(() => controlSeen.includes('not-found'), 'the control player got the answer');
    await sleep(50);
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim()).to.equal('');
    await el.play();
    expect(el.video!.paused).to.be.false;
  });

  /**
   * Sends the player's questions (HEAD requests) to the held file instead, so a video that fails at once
   * (a 404 from the media server) waits for its diagnosis as long as the test wants. Returns the undo.
   */
  function holdQuestions(held: ReturnType<typeof heldFile>) {
    const original = window.fetch;
    let n = 0;
    window.fetch = (input, init) =>
      init?.method === 'HEAD' ? original(`${held.url}?${++n}`, init) : original(input, init);
    return () => (window.fetch = original);
  }

  it('an answer about the old src that arrives after src changed shows nothing', async () => {
    const held = heldFile('no-such-video.clip');
    const release = holdQuestions(held);
    try {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src="/test-media/missing.webm"></knee-exercise-player>`,
      );
      const seen = errors(el);
      void el.play();
      await held.arrived(1);
      el.src = SAMPLE;
      await el.updateComplete;
      const control = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src="/test-media/missing.webm?control"></knee-exercise-player>`,
      );
      const controlSeen = errors(control);
      void control.play();
      await held.arrived(2);
      await held.release();
      await waitUntil(() => controlSeen.includes('not-found'), 'the control player got the answer');
      await sleep(50);
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim()).to.equal('');
    } finally {
      release();
    }
  });

  it('moving the player in the page while the question is on its way is no new intent: the answer still shows', async () => {
    const held = heldFile('no-such-video-either.clip');
    const release = holdQuestions(held);
    try {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src="/test-media/missing.webm"></knee-exercise-player>`,
      );
      const seen = errors(el);
      void el.play();
      await held.arrived(1);
      const elsewhere = document.createElement('section');
      el.parentElement!.after(elsewhere);
      elsewhere.append(el);
      await held.release();
      await waitUntil(() => seen.includes('not-found'), 'the answer is shown after the move', { timeout: 3000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('could not be found');
      elsewhere.remove();
    } finally {
      release();
    }
  });
});
