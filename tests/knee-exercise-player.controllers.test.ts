import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define-all.js';
import { FailureController, isForeign } from '../src/components/knee-exercise-player/controllers/failures.js';
import { SEEK_STEP, SHORTCUTS, shortcutList } from '../src/components/knee-exercise-player/controllers/keyboard.js';
import {
  MediaController,
  type MediaListener,
  type PlayerHost,
} from '../src/components/knee-exercise-player/controllers/media.js';
import {
  boundaryAction,
  nextBoundary,
  stepAt,
  stepEnd,
  StepsController,
  type Clock,
  type StepsMedia,
} from '../src/components/knee-exercise-player/controllers/steps.js';
import { corsFor, TracksController } from '../src/components/knee-exercise-player/controllers/tracks.js';
import { cueAt, TranscriptController } from '../src/components/knee-exercise-player/controllers/transcript.js';
import { WakeLockController } from '../src/components/knee-exercise-player/controllers/wake-lock.js';
import type { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { strings } from '../src/internal/strings.js';
import { loadVtt, type Cue } from '../src/components/knee-exercise-player/vtt.js';
import { SAMPLE } from '../content/sample/fixtures.js';
import { captureConsole } from './helpers.js';

const STEPS: Cue[] = [
  { start: 0, end: 6, text: 'Glutes' },
  { start: 6, end: 12, text: 'Quads' },
  { start: 12, end: 18, text: 'Hamstrings' },
];
const off = { repeat: false, pauseAfter: false, pausedAtEndOf: -1 };

/** A host element with the ReactiveControllerHost methods the controllers use. */
function fakeHost(): PlayerHost & {
  controllers: { hostConnected?(): void; hostDisconnected?(): void; hostUpdated?(): void }[];
  updates: number;
  events: CustomEvent[];
} {
  const host = document.createElement('div') as unknown as ReturnType<typeof fakeHost>;
  host.attachShadow({ mode: 'open' });
  Object.assign(host, {
    controllers: [],
    updates: 0,
    events: [],
    hasUpdated: true,
    updateComplete: Promise.resolve(true),
  });
  host.addController = (c) => void host.controllers.push(c);
  host.removeController = () => {};
  host.requestUpdate = () => void host.updates++;
  for (const name of ['knee-exercise-step', 'knee-exercise-pause', 'knee-exercise-play', 'knee-exercise-error'])
    host.addEventListener(name, (e) => host.events.push(e as CustomEvent));
  return host;
}

/** Media without a video: time moves only when the fake clock ticks. */
function fakeMedia(): StepsMedia & { time: number; playing: boolean; rate: number; fire(type: string): void } {
  const listeners: MediaListener[] = [];
  return {
    time: 0,
    duration: 18,
    rate: 1,
    playing: false,
    seek(t: number) {
      this.time = t;
    },
    pause() {
      this.playing = false;
      this.fire('pause');
    },
    listen: (...ls: MediaListener[]) => void listeners.push(...ls),
    fire: (type: string) => listeners.filter(([t]) => t === type).forEach(([, fn]) => fn(new Event(type))),
  };
}

/** A fake clock: timers run only when the test ticks, and the media time moves with it. */
function fakeClock(media: ReturnType<typeof fakeMedia>): Clock & { tick(ms: number): void; pending(): number } {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn, ms) => (timers.set(++id, { at: now + ms, fn }), id),
    clearTimeout: (t) => void timers.delete(t as number),
    pending: () => timers.size,
    tick(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        const to = due ? due[1].at : end;
        if (media.playing) media.time += ((to - now) / 1000) * media.rate;
        now = to;
        if (!due) break;
        timers.delete(due[0]);
        due[1].fn();
      }
    },
  };
}

