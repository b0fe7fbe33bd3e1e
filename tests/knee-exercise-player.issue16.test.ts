import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './define-all.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { positionKey } from '../src/components/knee-exercise-player/position-store.js';
import { forgetStoredData } from '../src/internal/storage.js';
import { strings } from '../src/internal/strings.js';
import { SAMPLE as MEDIA } from '../content/sample/fixtures.js';
import { captureConsole, failOnUnhandledRejections } from './helpers.js';

// Issue 16's player points, each with a test that fails on the player before it.
const { webm: SAMPLE, chapters: CHAPTERS } = MEDIA;
/** The sample clip from a simple static server without HTTP Range support (tests/node/media-middleware.mjs). */
const NO_RANGE = '/no-range/content/sample/sample.webm';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const v2 = (time: number, speed = 1, at = 1) => JSON.stringify({ version: 2, data: { time, speed, at } });
const buttons = (el: KneeExercisePlayer) => [...el.shadowRoot!.querySelectorAll('button')];
const offer = (el: KneeExercisePlayer) =>
  buttons(el)
    .map((b) => b.textContent!.trim())
    .find((text) => text.startsWith('Resume from'));
const metadataRead = (el: KneeExercisePlayer) =>
  waitUntil(() => el.video!.readyState >= HTMLMediaElement.HAVE_METADATA, 'the video’s metadata is read', {
    timeout: 5000,
  });
const videoRequests = async () =>
  ((await executeServerCommand('media-requests')) as { path: string }[]).filter((r) => /\.(webm|mp4)$/.test(r.path));

