import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { accessibleName, cannot, emulateMedia, sendKeys, setViewport } from './engine.js';
import './define-all.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import type { KneeExerciseErrorDetail, KneeExerciseStepDetail } from '../src/index.js';
import { SAMPLE as MEDIA } from '../content/sample/fixtures.js';
import { forgetStoredData } from '../src/internal/storage.js';
import { strings } from '../src/internal/strings.js';
import { captureConsole, expectAccessibleInEveryTheme, failOnUnhandledRejections } from './helpers.js';

const { webm: SAMPLE, captions: CAPTIONS, chapters: CHAPTERS } = MEDIA;

type Root = ShadowRoot;
const clockOf = (s: number) =>
  `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
const $ = <T extends Element = HTMLElement>(el: KneeExercisePlayer, selector: string) =>
  (el.shadowRoot as Root).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: KneeExercisePlayer, selector: string) => [
  ...(el.shadowRoot as Root).querySelectorAll<T>(selector),
];
const buttonNamed = (el: KneeExercisePlayer, name: string | RegExp) =>
  $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!.trim()),
  )!;

async function player(
  attrs = html`<knee-exercise-player src=${SAMPLE} captions=${CAPTIONS} chapters=${CHAPTERS} poster=${MEDIA.poster}></knee-exercise-player>`,
) {
  const el = await fixture<KneeExercisePlayer>(attrs);
  await waitUntil(() => el.steps.length === 3, 'chapters read', { timeout: 5000 }); // 1 s was short on a busy machine
  await el.updateComplete;
  return el;
}

async function mediaRequests(): Promise<{ path: string; method: string }[]> {
  return ((await executeServerCommand('media-requests')) as { path: string; method: string }[]).filter((r) =>
    /\.(webm|mp4)$/.test(r.path),
  );
}

/** Waits until the video's time satisfies `test`, reading it as a person's eye would, frame by frame. */
const timeReaches = (el: KneeExercisePlayer, test: (t: number) => boolean, message: string, timeout = 8000) =>
  waitUntil(() => test(el.video!.currentTime), message, { timeout, interval: 20 });

describe('<knee-exercise-player>', () => {
  failOnUnhandledRejections();
  beforeEach(async () => {
    localStorage.clear();
    forgetStoredData(); // the shared in-memory records outlive a localStorage.clear() in this page
    await executeServerCommand('media-requests-clear');
  });
  afterEach(() => document.querySelectorAll('knee-exercise-player').forEach((p) => p.video?.pause()));

  it('offers every control as a real button or input with an accessible name', async () => {
    const el = await player();
    const names = $$<HTMLButtonElement>(el, '.controls button, .step-controls button').map((b) =>
      b.textContent!.trim(),
    );
    expect(names).to.deep.equal([
      'Play',
      'Captions',
      'Mute',
      'Full screen',
      'Previous step',
      'Next step',
      'Repeat this step',
      'Pause after each step',
    ]);
    const seek = $<HTMLInputElement>(el, 'input[type=range]');
    expect(seek.getAttribute('aria-label')).to.equal('Position in video');
    expect(seek.getAttribute('aria-valuetext')).to.equal('0 seconds of 18 seconds');
    const speed = $<HTMLSelectElement>(el, 'select');
    expect(speed.labels![0].textContent).to.equal('Speed');
    expect([...speed.options].map((o) => o.value)).to.deep.equal(['0.5', '0.75', '1', '1.25', '1.5']);
    expect($(el, '[role=region]').getAttribute('aria-label')).to.equal('A guided exercise for the knee and hip');
    for (const control of [...$$(el, 'button'), seek, speed]) {
      const { width, height } = control.getBoundingClientRect();
      expect(width, control.outerHTML.slice(0, 50)).to.be.at.least(24);
      expect(height, control.outerHTML.slice(0, 50)).to.be.at.least(24);
    }
  });

  it('never autoplays and requests not one byte of video before Play', async () => {
    const el = await player();
    await new Promise((r) => setTimeout(r, 500));
    const video = el.video!;
    expect(video.preload).to.equal('none');
    expect(video.autoplay).to.be.false;
    expect(video.paused).to.be.true;
    expect(await mediaRequests()).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').filter((e) => /sample\.(webm|mp4)/.test(e.name))).to.have.length(0);
    const played = oneEvent(el, 'knee-exercise-play');
    buttonNamed(el, 'Play').click();
    await played;
    await timeReaches(el, (t) => t > 0.4, 'time advances');
    expect((await mediaRequests()).length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(buttonNamed(el, /^Pause$/)).to.exist;
  });

  it('plays the MP4 sample too', async () => {
    const el = await player(html`<knee-exercise-player src=${MEDIA.mp4} chapters=${CHAPTERS}></knee-exercise-player>`);
    await el.play();
    await timeReaches(el, (t) => t > 0.3, 'the MP4 plays');
    expect(el.video!.duration).to.be.closeTo(18, 0.1);
  });

  it('keeps the frame’s aspect ratio before and after the video loads (no layout shift)', async () => {
    const el = await player();
    const before = $(el, '.frame').getBoundingClientRect();
    expect(before.width / before.height).to.be.closeTo(16 / 9, 0.01);
    await el.play();
    await timeReaches(el, (t) => t > 0.2, 'playing');
    const after = $(el, '.frame').getBoundingClientRect();
    expect(after.height).to.equal(before.height);
  });

  it('lists the steps from the chapters track and seeks to a chosen step, announcing it', async () => {
    const el = await player();
    const steps = $$<HTMLButtonElement>(el, '[part=step]');
    expect(steps.map((s) => s.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '0:00 Glutes',
      '0:06 Quads',
      '0:12 Hamstrings',
    ]);
    const stepped = oneEvent(el, 'knee-exercise-step');
    steps[1].click();
    const detail: KneeExerciseStepDetail = (await stepped).detail;
    expect(detail).to.deep.equal({ index: 1, title: 'Quads', start: 6, end: 12 });
    await el.updateComplete;
    expect(el.video!.currentTime).to.be.closeTo(6, 0.05);
    expect(steps[1].getAttribute('aria-current')).to.equal('step');
    expect(steps[0].hasAttribute('aria-current')).to.be.false;
    expect($(el, '[aria-live=polite]').textContent).to.equal('Step 2 of 3: Quads');
  });

  it('moves to the previous and next step', async () => {
    const el = await player();
    buttonNamed(el, 'Next step').click();
    buttonNamed(el, 'Next step').click();
    await el.updateComplete;
    expect(el.currentStep).to.equal(2);
    expect(buttonNamed(el, 'Next step').getAttribute('aria-disabled')).to.equal('true');
    buttonNamed(el, 'Previous step').click();
    await el.updateComplete;
    expect(el.video!.currentTime).to.be.closeTo(6, 0.05);
  });

  it('"Repeat this step" loops the current step back to its start', async () => {
    const el = await player();
    el.goToStep(0);
    buttonNamed(el, 'Repeat this step').click();
    await el.updateComplete;
    expect(buttonNamed(el, 'Repeat this step').getAttribute('aria-pressed')).to.equal('true');
    el.video!.currentTime = 4.5;
    await el.play();
    await timeReaches(el, (t) => t > 5.5, 'near the step end');
    await timeReaches(el, (t) => t < 1, 'wrapped back to the step start');
    expect(el.currentStep).to.equal(0);
    expect(el.video!.paused).to.be.false;
  });

  it('"Pause after each step" stops within 0.3 s of the step’s end, then continues when asked', async () => {
    const el = await player();
    buttonNamed(el, 'Pause after each step').click();
    el.video!.currentTime = 4.5;
    await el.play();
    await oneEvent(el, 'knee-exercise-pause');
    const stoppedAt = el.video!.currentTime;
    expect(Math.abs(stoppedAt - 6)).to.be.at.most(0.3);
    await el.updateComplete;
    expect($(el, '[aria-live=polite]').textContent).to.equal(
      'Paused at the end of step 1: Glutes. Press Play to continue.',
    );
    await el.play();
    await timeReaches(el, (t) => t > 6.4, 'continues into step 2');
    expect(el.video!.paused).to.be.false;
  });

  it('sets playbackRate from the speed control, the speed attribute and property', async () => {
    const el = await player();
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = '0.5';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.video!.playbackRate).to.equal(0.5);
    expect(el.getAttribute('speed')).to.equal('0.5');
    el.setAttribute('speed', '1.5');
    await el.updateComplete;
    expect(el.video!.playbackRate).to.equal(1.5);
    expect(select.value).to.equal('1.5');
  });

  it('warns once and plays at 1× for speed="fast"', async () => {
    const log = captureConsole();
    try {
      const el = await player(
        html`<knee-exercise-player src=${SAMPLE} chapters=${CHAPTERS} speed="fast"></knee-exercise-player>`,
      );
      expect(el.speed).to.equal(1);
      expect(el.video!.playbackRate).to.equal(1);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include('speed="fast"').and.include('0.5, 0.75, 1, 1.25, 1.5');
    } finally {
      log.restore();
    }
  });

  it('switches the captions track between showing and hidden', async () => {
    const el = await player();
    const track = el.video!.textTracks[0];
    expect(track.kind).to.equal('captions');
    buttonNamed(el, 'Captions').click();
    await el.updateComplete;
    expect(track.mode).to.equal('showing');
    expect(buttonNamed(el, 'Captions').getAttribute('aria-pressed')).to.equal('true');
    buttonNamed(el, 'Captions').click();
    expect(track.mode).to.equal('hidden');
  });

  it('shows the transcript on request, highlights the current line and seeks to a chosen one', async () => {
    const el = await player();
    const details = $<HTMLDetailsElement>(el, 'details.transcript');
    expect(details.open).to.be.false;
    details.querySelector('summary')!.click();
    await waitUntil(() => $$(el, '[part=cue]').length === 6, 'cues listed');
    const cues = $$<HTMLButtonElement>(el, '[part=cue]');
    expect(cues[0].textContent).to.include('This is a sample clip for testing the player.');
    cues[2].click();
    await el.updateComplete;
    expect(el.video!.currentTime).to.be.closeTo(6, 0.05);
    expect(cues[2].getAttribute('aria-current')).to.equal('true');
    expect(cues.filter((c) => c.hasAttribute('aria-current'))).to.have.length(1);
  });

  describe('keyboard shortcuts', () => {
    it('each acts while focus is inside the player', async () => {
      const el = await player();
      const video = el.video!;
      $(el, '.frame').focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => !video.paused, 'Space plays');
      await sendKeys({ press: 'k' });
      await waitUntil(() => video.paused, 'K pauses');
      el.goToStep(1);
      await sendKeys({ press: 'ArrowRight' });
      expect(video.currentTime).to.be.closeTo(11, 0.05);
      await sendKeys({ press: 'ArrowLeft' });
      expect(video.currentTime).to.be.closeTo(6, 0.05);
      await sendKeys({ press: 'End' });
      expect(video.currentTime).to.be.closeTo(18, 0.1);
      await sendKeys({ press: 'Home' });
      expect(video.currentTime).to.equal(0);
      await sendKeys({ press: 'n' });
      expect(el.currentStep).to.equal(1);
      await sendKeys({ press: 'n' });
      expect(el.currentStep).to.equal(2);
      await sendKeys({ press: 'p' });
      expect(el.currentStep).to.equal(1);
      await sendKeys({ press: 'm' });
      expect(video.muted).to.be.true;
      await sendKeys({ press: 'm' });
      expect(video.muted).to.be.false;
      await sendKeys({ press: 'c' });
      expect(video.textTracks[0].mode).to.equal('showing');
      await sendKeys({ press: '>' });
      await el.updateComplete;
      expect(video.playbackRate).to.equal(1.25);
      await sendKeys({ press: '<' });
      await sendKeys({ press: '<' });
      await el.updateComplete;
      expect(video.playbackRate).to.equal(0.75);
      await sendKeys({ press: 'f' });
      await waitUntil(() => document.fullscreenElement === el, 'F goes full screen');
      // the button follows the page's fullscreenchange event, which comes a moment after fullscreenElement changes
      await waitUntil(() => buttonNamed(el, 'Exit full screen'), 'the button says Exit full screen');
      await sendKeys({ press: 'f' });
      await waitUntil(() => document.fullscreenElement === null, 'F leaves full screen');
    });

    it('none acts when focus is outside the player', async () => {
      const el = await player();
      const video = el.video!;
      const outside = document.createElement('button');
      outside.textContent = 'outside';
      document.body.append(outside);
      outside.focus();
      for (const press of ['k', 'ArrowRight', 'End', 'm', 'c', 'n', '>', 'f']) await sendKeys({ press });
      await el.updateComplete;
      expect(video.paused).to.be.true;
      expect(video.currentTime).to.equal(0);
      expect(video.muted).to.be.false;
      expect(video.textTracks[0].mode).not.to.equal('showing');
      expect(el.currentStep).to.equal(0);
      expect(video.playbackRate).to.equal(1);
      expect(document.fullscreenElement).to.equal(null);
      outside.remove();
    });

    it('leaves Space to the focused button and arrows to the slider', async () => {
      const el = await player();
      buttonNamed(el, 'Mute').focus();
      await sendKeys({ press: ' ' });
      expect(el.video!.muted).to.be.true;
      expect(el.video!.paused).to.be.true;
      $<HTMLInputElement>(el, 'input[type=range]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.video!.currentTime).to.equal(1);
    });

    it('are listed in a "Keyboard shortcuts" disclosure', async () => {
      const el = await player();
      const details = $$<HTMLDetailsElement>(el, 'details').find(
        (d) => d.querySelector('summary')!.textContent === 'Keyboard shortcuts',
      )!;
      expect([...details.querySelectorAll('dt')].map((d) => d.textContent)).to.include.members([
        'Space or K',
        'M',
        'C',
        'F',
        'P or N',
        '< or >',
      ]);
    });
  });

  describe('failures', () => {
    async function expectFailure(
      el: KneeExercisePlayer,
      reason: KneeExerciseErrorDetail['reason'],
      start: () => unknown = () => el.play(),
    ) {
      expect($(el, '[role=alert]').getBoundingClientRect().height, 'no empty alert box before a failure').to.equal(0);
      const failed = oneEvent(el, 'knee-exercise-error');
      await start();
      const { detail } = await failed;
      expect(detail.reason).to.equal(reason);
      await el.updateComplete;
      const alert = $(el, '[role=alert]');
      expect(alert.textContent).to.include(detail.message);
      expect(alert.textContent).to.include('You can still read the transcript below.');
      expect(buttonNamed(el, 'Try again')).to.exist;
      expect($(el, '.loading')).to.equal(null);
      $(el, 'details.transcript summary').click();
      await waitUntil(() => $$(el, '[part=cue]').length === 6, 'transcript still available');
      return detail;
    }

    it('a missing file', async () => {
      const el = await player(
        html`<knee-exercise-player src="/test-media/missing.webm" captions=${CAPTIONS} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      const detail = await expectFailure(el, 'not-found');
      expect(detail.message).to.equal('The video could not be found. The link to it may be out of date.');
    });

    it('a file of a type the browser cannot play', async () => {
      const el = await player(
        html`<knee-exercise-player src="/test-media/not-a-video.webm" captions=${CAPTIONS} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await expectFailure(el, 'unsupported');
    });

    /**
     * WebKitGTK reports no error when a video's connection drops part way: the video stalls and waits for
     * ever (its GStreamer source). Found by the WebKit run and not worked round here; see the CHANGELOG.
     */
    const DROPPED = 'no error when the connection drops part way: WebKitGTK stalls for ever';
    it('a network error part way through', async () => {
      if (await cannot('webkit', DROPPED)) return;
      const el = await player(
        html`<knee-exercise-player src="/test-media/cut-off.webm" captions=${CAPTIONS} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await expectFailure(el, 'network');
    });

    it('a failing <source> of a slotted video (its error fires on the source, not the video)', async () => {
      const el = await player(html`<knee-exercise-player captions=${CAPTIONS}>
        <video preload="none"><source src="/test-media/gone.webm" type="video/webm" /><track kind="chapters" src=${CHAPTERS} /></video>
      </knee-exercise-player>`);
      await expectFailure(el, 'not-found');
    });

    it('a refused play()', async () => {
      const el = await player();
      const original = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = () =>
        Promise.reject(new DOMException('play() can only be initiated by a user gesture.', 'NotAllowedError'));
      try {
        await expectFailure(el, 'play-refused', () => buttonNamed(el, 'Play').click());
      } finally {
        HTMLMediaElement.prototype.play = original;
      }
      buttonNamed(el, 'Try again').click();
      await timeReaches(el, (t) => t > 0.2, 'Try again plays');
      await el.updateComplete;
      expect($(el, '[role=alert]').textContent!.trim()).to.equal('');
    });

    it('Try again recovers once the file is back', async () => {
      const el = await player(
        html`<knee-exercise-player src="/test-media/missing.webm" captions=${CAPTIONS} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await expectFailure(el, 'not-found');
      el.src = SAMPLE;
      await el.updateComplete;
      buttonNamed(el, 'Play').click();
      await timeReaches(el, (t) => t > 0.2, 'plays the good file');
    });

    it('Try again reloads a video that failed part way, where it was', async () => {
      if (await cannot('webkit', DROPPED)) return;
      const el = await player(
        html`<knee-exercise-player src="/test-media/cut-off.webm" captions=${CAPTIONS} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await expectFailure(el, 'network');
      const again = oneEvent(el, 'knee-exercise-error');
      buttonNamed(el, 'Try again').click();
      await el.updateComplete;
      expect($(el, '[role=alert]').textContent!.trim(), 'the message goes while it tries').to.equal('');
      expect((await again).detail.reason).to.equal('network');
    });

    it('a src taken away: the video lets go of it and the player says so', async () => {
      const log = captureConsole();
      try {
        const el = await player();
        expect(el.video!.getAttribute('src')).to.equal(SAMPLE);
        const failed = oneEvent(el, 'knee-exercise-error');
        el.src = '';
        expect((await failed).detail.reason).to.equal('no-source');
        await el.updateComplete;
        expect(el.video!.hasAttribute('src')).to.be.false;
      } finally {
        log.restore();
      }
    });

    it('an empty src: one warning and a clear message, no player that spins', async () => {
      const log = captureConsole();
      try {
        const el = document.createElement('knee-exercise-player') as KneeExercisePlayer;
        el.setAttribute('src', '');
        const failed = oneEvent(el, 'knee-exercise-error');
        document.body.append(el);
        expect((await failed).detail.reason).to.equal('no-source');
        await el.updateComplete;
        expect($(el, '[role=alert]').textContent).to.include('No video has been set up for this player yet.');
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include('src is empty');
        el.remove();
      } finally {
        log.restore();
      }
    });

    it('a captions file that cannot be read: one warning and a note where the captions and transcript are', async () => {
      const log = captureConsole();
      try {
        const el = await player(
          html`<knee-exercise-player src=${SAMPLE} captions="/test-media/no-captions.vtt" chapters=${CHAPTERS}></knee-exercise-player>`,
        );
        await waitUntil(() => $(el, '.track-note'), 'captions note');
        expect($(el, '.track-note').textContent).to.equal(
          'The captions could not be loaded, so there are no captions or transcript for this video.',
        );
        expect(log.warnings).to.have.length(1);
      } finally {
        log.restore();
      }
    });
  });

  it('fires play, pause and complete', async () => {
    const el = await player();
    const seen: string[] = [];
    for (const name of ['knee-exercise-play', 'knee-exercise-pause', 'knee-exercise-complete'] as const)
      el.addEventListener(name, () => seen.push(name));
    el.video!.currentTime = 17.4;
    const complete = oneEvent(el, 'knee-exercise-complete');
    await el.play();
    const { detail } = await complete;
    expect(detail.duration).to.be.closeTo(18, 0.1);
    expect(seen).to.deep.equal(['knee-exercise-play', 'knee-exercise-pause', 'knee-exercise-complete']);
  });

  describe('with persist', () => {
    it('remembers position and speed per video and offers "Resume from m:ss" after a reload', async () => {
      const first = await player(
        html`<knee-exercise-player persist src=${SAMPLE} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      first.speed = 0.75;
      await first.updateComplete;
      first.video!.currentTime = 7;
      await first.play();
      await timeReaches(first, (t) => t > 7.2, 'playing');
      first.pause();
      await oneEvent(first, 'knee-exercise-pause');
      const saved = JSON.parse(localStorage.getItem(`knee-advice:v1:player:${SAMPLE}`)!);
      expect(saved.version).to.equal(2);
      expect(saved.data.speed).to.equal(0.75);
      expect(saved.data.time).to.be.within(7, 8);
      first.remove();
      const again = await player(
        html`<knee-exercise-player persist src=${SAMPLE} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      expect(again.speed).to.equal(0.75);
      await waitUntil(() => buttonNamed(again, /^Resume from/), 'offered once the video’s length is known');
      const resume = buttonNamed(again, /^Resume from 0:0[78]$/);
      expect(resume).to.exist;
      resume.click();
      await timeReaches(again, (t) => t > 7, 'resumed');
      await again.updateComplete;
      expect(buttonNamed(again, /^Resume from/)).to.equal(undefined);
    });

    it('writes nothing without persist', async () => {
      const el = await player();
      await el.play();
      await timeReaches(el, (t) => t > 0.3, 'playing');
      el.pause();
      await oneEvent(el, 'knee-exercise-pause');
      expect(localStorage.length).to.equal(0);
    });

    it('tolerates failing and corrupt storage with one warning', async () => {
      localStorage.setItem(`knee-advice:v1:player:${SAMPLE}`, '{"version":1,"time":"soon"}');
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      const log = captureConsole();
      try {
        const el = await player(
          html`<knee-exercise-player persist src=${SAMPLE} chapters=${CHAPTERS}></knee-exercise-player>`,
        );
        await el.play();
        await timeReaches(el, (t) => t > 0.3, 'playing');
        el.pause();
        await oneEvent(el, 'knee-exercise-pause');
        expect(buttonNamed(el, /^Resume from/)).to.equal(undefined);
        expect(log.warnings).to.have.length(1);
      } finally {
        Storage.prototype.setItem = original;
        log.restore();
      }
    });
  });

  it('keeps the screen on while playing, where the Wake Lock API exists', async () => {
    const calls: string[] = [];
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'wakeLock');
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: async (type: string) => (
          calls.push(`request ${type}`),
          { release: async () => void calls.push('release') }
        ),
      },
    });
    try {
      const el = await player();
      await el.play();
      await waitUntil(() => calls.length === 1, 'wake lock requested');
      el.pause();
      await waitUntil(() => calls.length === 2, 'wake lock released');
      expect(calls).to.deep.equal(['request screen', 'release']);
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
      if (descriptor) Object.defineProperty(Navigator.prototype, 'wakeLock', descriptor);
    }
  });

  it('drives a slotted <video>, reading its tracks, and hides its native controls once upgraded', async () => {
    const el = await player(html`<knee-exercise-player>
      <video controls preload="none">
        <source src=${MEDIA.webm} type="video/webm" />
        <source src=${MEDIA.mp4} type="video/mp4" />
        <track kind="captions" src=${CAPTIONS} srclang="en" label="English" />
        <track kind="chapters" src=${CHAPTERS} />
      </video>
      <p class="fallback">Watch the video.</p>
    </knee-exercise-player>`);
    const video = el.querySelector('video')!;
    expect(el.video).to.equal(video);
    expect(video.controls).to.be.false;
    expect(video.assignedSlot).to.exist;
    expect(el.querySelector('.fallback')!.getClientRects().length).to.equal(0);
    buttonNamed(el, 'Next step').click();
    await el.play();
    await timeReaches(el, (t) => t > 6.2, 'plays from step 2');
    expect(el.currentStep).to.equal(1);
  });

  it('keeps every control visible in forced colours, and hides the controls in print', async () => {
    const el = await player();
    // WebKit has no forced-colours mode: emulateMedia answers false there, and the skip is counted.
    if (await emulateMedia({ forcedColors: 'active' }))
      try {
        for (const b of $$(el, 'button, select')) {
          const style = getComputedStyle(b);
          expect(style.borderTopStyle, b.textContent!).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        }
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.controls')).display).to.equal('none');
      expect(getComputedStyle($(el, '.frame')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is accessible in light and dark, before play and with an error showing', async () => {
    const el = await player();
    $<HTMLDetailsElement>(el, 'details.transcript').open = true;
    await waitUntil(() => $$(el, '[part=cue]').length === 6, 'cues');
    await expectAccessibleInEveryTheme(el);
    const broken = await player(
      html`<knee-exercise-player src="/test-media/missing.webm" captions=${CAPTIONS} chapters=${CHAPTERS}></knee-exercise-player>`,
    );
    const failed = oneEvent(broken, 'knee-exercise-error');
    await broken.play();
    await failed;
    await expectAccessibleInEveryTheme(broken);
  });

  describe('inside <knee-advice>', () => {
    it('stands right after the guided exercise paragraph when a video is configured', async () => {
      const advice = await fixture<KneeAdvice>(
        html`<knee-advice video-src=${SAMPLE} video-chapters=${CHAPTERS} video-captions=${CAPTIONS}></knee-advice>`,
      );
      const article = advice.shadowRoot!.querySelector('article')!;
      const order = [...article.querySelectorAll('[part=card], knee-exercise-player, knee-flare-up-checklist')].map(
        (e) =>
          e.localName === 'section'
            ? e.querySelector('[part~=card-heading]')!.id.replace('knee-card-', '')
            : e.localName,
      );
      expect(order).to.deep.equal([
        'why',
        'adjust',
        'strengthen',
        'knee-exercise-player',
        'flare-up',
        'knee-flare-up-checklist',
      ]);
      const inner = article.querySelector('knee-exercise-player')!;
      expect([inner.src, inner.chapters, inner.captions]).to.deep.equal([SAMPLE, CHAPTERS, CAPTIONS]);
      await inner.updateComplete;
      expect(inner.video!.preload).to.equal('none');
    });

    it('shows no player at all without a video', async () => {
      const advice = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
      expect(advice.shadowRoot!.querySelector('knee-exercise-player')).to.equal(null);
      const slot = advice.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=exercise]')!;
      expect(slot.assignedElements()).to.have.length(0);
      expect(slot.getBoundingClientRect().height).to.equal(0);
    });

    it('uses the clinic’s own slotted player', async () => {
      const advice = await fixture<KneeAdvice>(html`<knee-advice video-src="/not-used.webm">
        <knee-exercise-player slot="exercise" src=${SAMPLE} chapters=${CHAPTERS} label="Our clinic's exercise"></knee-exercise-player>
      </knee-advice>`);
      const slot = advice.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=exercise]')!;
      expect(slot.assignedElements()[0].getAttribute('label')).to.equal("Our clinic's exercise");
      const strengthen = advice.shadowRoot!.getElementById('knee-card-strengthen')!.closest('section')!;
      expect(strengthen.nextElementSibling).to.equal(slot);
    });
  });

  it('sizes from its own font (em, not rem): 44 px controls under a CMS’s html { font-size: 62.5% }, and mirrors under dir="rtl"', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const page = await fixture(
        html`<div dir="rtl" style="font-size: 16px"><knee-exercise-player src=${SAMPLE} chapters=${CHAPTERS}></knee-exercise-player></div>`,
      );
      const el = page.querySelector('knee-exercise-player')!;
      await waitUntil(() => el.steps.length === 3, 'chapters read');
      await el.updateComplete;
      for (const b of $$(el, '.controls button, .step-controls button, select'))
        expect(b.getBoundingClientRect().height, b.textContent!.trim()).to.be.at.least(44);
      const current = $(el, '[part=step][aria-current]');
      expect(
        getComputedStyle(current).borderRightWidth,
        'the current step’s bar is on the start side, the right in RTL',
      ).to.equal('8px');
      expect($(el, '.play').getBoundingClientRect().left).to.be.greaterThan(
        $(el, 'input[type=range]').getBoundingClientRect().left,
      );
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  describe('defects of the first player (issue 7), each failing on it', () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const events = (el: HTMLElement) => {
      const seen: string[] = [];
      for (const name of ['knee-exercise-play', 'knee-exercise-pause', 'knee-exercise-error'] as const)
        el.addEventListener(name, (e) =>
          seen.push(
            name === 'knee-exercise-error'
              ? `error:${(e as CustomEvent<KneeExerciseErrorDetail>).detail.reason}`
              : name.slice(14),
          ),
        );
      return seen;
    };

    it('1. a captions file that fails (missing, not WebVTT, empty) leaves the video, its button and its events alone', async () => {
      const log = captureConsole();
      try {
        const bad = [
          '/test-media/no-captions.vtt',
          '/tests/fixtures/webvtt/no-header.vtt',
          '/tests/fixtures/webvtt/empty.vtt',
        ];
        const players = [
          ...bad.map(
            (captions) =>
              html`<knee-exercise-player src=${SAMPLE} captions=${captions} chapters=${CHAPTERS}></knee-exercise-player>`,
          ),
          html`<knee-exercise-player chapters=${CHAPTERS}>
            <video preload="none"><source src=${SAMPLE} type="video/webm" /><track default kind="captions" src=${bad[0]} /></video>
          </knee-exercise-player>`,
        ];
        for (const [i, template] of players.entries()) {
          const captions = bad[i] ?? 'slotted video, default track';
          const el = await fixture<KneeExercisePlayer>(template);
          const seen = events(el);
          buttonNamed(el, 'Captions')?.click(); // the person turns captions on before the file has failed
          await waitUntil(() => el.steps.length === 3, 'steps');
          await sleep(300);
          await el.play();
          await timeReaches(el, (t) => t > 0.5, 'the video plays on');
          await sleep(200);
          await el.updateComplete;
          expect(seen, captions).to.deep.equal(['play']);
          expect($(el, '[role=alert]').textContent!.trim(), captions).to.equal('');
          expect(!!buttonNamed(el, 'Pause'), 'the button says Pause while playing').to.be.true;
          await waitUntil(() => $(el, '.track-note'), `a note where the captions are (${captions})`);
          expect($(el, '.track-note').textContent).to.equal(strings.player.captionsFailed);
          el.pause();
        }
      } finally {
        log.restore();
      }
    });

    it('2. nothing is saved before the person plays: loading (speed) and leaving keep the remembered position', async () => {
      const key = `knee-advice:v1:player:${SAMPLE}`;
      localStorage.setItem(key, JSON.stringify({ version: 1, time: 12, speed: 0.75 }));
      const el = await player(
        html`<knee-exercise-player persist src=${SAMPLE} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      await sleep(100);
      expect(el.video!.playbackRate).to.equal(0.75);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      el.remove();
      await sleep(50);
      expect(JSON.parse(localStorage.getItem(key)!).time).to.equal(12);
      const again = await player(
        html`<knee-exercise-player persist src=${SAMPLE} chapters=${CHAPTERS}></knee-exercise-player>`,
      );
      // offered once the video's length is known (WebKit reads it after the chapters)
      await waitUntil(() => buttonNamed(again, 'Resume from 0:12'), 'still offered a second time');
    });

    it('3a. Play/Pause stays in step with the video when src changes during playback', async () => {
      const el = await player();
      const seen = events(el);
      await el.play();
      await timeReaches(el, (t) => t > 0.3, 'playing');
      el.src = MEDIA.mp4;
      await waitUntil(() => seen.at(-1) === 'pause', 'knee-exercise-pause fires when the new src stops the video');
      await el.updateComplete;
      expect(el.video!.paused).to.be.true;
      expect(!!buttonNamed(el, 'Play'), 'the button says Play').to.be.true;
      buttonNamed(el, 'Play').click();
      await timeReaches(el, (t) => t > 0.3, 'pressing Play plays the new video');
      expect(seen).to.deep.equal(['play', 'pause', 'play']);
    });

    it('3b. … and when the playing player is removed and put back (it resumes where it was)', async () => {
      const el = await player();
      const seen = events(el);
      await el.play();
      await timeReaches(el, (t) => t > 1, 'playing');
      const parent = el.parentElement!;
      el.remove();
      await sleep(50);
      expect(seen).to.deep.equal(['play', 'pause']);
      parent.append(el);
      await el.updateComplete;
      expect(el.video!.paused).to.be.true;
      expect(!!buttonNamed(el, 'Play'), 'the button says Play').to.be.true;
      const at = el.video!.currentTime;
      expect(at).to.be.greaterThan(1);
      buttonNamed(el, 'Play').click();
      await timeReaches(el, (t) => t > at + 0.2, 'plays on from where it was');
      expect(seen).to.deep.equal(['play', 'pause', 'play']);
    });

    it('4. full screen in landscape leaves the controls and steps uncovered and reachable', async () => {
      try {
        for (const [width, height] of [
          [1280, 720],
          [844, 390],
        ]) {
          await setViewport({ width, height });
          const el = await player();
          $(el, '.frame').focus();
          await sendKeys({ press: 'f' });
          await waitUntil(() => document.fullscreenElement === el, 'full screen');
          await el.updateComplete;
          await sleep(100);
          for (const control of [
            buttonNamed(el, 'Play'),
            buttonNamed(el, 'Exit full screen'),
            $$(el, '[part=step]')[0],
          ]) {
            if (control.part.contains('step')) control.scrollIntoView({ block: 'nearest' }); // the steps may scroll beside the video
            const r = control.getBoundingClientRect();
            const hit = el.shadowRoot!.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            expect(!!hit && control.contains(hit), `${control.textContent!.trim()} is on top at ${width}×${height}`).to
              .be.true;
            expect(r.bottom, `${control.textContent!.trim()} is on screen at ${width}×${height}`).to.be.at.most(
              innerHeight,
            );
          }
          await document.exitFullscreen();
          el.remove();
        }
      } finally {
        if (document.fullscreenElement) await document.exitFullscreen(); // after a failure, for the next tests
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('4. inside <knee-advice> the button changes to "Exit full screen" and back', async () => {
      const advice = await fixture<KneeAdvice>(
        html`<knee-advice video-src=${SAMPLE} video-chapters=${CHAPTERS}></knee-advice>`,
      );
      const inner = advice.shadowRoot!.querySelector('knee-exercise-player')!;
      await waitUntil(() => inner.steps.length === 3, 'steps');
      $(inner, '.frame').focus();
      await sendKeys({ press: 'f' });
      await waitUntil(() => document.fullscreenElement === advice, 'the page’s full-screen element is <knee-advice>');
      await waitUntil(() => buttonNamed(inner, 'Exit full screen'), 'the button says "Exit full screen"');
      await sendKeys({ press: 'f' });
      await waitUntil(() => document.fullscreenElement === null, 'F leaves full screen');
      await waitUntil(() => buttonNamed(inner, 'Full screen'), 'the button says "Full screen" again');
    });

    it('5a. a WebVTT file that arrives late does not overwrite the newer one', async () => {
      const lines = ['WEBVTT', ''];
      for (let i = 0; i < 2000; i++) lines.push(`${clockOf(i)} --> ${clockOf(i + 1)}`, `old line ${i}`, '');
      const stale = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/vtt' }));
      const originalFetch = window.fetch;
      // The first player read its files with fetch(): hold the stale answer back, as a slow server would.
      window.fetch = async (input, init) => {
        const response = await originalFetch(input, init);
        if ((input instanceof Request ? input.url : String(input as string | URL)) === stale) await sleep(300);
        return response;
      };
      try {
        const el = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player src=${SAMPLE} captions=${stale} chapters=${stale}></knee-exercise-player>`,
        );
        el.captions = CAPTIONS;
        el.chapters = CHAPTERS;
        await sleep(800);
        expect(el.steps.map((s) => s.title)).to.deep.equal(['Glutes', 'Quads', 'Hamstrings']);
        $<HTMLDetailsElement>(el, 'details.transcript').open = true;
        await waitUntil(() => $$(el, '[part=cue]').length >= 6, 'transcript');
        await sleep(100);
        expect($$(el, '[part=cue]').length).to.equal(6);
      } finally {
        window.fetch = originalFetch;
        URL.revokeObjectURL(stale);
      }
    });

    it('5b. tracks on another site get crossorigin on the video; the page may choose it', async () => {
      const foreign = `http://127.0.0.1:${location.port}/content/sample/captions.vtt`;
      const log = captureConsole();
      try {
        const el = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player src=${SAMPLE} captions=${foreign}></knee-exercise-player>`,
        );
        await el.updateComplete;
        expect(el.video!.crossOrigin).to.equal('anonymous');
        const chosen = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player src=${SAMPLE} captions=${CAPTIONS} crossorigin="use-credentials"></knee-exercise-player>`,
        );
        await chosen.updateComplete;
        expect(chosen.video!.crossOrigin).to.equal('use-credentials');
        const local = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player src=${SAMPLE} captions=${CAPTIONS}></knee-exercise-player>`,
        );
        await local.updateComplete;
        expect(local.video!.hasAttribute('crossorigin')).to.be.false;
        await waitUntil(
          () => log.warnings.length === 1,
          'this test server sends no CORS headers: one warning for the other site’s captions',
        );
      } finally {
        log.restore();
      }
    });

    it('5c. a missing video on another site is not called a network problem', async () => {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src=${`http://127.0.0.1:${location.port}/test-media/missing.webm`}></knee-exercise-player>`,
      );
      const failed = oneEvent(el, 'knee-exercise-error');
      await el.play();
      const { detail } = await failed;
      expect(detail.reason).to.equal('unavailable');
      expect(detail.message).to.equal(strings.player.errors.unavailable);
    });

    it('6a. the wake lock is never left held: a lock granted after the pause is released; one request at a time', async () => {
      const calls: string[] = [];
      let grant: () => void = () => {};
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: (type: string) => {
            calls.push(`request ${type}`);
            return new Promise(
              (resolve) => (grant = () => resolve({ release: async () => void calls.push('release') })),
            );
          },
        },
      });
      try {
        const el = await player();
        el.video!.dispatchEvent(new Event('playing'));
        el.video!.dispatchEvent(new Event('playing'));
        expect(calls).to.deep.equal(['request screen']);
        el.video!.dispatchEvent(new Event('pause'));
        grant();
        await waitUntil(() => calls.length === 2, 'the late lock is released');
        expect(calls).to.deep.equal(['request screen', 'release']);
      } finally {
        delete (navigator as { wakeLock?: unknown }).wakeLock;
      }
    });

    it('6b. focus stays on "Next step" at the last step', async () => {
      const el = await player();
      buttonNamed(el, 'Next step').focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal(2);
      expect(el.shadowRoot!.activeElement?.textContent!.trim()).to.equal('Next step');
      expect(buttonNamed(el, 'Next step').getAttribute('aria-disabled')).to.equal('true');
    });

    it('6c. a removed player lets go of its video', async () => {
      const el = await player();
      await el.play();
      await timeReaches(el, (t) => t > 0.3, 'playing');
      const video = el.video!;
      el.remove();
      await sleep(50);
      expect(video.readyState, 'no media data kept').to.equal(HTMLMediaElement.HAVE_NOTHING);
      expect(video.networkState).not.to.equal(HTMLMediaElement.NETWORK_LOADING);
    });

    it('7. the transcript makes no lines until it is opened, and a re-render keeps them', async () => {
      const el = await player();
      expect($$(el, '[part=cue]').length, 'nothing made while closed').to.equal(0);
      $<HTMLDetailsElement>(el, 'details.transcript').open = true;
      await waitUntil(() => $$(el, '[part=cue]').length === 6, 'lines made on opening');
      const first = $$(el, '[part=cue]')[0];
      el.goToStep(1);
      el.requestUpdate();
      await el.updateComplete;
      expect($$(el, '[part=cue]')[0] === first, 'the same line element after a re-render').to.be.true;
    });

    it('9. pressed toggles keep their plain names (no "✓")', async () => {
      const el = await player();
      buttonNamed(el, 'Repeat this step').click();
      buttonNamed(el, 'Captions').click();
      await el.updateComplete;
      // CSS generated content counts towards a button's accessible name unless its alternative text is empty.
      for (const name of ['Repeat this step', 'Captions']) {
        const button = buttonNamed(el, name);
        expect(button.getAttribute('aria-pressed')).to.equal('true');
        expect(getComputedStyle(button, '::before').content, name).to.match(/\/\s*""$/);
      }
      // and the names the engine's accessibility tree gives them (what a screen reader says)
      const pressed: string[] = [];
      for (const button of $$(el, 'button[aria-pressed=true]')) pressed.push((await accessibleName(button)).name);
      expect(pressed).to.include.members(['Repeat this step', 'Captions']);
      expect(
        pressed.filter((n) => n.includes('✓')),
        'no tick in any name',
      ).to.deep.equal([]);
    });

    it('10. on paper: the exercise’s name, its steps with start times, and the video’s address', async () => {
      const advice = await fixture<KneeAdvice>(
        html`<knee-advice video-src=${SAMPLE} video-chapters=${CHAPTERS}></knee-advice>`,
      );
      const inner = advice.shadowRoot!.querySelector('knee-exercise-player')!;
      await waitUntil(() => inner.steps.length === 3, 'steps');
      await emulateMedia({ media: 'print' });
      try {
        const shown = (e: Element) => e.getClientRects().length > 0;
        const printed: string[] = [];
        const walker = document.createTreeWalker(inner.shadowRoot!, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode.textContent!.trim();
          if (text && shown(walker.currentNode.parentElement!)) printed.push(text);
        }
        expect(printed).to.include('A guided exercise for the knee and hip');
        expect(printed).to.include.members(['0:00', 'Glutes', '0:06', 'Quads', '0:12', 'Hamstrings']);
        expect(printed).to.include(`Video: ${new URL(SAMPLE, location.href).href}`);
        expect(shown($(inner, '.frame'))).to.be.false;
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