describe('player controllers', () => {
  describe('pure step logic', () => {
    it('stepAt finds the step at a time, -1 before the first', () => {
      expect([-1, 0, 5.99, 6, 11.9, 12, 30].map((t) => stepAt(STEPS, t))).to.deep.equal([-1, 0, 0, 1, 1, 2, 2]);
      expect(stepAt([{ start: 2, end: 3, text: '' }], 1)).to.equal(-1);
      expect(stepAt([], 3)).to.equal(-1);
    });

    it('stepEnd stops the last step at the video’s end', () => {
      expect(stepEnd(STEPS, 2, 17.5)).to.equal(17.5);
      expect(stepEnd(STEPS, 2, 0)).to.equal(18);
      expect(stepEnd(STEPS, 1, 10)).to.equal(12);
    });

    it('boundaryAction: pause once, then loop or nothing', () => {
      expect(boundaryAction(STEPS, 5.95, 18, off)).to.equal(null);
      expect(boundaryAction(STEPS, 5.95, 18, { ...off, pauseAfter: true })).to.equal('pause');
      expect(boundaryAction(STEPS, 5.5, 18, { ...off, pauseAfter: true })).to.equal(null);
      expect(boundaryAction(STEPS, 5.95, 18, { ...off, pauseAfter: true, pausedAtEndOf: 0 })).to.equal(null);
      expect(boundaryAction(STEPS, 5.95, 18, { ...off, repeat: true })).to.equal('loop');
      expect(boundaryAction(STEPS, 5.95, 18, { repeat: true, pauseAfter: true, pausedAtEndOf: 0 })).to.equal('loop');
      expect(boundaryAction(STEPS, -1, 18, { ...off, repeat: true })).to.equal(null);
    });

    it('nextBoundary: seconds of real time to the step’s end at the playback rate', () => {
      expect(nextBoundary(STEPS, 4.5, 18, 1, off)).to.equal(null);
      expect(nextBoundary(STEPS, 4.5, 18, 1, { ...off, repeat: true })).to.be.closeTo(1.42, 1e-9);
      expect(nextBoundary(STEPS, 4.5, 18, 0.5, { ...off, pauseAfter: true })).to.be.closeTo(2.84, 1e-9);
      expect(nextBoundary(STEPS, 4.5, 18, 0, { ...off, pauseAfter: true })).to.be.closeTo(1.42, 1e-9);
      expect(nextBoundary(STEPS, 5.99, 18, 1, { ...off, repeat: true })).to.equal(0);
      expect(nextBoundary(STEPS, 4.5, 18, 1, { ...off, pauseAfter: true, pausedAtEndOf: 0 })).to.equal(null);
    });
  });

  describe('StepsController (fake clock, no media)', () => {
    function setup() {
      const host = fakeHost();
      const media = fakeMedia();
      const clock = fakeClock(media);
      const steps = new StepsController(host, media, clock);
      steps.setSteps(STEPS);
      return { host, media, clock, steps };
    }

    it('pauses at the end of a step, on time, once; Play continues into the next', () => {
      const { host, media, clock, steps } = setup();
      steps.pauseAfter = true;
      media.time = 4.5;
      media.playing = true;
      media.fire('playing');
      clock.tick(1400);
      expect(media.playing).to.be.true;
      clock.tick(30);
      expect(media.playing).to.be.false;
      expect(media.time).to.be.closeTo(5.92, 0.001);
      expect(steps.announcement).to.equal('Paused at the end of step 1: Glutes. Press Play to continue.');
      media.playing = true;
      media.fire('playing');
      expect(clock.pending(), 'no second pause at the same end').to.equal(0);
      clock.tick(200);
      media.fire('timeupdate');
      expect(steps.current).to.equal(1);
      expect(host.events.filter((e) => e.type === 'knee-exercise-step').map((e) => e.detail.index)).to.deep.equal([
        0, 1,
      ]);
      expect(steps.announcement).to.equal('Step 2 of 3: Quads');
      clock.tick(5900);
      expect(media.playing, 'pauses again at the end of step 2').to.be.false;
    });

    it('repeats a step: back to its start at its end, at any speed', () => {
      const { media, clock, steps } = setup();
      steps.repeat = true;
      media.time = 8;
      media.rate = 0.5;
      media.playing = true;
      media.fire('playing');
      clock.tick(7800);
      expect(media.time).to.be.greaterThan(11.8);
      clock.tick(100);
      expect(media.time).to.be.closeTo(6.02, 0.05);
      expect(media.playing).to.be.true;
      expect(clock.pending()).to.equal(1);
    });

    it('with repeat and pause-after both on: pauses at the end and rewinds to the step’s start', () => {
      const { media, clock, steps } = setup();
      steps.repeat = true;
      steps.pauseAfter = true;
      media.time = 11;
      media.playing = true;
      media.fire('playing');
      clock.tick(1000);
      expect(media.playing).to.be.false;
      expect(media.time).to.equal(6);
      media.playing = true;
      media.fire('playing');
      clock.tick(6000);
      expect(media.playing, 'pauses again after the repetition').to.be.false;
      expect(media.time).to.equal(6);
    });

    it('clears its timer when the video pauses, when turned off and when the element leaves', () => {
      const { host, media, clock, steps } = setup();
      steps.repeat = true;
      media.time = 1;
      media.playing = true;
      media.fire('playing');
      expect(clock.pending()).to.equal(1);
      media.pause();
      expect(clock.pending()).to.equal(0);
      media.playing = true;
      media.fire('ratechange');
      expect(clock.pending()).to.equal(1);
      steps.repeat = false;
      expect(clock.pending()).to.equal(0);
      steps.repeat = true;
      host.controllers.forEach((c) => c.hostDisconnected?.());
      expect(clock.pending()).to.equal(0);
    });

    it('previous, next and the end of the video', () => {
      const { media, steps } = setup();
      media.time = 7;
      steps.previous();
      expect(media.time, 'within 2 s of the start: the step before').to.equal(0);
      media.time = 9;
      steps.previous();
      expect(media.time, 'later: this step’s start').to.equal(6);
      steps.next();
      steps.next();
      expect(media.time).to.equal(12);
      steps.goTo(7);
      expect(media.time).to.equal(12);
      let played = 0;
      expect(steps.loopAtEnd(() => played++)).to.be.false;
      steps.repeat = true;
      media.time = 18;
      expect(steps.loopAtEnd(() => played++)).to.be.true;
      expect([media.time, played]).to.deep.equal([12, 1]);
    });
  });

  describe('TracksController', () => {
    function deferred() {
      let resolve!: (cues: TextTrackCue[]) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<TextTrackCue[]>((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    }
    const cue = (text: string) => new VTTCue(0, 1, text);

    it('the latest address wins: a late answer for an older one is dropped and its load cancelled', async () => {
      const loads = new Map<string, ReturnType<typeof deferred> & { signal: AbortSignal }>();
      const loaded: string[] = [];
      const tracks = new TracksController(fakeHost(), {
        crossOrigin: () => undefined,
        loaded: (kind, cues) => loaded.push(`${kind}:${cues.map((c) => (c as VTTCue).text).join()}`),
        warn: () => {},
        load: (url, { signal } = {}) => {
          const d = deferred();
          loads.set(url, { ...d, signal: signal! });
          return d.promise;
        },
      });
      tracks.want('captions', 'old.vtt');
      tracks.want('captions', 'old.vtt');
      expect(loads.size, 'the same address twice is one request').to.equal(1);
      tracks.want('captions', 'new.vtt');
      expect(loads.get('old.vtt')!.signal.aborted).to.be.true;
      loads.get('new.vtt')!.resolve([cue('new')]);
      await Promise.resolve();
      loads.get('old.vtt')!.resolve([cue('old')]);
      await new Promise((r) => setTimeout(r));
      expect(tracks.captions).to.include({ url: 'new.vtt', status: 'ready' });
      expect(tracks.captions.cues.map((c) => (c as VTTCue).text)).to.deep.equal(['new']);
      expect(loaded).to.deep.equal(['captions:', 'captions:', 'captions:new']);
    });

    it('a failed file: status failed with its likely cause, no cues, one warning; no address: nothing', async () => {
      const warnings: string[] = [];
      const tracks = new TracksController(fakeHost(), {
        crossOrigin: () => undefined,
        loaded: () => {},
        warn: (_key, message) => warnings.push(message),
        load: () => Promise.reject(new Error('refused')),
      });
      tracks.want('chapters', 'missing-x.vtt');
      await waitUntil(() => tracks.chapters.status === 'failed', 'failed');
      expect(tracks.chapters.problem, 'asked the server: 404').to.equal('not-found');
      expect(warnings).to.deep.equal([
        'could not read the chapters file "missing-x.vtt". The file “missing-x.vtt” was not found. (WebVTT files: see docs/video.md.)',
      ]);
      tracks.want('chapters', '  ');
      expect(tracks.chapters).to.deep.equal({ url: undefined, status: 'none', cues: [], problem: undefined });
    });

    it('a file read with no cue fails too, with the cause read from its text; a late cause is dropped', async () => {
      const tracks = new TracksController(fakeHost(), {
        crossOrigin: () => undefined,
        loaded: () => {},
        warn: () => {},
        load: () => Promise.resolve([]),
      });
      tracks.want('chapters', '/tests/fixtures/webvtt/comma-times.vtt');
      await waitUntil(() => tracks.chapters.status === 'failed', 'failed');
      expect(tracks.chapters.problem).to.equal('comma-times');
      tracks.want('captions', '/tests/fixtures/webvtt/no-cues.vtt');
      tracks.want('captions', '/tests/fixtures/webvtt/srt-renamed.vtt');
      await waitUntil(() => tracks.captions.status === 'failed', 'failed');
      await new Promise((r) => setTimeout(r, 100));
      expect(tracks.captions).to.include({ url: '/tests/fixtures/webvtt/srt-renamed.vtt', problem: 'srt' });
    });

    it('CORS mode: the page’s choice, else anonymous for another site only', () => {
      expect(corsFor('/a.vtt', undefined)).to.equal(null);
      expect(corsFor('https://cdn.example/a.vtt', undefined)).to.equal('anonymous');
      expect(corsFor('/a.vtt', 'use-credentials')).to.equal('use-credentials');
      expect(isForeign(undefined)).to.be.false;
      expect(isForeign('http://[bad')).to.be.false;
    });
  });

  describe('loadVtt (the browser’s own parser)', () => {
    it('reads the cues, and is cancelled by its signal', async () => {
      const cues = await loadVtt(SAMPLE.chapters);
      expect(cues.map((c) => [c.startTime, c.endTime, (c as VTTCue).text])).to.deep.equal([
        [0, 6, 'Glutes'],
        [6, 12, 'Quads'],
        [12, 18, 'Hamstrings'],
      ]);
      const abort = new AbortController();
      const pending = loadVtt(SAMPLE.captions, { signal: abort.signal, crossOrigin: 'anonymous' });
      abort.abort();
      const error = await pending.catch((e: DOMException) => e);
      expect((error as DOMException).name).to.equal('AbortError');
      const early = await loadVtt(SAMPLE.captions, { signal: abort.signal }).catch((e: DOMException) => e);
      expect((early as DOMException).name).to.equal('AbortError');
    });
  });

  describe('TranscriptController', () => {
    it('cueAt finds the showing cue by binary search', () => {
      const cues = [new VTTCue(0, 3, 'a'), new VTTCue(3, 6, 'b'), new VTTCue(8, 9, 'c')];
      expect([-1, 0, 2.9, 3, 7, 8.5, 9, 20].map((t) => cueAt(cues, t))).to.deep.equal([-1, 0, 0, 1, -1, 2, -1, -1]);
      expect(cueAt([], 1)).to.equal(-1);
    });

    it('makes lines a little at a time, only while open, and starts again for new cues', async () => {
      const host = fakeHost();
      const list = host.shadowRoot!.appendChild(document.createElement('ol'));
      let open = false;
      let time = 0;
      const seeks: number[] = [];
      const transcript = new TranscriptController(host, {
        list: () => list,
        open: () => open,
        time: () => time,
        seek: (t) => seeks.push(t),
        budget: 0,
      });
      list.addEventListener('click', transcript.onClick);
      const update = () => host.controllers.forEach((c) => c.hostUpdated?.());
      transcript.cues = Array.from({ length: 50 }, (_, i) => new VTTCue(i, i + 1, `line ${i}`));
      update();
      await new Promise((r) => setTimeout(r, 20));
      expect(list.children.length, 'closed: nothing made').to.equal(0);
      open = true;
      update();
      await new Promise((r) => setTimeout(r));
      expect(list.children.length, 'one task makes a part').to.be.within(1, 49);
      await waitUntil(() => transcript.complete, 'all made');
      expect(list.children.length).to.equal(50);
      time = 10.5;
      update();
      expect(list.querySelector('[aria-current]')!.textContent).to.equal('0:10 line 10');
      list.children[20].querySelector('span')!.click();
      expect(seeks).to.deep.equal([20]);
      host.controllers.forEach((c) => c.hostDisconnected?.());
      transcript.cues = [new VTTCue(0, 1, 'only')];
      update();
      await waitUntil(() => list.children.length === 1, 'new cues replace the old lines');
    });
  });

  describe('FailureController', () => {
    it('each play() stops waiting once it settles, so no callback is kept', async () => {
      const host = fakeHost();
      const video = host.shadowRoot!.appendChild(document.createElement('video'));
      video.muted = true;
      video.src = SAMPLE.webm;
      const media = new MediaController(host, { own: () => video, src: () => SAMPLE.webm, rate: () => 1 });
      const failures = new FailureController(host, media, () => true);
      host.controllers.forEach((c) => (c.hostConnected?.(), c.hostUpdated?.()));
      for (let i = 0; i < 5; i++) {
        await failures.play();
        video.pause();
      }
      expect(failures.waiting).to.equal(0);
      expect(failures.error).to.equal(null);
      host.controllers.forEach((c) => c.hostDisconnected?.());
    });

    it('no source: "no-source", without waiting', async () => {
      const host = fakeHost();
      const video = host.shadowRoot!.appendChild(document.createElement('video'));
      const media = new MediaController(host, { own: () => video, src: () => undefined, rate: () => 1 });
      const failures = new FailureController(host, media, () => false);
      await failures.play();
      await failures.retry();
      expect(failures.error?.reason).to.equal('no-source');
      expect(host.events.filter((e) => e.type === 'knee-exercise-error')).to.have.length(1);
      expect(failures.waiting).to.equal(0);
    });
  });

  describe('WakeLockController', () => {
    it('re-requests the lock the browser let go while the page was hidden', async () => {
      const calls: string[] = [];
      const lock = Object.assign(new EventTarget(), { release: async () => void calls.push('release') });
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: { request: async () => (calls.push('request'), lock) },
      });
      try {
        const host = fakeHost();
        const media = fakeMedia();
        const wake = new WakeLockController(host, media as unknown as MediaController);
        host.controllers.forEach((c) => c.hostConnected?.());
        media.playing = true;
        media.fire('playing');
        await waitUntil(() => wake.held, 'held');
        lock.dispatchEvent(new Event('release')); // the page was hidden
        expect(wake.held).to.be.false;
        document.dispatchEvent(new Event('visibilitychange'));
        await waitUntil(() => wake.held, 'held again');
        host.controllers.forEach((c) => c.hostDisconnected?.());
        expect(wake.held).to.be.false;
        expect(calls).to.deep.equal(['request', 'request', 'release']);
      } finally {
        delete (navigator as { wakeLock?: unknown }).wakeLock;
      }
    });

    it('a refused request leaves the video playing and nothing held', async () => {
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: { request: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      });
      try {
        const host = fakeHost();
        const media = fakeMedia();
        const wake = new WakeLockController(host, media as unknown as MediaController);
        media.playing = true;
        media.fire('playing');
        await new Promise((r) => setTimeout(r));
        expect(wake.held).to.be.false;
      } finally {
        delete (navigator as { wakeLock?: unknown }).wakeLock;
      }
    });
  });

  describe('keyboard shortcuts: one table', () => {
    it('the on-screen list is the table, and every key in it acts', async () => {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src=${SAMPLE.webm} chapters=${SAMPLE.chapters} captions=${SAMPLE.captions}></knee-exercise-player>`,
      );
      await waitUntil(() => el.steps.length === 3, 'steps');
      const rows = [...el.shadowRoot!.querySelectorAll('.shortcuts dl div')].map((d) => [
        d.querySelector('dt')!.textContent,
        d.querySelector('dd')!.textContent,
      ]);
      expect(rows).to.deep.equal(shortcutList(strings.player).map((r) => [r.label, r.what]));
      expect(rows[1]).to.deep.equal(['← or →', `Back or forward ${SEEK_STEP} seconds`]);
      const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      const log = captureConsole(); // full screen is refused without a real key press
      for (const row of SHORTCUTS)
        for (const key of Object.keys(row.keys)) {
          const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
          frame.dispatchEvent(event);
          expect(event.defaultPrevented, `${key} is handled`).to.be.true;
          el.pause();
        }
      const withCtrl = new KeyboardEvent('keydown', {
        key: 'm',
        ctrlKey: true,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      frame.dispatchEvent(withCtrl);
      expect(withCtrl.defaultPrevented, 'Ctrl+M is the browser’s').to.be.false;
      await waitUntil(() => log.warnings.length > 0, 'the refusal is reported').finally(() => log.restore());
      expect(log.warnings.join()).to.include('full screen was refused');
    });
  });
});