describe('<knee-exercise-player>: issue 16', () => {
  failOnUnhandledRejections();
  const undo: (() => void)[] = [];
  beforeEach(async () => {
    forgetStoredData();
    localStorage.clear();
    await executeServerCommand('media-requests-clear');
  });
  afterEach(() => {
    undo.splice(0).forEach((f) => f());
    document.querySelectorAll('knee-exercise-player').forEach((p) => p.video?.pause());
    forgetStoredData();
  });
  const logged = () => {
    const log = captureConsole();
    undo.push(log.restore);
    return log;
  };

  describe('5. only a position inside the video is offered, once its length is known', () => {
    it('an 18-second video offers no 1:23:20 and no 2.8e296 hours, and keeps them stored untouched', async () => {
      for (const [name, time] of [
        ['far', 5000],
        ['absurd', 1e300],
        ['at-the-end', 17.8],
      ] as const) {
        localStorage.setItem(positionKey(name), v2(time));
        const el = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player persist storage-key=${name} src=${SAMPLE}></knee-exercise-player>`,
        );
        await metadataRead(el);
        await el.updateComplete;
        expect(el.video!.duration, name).to.be.closeTo(18, 0.1);
        expect(offer(el), name).to.equal(undefined);
        expect(localStorage.getItem(positionKey(name)), name).to.equal(v2(time));
      }
    });

    it('waits for the video’s length before offering, reading only the metadata (no offer before it is known)', async () => {
      localStorage.setItem(positionKey('inside'), v2(12));
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player persist storage-key="inside" src=${SAMPLE}></knee-exercise-player>`,
      );
      expect(el.video!.readyState, 'the length is not known yet').to.equal(HTMLMediaElement.HAVE_NOTHING);
      expect(offer(el), 'nothing offered before the length is known').to.equal(undefined);
      expect(el.video!.preload, 'a kept position asks for the metadata').to.equal('metadata');
      await metadataRead(el);
      await el.updateComplete;
      expect(offer(el)).to.equal('Resume from 0:12');
      expect(el.video!.paused, 'reading the metadata plays nothing').to.be.true;
    });

    it('with persist but nothing kept, still not one byte of video before Play', async () => {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player persist storage-key="nothing-kept" src=${SAMPLE}></knee-exercise-player>`,
      );
      await sleep(300);
      expect(el.video!.preload).to.equal('none');
      expect(await videoRequests()).to.deep.equal([]);
    });
  });

  describe('6. a video server without HTTP Range support', () => {
    it('is detected: the player says the video cannot be navigated, the console says why, and nothing is offered', async () => {
      localStorage.setItem(positionKey('no-range'), v2(9));
      const log = logged();
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player persist storage-key="no-range" src=${NO_RANGE} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await metadataRead(el);
      await el.updateComplete;
      expect(el.video!.seekable.end(0), 'the browser cannot seek: seekable is [0, 0]').to.equal(0);
      expect(offer(el), 'no "Resume from" that would land at 0:00').to.equal(undefined);
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.include(strings.player.notNavigable);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!.disabled).to.be.true;
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include(NO_RANGE).and.include('Range requests');
    });

    it('never replaces a kept position with one reached in it; a step does not send it back to 0:00', async () => {
      localStorage.setItem(positionKey('no-range-kept'), v2(9));
      logged();
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player persist storage-key="no-range-kept" src=${NO_RANGE} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await waitUntil(() => el.steps.length === 3, 'steps read');
      await el.play();
      await waitUntil(() => el.video!.currentTime > 1.2, 'playing', { timeout: 8000, interval: 20 });
      el.goToStep(2);
      expect(el.video!.currentTime, 'still where it was, not at 0:00').to.be.above(1.2);
      const paused = oneEvent(el, 'knee-exercise-pause');
      el.pause();
      await paused;
      el.speed = 1.25;
      await el.updateComplete;
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      el.remove();
      await sleep(50);
      expect(localStorage.getItem(positionKey('no-range-kept'))).to.equal(v2(9));
    });

    it('the same clip from a server with Range support is navigable, with no note and no warning', async () => {
      localStorage.setItem(positionKey('with-range'), v2(9));
      const log = logged();
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player persist storage-key="with-range" src=${SAMPLE}></knee-exercise-player>`,
      );
      await metadataRead(el);
      await el.updateComplete;
      expect(offer(el)).to.equal('Resume from 0:09');
      expect(el.shadowRoot!.textContent).not.to.include(strings.player.notNavigable);
      expect(log.warnings).to.deep.equal([]);
    });
  });

  describe('12. two players do not talk over each other', () => {
    const playing = (el: KneeExercisePlayer) => !el.video!.paused;
    async function start(el: KneeExercisePlayer) {
      await el.play();
      await waitUntil(() => el.video!.currentTime > 0.1, 'playing', { timeout: 8000, interval: 20 });
    }
    /** Two players, the first with `allow-overlap` when asked. */
    const pair = async (firstAllowsOverlap = false) => {
      const box = await fixture<HTMLElement>(html`<div>
        <knee-exercise-player src=${SAMPLE} ?allow-overlap=${firstAllowsOverlap}></knee-exercise-player>
        <knee-exercise-player src=${MEDIA.mp4}></knee-exercise-player>
      </div>`);
      return [...box.querySelectorAll('knee-exercise-player')];
    };

    it('starting one pauses the other (with its pause event)', async () => {
      const [one, two] = await pair();
      await start(one);
      const paused = oneEvent(one, 'knee-exercise-pause');
      await start(two);
      await paused;
      expect([playing(one), playing(two)]).to.deep.equal([false, true]);
      await start(one);
      expect([playing(one), playing(two)]).to.deep.equal([true, false]);
    });

    it('pauses a player inside <knee-advice> (another shadow root) too', async () => {
      const box = await fixture<HTMLElement>(html`<div>
        <knee-advice video-src=${SAMPLE}></knee-advice>
        <knee-exercise-player src=${MEDIA.mp4}></knee-exercise-player>
      </div>`);
      const advice = box.querySelector<KneeAdvice>('knee-advice')!;
      await waitUntil(() => advice.shadowRoot!.querySelector('knee-exercise-player')?.hasUpdated, 'inner player');
      const inner = advice.shadowRoot!.querySelector('knee-exercise-player')!;
      const outer = box.querySelector('knee-exercise-player')!;
      await start(inner);
      await start(outer);
      await waitUntil(() => !playing(inner), 'the inner player paused');
      expect(playing(outer)).to.be.true;
    });

    it('allow-overlap opts out, both ways: that player is not paused, and starting it pauses no other', async () => {
      const [free, plain] = await pair(true);
      expect(free.allowOverlap).to.be.true;
      await start(free);
      await start(plain);
      await sleep(100);
      expect([playing(free), playing(plain)], 'the allow-overlap player plays on').to.deep.equal([true, true]);
      free.pause();
      await start(free);
      await sleep(100);
      expect([playing(free), playing(plain)], 'starting it paused no other').to.deep.equal([true, true]);
    });
  });
});
