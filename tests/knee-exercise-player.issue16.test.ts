import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cannot, emulateMedia, setViewport } from './engine.js';
import './define-all.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { positionKey } from '../src/components/knee-exercise-player/position-store.js';
import { forgetStoredData } from '../src/internal/storage.js';
import { strings } from '../src/internal/strings.js';
import { SAMPLE as MEDIA } from '../content/sample/fixtures.js';
import { captureConsole, failOnUnhandledRejections } from './helpers.js';

// Issue 16's player points, each with a test that fails on the player before it.
const { webm: SAMPLE, chapters: CHAPTERS, captions: CAPTIONS } = MEDIA;
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
    // Firefox and WebKitGTK seek in such a video all the same (they keep the whole file): nothing to detect there.
    const SEEKS = 'a video from a server without Range support is seekable here';
    it('is detected: the player says the video cannot be navigated, the console says why, and nothing is offered', async () => {
      if (await cannot(['firefox', 'webkit'], SEEKS)) return;
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
      if (await cannot(['firefox', 'webkit'], SEEKS)) return;
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

  describe('13. the player on paper and with many steps', () => {
    /** What shows when printed: each visible text of the player, in order. */
    async function printed(el: KneeExercisePlayer, check: () => void | Promise<void> = () => {}) {
      await emulateMedia({ media: 'print' });
      try {
        const texts: string[] = [];
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode.textContent!.trim();
          if (text && walker.currentNode.parentElement!.getClientRects().length) texts.push(text);
        }
        await check();
        return texts;
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    }
    const cueTexts = async () =>
      [...(await (await fetch(CAPTIONS)).text()).matchAll(/-->.*\n(.+)/g)].map((m) => m[1].trim());

    it('a transcript that was not opened prints no "Transcript" line; an opened one prints every line, uncut', async () => {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src=${SAMPLE} captions=${CAPTIONS} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await waitUntil(() => el.steps.length === 3 && el.shadowRoot!.querySelector('details.transcript'), 'tracks read');
      await el.updateComplete;
      const closed = await printed(el);
      expect(closed).to.include('Glutes');
      expect(closed).not.to.include('Transcript');
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.transcript')!;
      details.open = true;
      const lines = await cueTexts();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part=cue]').length === lines.length, 'lines made');
      const list = details.querySelector('ol')!;
      const open = await printed(el, () => {
        expect(list.scrollHeight, 'no line cut off by the scrolling box').to.be.at.most(list.clientHeight + 1);
      });
      expect(open).to.include('Transcript');
      for (const line of lines) expect(open, line).to.include(line);
    });

    it('an opened transcript still being made (10,000 lines) is printed whole', async function () {
      this.timeout(30000); // thousands of lines: slow on a busy machine
      const at = (s: number) => new Date(s * 1000).toISOString().slice(11, 23);
      const cues = Array.from({ length: 10000 }, (_, i) => `${at(i * 0.18)} --> ${at((i + 1) * 0.18)}\nLine ${i + 1}`);
      const captions = URL.createObjectURL(new Blob([`WEBVTT\n\n${cues.join('\n\n')}\n`], { type: 'text/vtt' }));
      try {
        const el = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player src=${SAMPLE} captions=${captions}></knee-exercise-player>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('details.transcript'), 'transcript');
        const list = el.shadowRoot!.querySelector('details.transcript ol')!;
        // Right after the first slice of lines (a mutation record comes before the next task), print.
        const madeWhenPrinted = new Promise<[number, number]>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            const before = list.children.length;
            window.dispatchEvent(new Event('beforeprint'));
            resolve([before, list.children.length]);
          });
          observer.observe(list, { childList: true });
        });
        el.shadowRoot!.querySelector<HTMLDetailsElement>('details.transcript')!.open = true;
        const [before, after] = await madeWhenPrinted;
        expect(before, 'still being made a slice at a time').to.be.within(1, 9999);
        expect(after).to.equal(10000);
        el.remove(); // here, within this test's time, rather than in the shared clean-up
      } finally {
        URL.revokeObjectURL(captions);
      }
    });

    it('300 steps at 320 px: the list scrolls inside itself, keeps the current step in view, and prints whole', async function () {
      this.timeout(30000); // 300 buttons and an axe run over them: slow on a busy machine
      const cues = Array.from({ length: 300 }, (_, i) => {
        const at = (s: number) => `00:00:${s.toFixed(3).padStart(6, '0')}`;
        return `${at(i * 0.06)} --> ${at((i + 1) * 0.06)}\nStep number ${i + 1}`;
      });
      const chapters = URL.createObjectURL(new Blob([`WEBVTT\n\n${cues.join('\n\n')}\n`], { type: 'text/vtt' }));
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player src=${SAMPLE} chapters=${chapters}></knee-exercise-player>`,
        );
        await waitUntil(() => el.steps.length === 300, 'steps read');
        await el.updateComplete;
        const list = el.shadowRoot!.querySelector<HTMLElement>('[part=step-list]')!;
        const height = el.getBoundingClientRect().height;
        expect(height, 'the whole player, not a 26,000 px list').to.be.below(1400);
        expect(list.scrollHeight, 'the steps scroll inside the list').to.be.above(list.clientHeight * 5);
        expect(getComputedStyle(list).overflowY).to.equal('auto');
        const pageScroll = document.scrollingElement!.scrollTop;
        el.goToStep(250);
        await el.updateComplete;
        const current = el.shadowRoot!.querySelector('[part=step][aria-current]')!;
        expect(current.textContent).to.include('Step number 251');
        const [item, box] = [current.getBoundingClientRect(), list.getBoundingClientRect()];
        expect(item.top, 'the current step is in view in the list').to.be.at.least(box.top - 1);
        expect(item.bottom).to.be.at.most(box.bottom + 1);
        expect(document.scrollingElement!.scrollTop, 'the page did not scroll').to.equal(pageScroll);
        const onPaper = await printed(el, () => {
          expect(list.scrollHeight, 'every step on paper').to.be.at.most(list.clientHeight + 1);
        });
        expect(onPaper).to.include('Step number 1').and.include('Step number 300');
        await expect(el).to.be.accessible();
      } finally {
        URL.revokeObjectURL(chapters);
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('14. nothing moves when the steps arrive (prerendered: tests/prerender.test.ts)', () => {
    it('while the chapters file is on its way, the steps area stands empty at its final size', async () => {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src=${SAMPLE} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      expect(el.steps, 'the file is still on its way').to.deep.equal([]);
      const list = el.shadowRoot!.querySelector<HTMLElement>('[part=step-list]')!;
      expect(list.getAttribute('aria-busy')).to.equal('true');
      const before = el.getBoundingClientRect().height;
      await waitUntil(() => el.steps.length === 3, 'steps read');
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(before);
      const filled = el.shadowRoot!.querySelector<HTMLElement>('[part=step-list]')!;
      expect(filled.hasAttribute('aria-busy')).to.be.false;
      expect(filled.querySelectorAll('[part=step]')).to.have.length(3);
    });

    it('a clinic sets the height of the list; a longer list scrolls inside it', async () => {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player style="--knee-step-list-height: 10em" src=${SAMPLE} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await waitUntil(() => el.steps.length === 3, 'steps read');
      await el.updateComplete;
      const list = el.shadowRoot!.querySelector<HTMLElement>('[part=step-list]')!;
      expect(list.clientHeight).to.equal(160);
      expect(list.scrollHeight, 'three steps fit in 10em').to.equal(list.clientHeight);
      el.style.setProperty('--knee-step-list-height', '5em');
      expect(list.scrollHeight).to.be.above(list.clientHeight);
    });
  });
});
