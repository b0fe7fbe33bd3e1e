import { html, nothing, type PropertyValues } from 'lit';
import { KneeElement, numberConverter } from '../../internal/base.js';
import type { KneeExerciseErrorReason, KneeExerciseStepDetail } from '../../internal/events.js';
import { loadStored, saveStored, STORAGE_PREFIX } from '../../internal/storage.js';
import { strings } from '../../internal/strings.js';
import { clock, parseVtt, spokenTime, type Cue } from '../../internal/vtt.js';
import { playerStyles } from './knee-exercise-player.styles.js';

/** The speeds offered, slowest first. */
export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5] as const;
const SEEK_STEP = 5;
/** How close to a step's end counts as its end (seconds of media time). */
const STEP_END_SLACK = 0.08;

interface StoredPosition {
  version: 1;
  time: number;
  speed: number;
}

const t = strings.player;

/**
 * A guided exercise video to follow at your own pace: steps from a WebVTT chapters file, "Repeat this
 * step", "Pause after each step", speeds from 0.5× to 1.5×, captions and a transcript, keyboard
 * shortcuts that act only while focus is inside the player, and clear messages when the video fails.
 * Never autoplays and requests no video before Play is pressed (`preload="none"`).
 *
 * A `<video>` child (with its own `<source>` and `<track>` children) is used instead of `src`, and plays
 * with native controls before the element upgrades or when JavaScript fails. Other children are the
 * no-JavaScript fallback.
 *
 * Keyboard, while focus is inside the player: Space or K play/pause (Space on the video frame or the
 * position slider), ← → 5 seconds, Home End, P N previous/next step, < > speed, M mute, C captions,
 * F full screen.
 *
 * @tagname knee-exercise-player
 * @summary A guided exercise video that waits for the person: steps, repeat, pause after each step.
 *
 * @attr {string} src - URL of the video. Empty: one warning and a message in the player.
 * @attr {string} poster - URL of the image shown before playing.
 * @attr {string} captions - URL of a WebVTT captions file; also the transcript.
 * @attr {string} chapters - URL of a WebVTT chapters file: each cue is one step, its text the step's name.
 * @attr {string} label - Accessible name of the player (default: the content's exercise label).
 * @attr {number} speed - Starting speed: 0.5, 0.75, 1, 1.25 or 1.5 (default 1). Anything else: one warning and 1.
 * @attr {boolean} persist - Remember position and speed for this video on this device, and offer to resume.
 * @attr {string} storage-key - Name for the remembered position (default: the video's URL).
 * @attr {"auto" | "light" | "dark"} theme - `auto` (default) follows the system's light or dark setting.
 *
 * @slot - A `<video>` to use instead of `src`; other children are the no-JavaScript fallback.
 *
 * @fires {CustomEvent<{ currentTime: number }>} knee-exercise-play - Playback started.
 * @fires {CustomEvent<{ currentTime: number }>} knee-exercise-pause - Playback paused (also at the end of a step with "Pause after each step").
 * @fires {CustomEvent<KneeExerciseStepDetail>} knee-exercise-step - A new step is playing: `{ index, title, start, end }`.
 * @fires {CustomEvent<{ duration: number }>} knee-exercise-complete - The video reached its end.
 * @fires {CustomEvent<KneeExerciseErrorDetail>} knee-exercise-error - The video cannot play: `{ reason, message }`.
 *
 * @csspart player - The whole player.
 * @csspart frame - The box that holds the video, at a fixed aspect ratio.
 * @csspart video - The `<video>` element.
 * @csspart alert - The message shown when the video fails.
 * @csspart controls - The row of playback controls.
 * @csspart button - Every button.
 * @csspart seek - The position slider.
 * @csspart speed-select - The speed control.
 * @csspart step-list - The list of steps.
 * @csspart step - Each step's button.
 * @csspart transcript - The transcript.
 * @csspart cue - Each transcript line's button.
 *
 * @cssprop --knee-accent - Accent colour: buttons, current step and line.
 * @cssprop --knee-on-accent - Text on the accent colour.
 * @cssprop --knee-text - Text colour.
 * @cssprop --knee-muted - Secondary text colour.
 * @cssprop --knee-surface - Background.
 * @cssprop --knee-border - Border colour.
 * @cssprop --knee-focus - Focus ring colour.
 * @cssprop --knee-radius - Corner radius (default 0.5rem).
 * @cssprop --knee-space - Base spacing (default 1rem).
 * @cssprop --knee-font - Font family (default: inherited from the page).
 * @cssprop --knee-video-aspect-ratio - Aspect ratio of the frame before and after load (default 16 / 9).
 */
export class KneeExercisePlayer extends KneeElement {
  /** @internal */
  static tagName = 'knee-exercise-player';
  static styles = [KneeElement.styles, playerStyles];
  static shadowRootOptions: ShadowRootInit = { ...KneeElement.shadowRootOptions, slotAssignment: 'manual' };
  static properties = {
    src: { reflect: true },
    poster: { reflect: true },
    captions: { reflect: true },
    chapters: { reflect: true },
    label: { reflect: true },
    speed: { reflect: true, useDefault: true, converter: numberConverter },
    persist: { type: Boolean, reflect: true },
    storageKey: { attribute: 'storage-key', reflect: true },
  };

  /** URL of the video. */
  declare src: string | undefined;
  /** URL of the poster image. */
  declare poster: string | undefined;
  /** URL of a WebVTT captions file. */
  declare captions: string | undefined;
  /** URL of a WebVTT chapters file (one cue per step). */
  declare chapters: string | undefined;
  /** Accessible name of the player. */
  declare label: string | undefined;
  /** Playback speed. */
  declare speed: number;
  /** Remember position and speed on this device. */
  declare persist: boolean;
  /** Name for the remembered position. */
  declare storageKey: string | undefined;

  #steps: Cue[] = [];
  #cues: Cue[] = [];
  #cuesFailed = false;
  #step = -1;
  #time = 0;
  #duration = 0;
  #playing = false;
  #loading = false;
  #captionsOn = false;
  #repeat = false;
  #pauseAfter = false;
  #pausedAtEndOf = -1;
  #fullscreen = false;
  #announcement = '';
  #error: { reason: KneeExerciseErrorReason; message: string } | null = null;
  #resumeAt = 0;
  #lastSaved = 0;
  #boundary?: ReturnType<typeof setTimeout>;
  #wakeLock: { release(): Promise<void> } | null = null;
  #slotted: HTMLVideoElement | null = null;
  #listening: HTMLVideoElement | null = null;
  #fetches = new AbortController();
  #childObserver?: MutationObserver;
  #sourceChecked = false;
  #failureWaiters: (() => void)[] = [];

  constructor() {
    super();
    this.speed = 1;
    this.persist = false;
  }

  // ——— Public API ———

  /** The `<video>` in use: the slotted one, or the element's own. */
  get video(): HTMLVideoElement | null {
    return this.#slotted ?? this.renderRoot?.querySelector<HTMLVideoElement>('video') ?? null;
  }

  /** The steps read from `chapters`, in order. */
  get steps(): KneeExerciseStepDetail[] {
    return this.#steps.map((c, index) => ({ index, title: c.text, start: c.start, end: c.end }));
  }

  /** Index of the step playing now, or -1 before the first step or without chapters. */
  get currentStep(): number {
    return this.#step;
  }

  /** Loops the current step until turned off. */
  get repeatStep(): boolean {
    return this.#repeat;
  }
  set repeatStep(on: boolean) {
    this.#repeat = on;
    this.#scheduleBoundary();
    this.requestUpdate();
  }

  /** Pauses at the end of every step. */
  get pauseAfterEachStep(): boolean {
    return this.#pauseAfter;
  }
  set pauseAfterEachStep(on: boolean) {
    this.#pauseAfter = on;
    this.#pausedAtEndOf = -1;
    this.#scheduleBoundary();
    this.requestUpdate();
  }

  /**
   * Starts playback. Settles once the video plays or a failure is shown (when every `<source>` fails,
   * the browser's own play() never settles); never throws: a refused start shows a message and fires
   * `knee-exercise-error`.
   */
  async play(): Promise<void> {
    const video = this.video;
    if (!video || this.#noSource()) return;
    this.#clearError('play-refused');
    const started = video.play().catch((error: DOMException) => {
      // A missing or unplayable source rejects too; its error event says which, so only a refusal is ours to report.
      if (error.name === 'NotAllowedError') this.#fail('play-refused');
    });
    await Promise.race([started, new Promise<void>((resolve) => this.#failureWaiters.push(resolve))]);
  }

  pause(): void {
    this.video?.pause();
  }

  /** Goes to the start of step `index` (kept playing or paused as it was). */
  goToStep(index: number): void {
    const step = this.#steps[index];
    if (step) this.#seek(step.start);
  }

  // ——— Lifecycle ———

  connectedCallback(): void {
    super.connectedCallback();
    this.#fetches = new AbortController();
    this.#childObserver = new MutationObserver(() => this.#adoptChildVideo());
    this.#childObserver.observe(this, { childList: true });
    document.addEventListener('fullscreenchange', this.#onFullscreen);
    window.addEventListener('pagehide', this.#save);
    if (this.hasUpdated) {
      this.#loadTracks(true, true);
      this.#adoptChildVideo();
      this.#attach();
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#save();
    this.#detach();
    this.#fetches.abort();
    this.#childObserver?.disconnect();
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
    window.removeEventListener('pagehide', this.#save);
    clearTimeout(this.#boundary);
    this.#releaseWakeLock();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('speed')) this.speed = this.oneOf('speed', numberConverter.fromAttribute(String(this.speed)), SPEEDS, 1);
    if (changed.has('src') && this.src !== undefined && this.src.trim() === '') {
      this.warnOnce('src-empty', 'src is empty; set it to the URL of the video.');
    }
    if (changed.has('src') || changed.has('storageKey') || changed.has('persist')) this.#restore();
  }

  protected firstUpdated(): void {
    this.#adoptChildVideo();
    this.#attach();
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('captions') || changed.has('chapters')) this.#loadTracks(changed.has('captions'), changed.has('chapters'));
    if (changed.has('src') || !this.#sourceChecked) {
      this.#sourceChecked = true;
      this.#error = null;
      this.#attach();
      if (this.#noSource()) this.#fail('no-source');
    }
    const video = this.video;
    if (video && changed.has('speed')) {
      video.defaultPlaybackRate = this.speed;
      video.playbackRate = this.speed;
    }
  }

  // ——— Sources and tracks ———

  /** The first `<video>` child, if any, is assigned to the slot and driven by the controls. */
  #adoptChildVideo(): void {
    const child = [...this.children].find((c): c is HTMLVideoElement => c instanceof HTMLVideoElement) ?? null;
    const slot = this.renderRoot?.querySelector('slot');
    if (!slot) return;
    slot.assign(...(child ? [child] : []));
    if (child === this.#slotted) return;
    this.#slotted = child;
    if (child) {
      child.controls = false;
      child.setAttribute('part', 'video');
      if (!child.hasAttribute('preload')) child.preload = 'none';
      const tracks = [...child.querySelectorAll('track')];
      const captions = tracks.find((tr) => tr.kind === 'captions' || tr.kind === 'subtitles');
      const chapters = tracks.find((tr) => tr.kind === 'chapters');
      if (captions && !this.captions) this.captions = captions.src;
      if (chapters && !this.chapters) this.chapters = chapters.src;
    }
    this.requestUpdate();
    this.updateComplete.then(() => this.#attach());
  }

  #noSource(): boolean {
    if (this.#slotted) return !this.#slotted.currentSrc && !this.#slotted.src && !this.#slotted.querySelector('source');
    return !this.src?.trim();
  }

  async #loadTracks(captions: boolean, chapters: boolean): Promise<void> {
    const read = async (url: string | undefined): Promise<Cue[] | null> => {
      if (!url) return [];
      try {
        const response = await fetch(url, { signal: this.#fetches.signal, credentials: 'same-origin' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return parseVtt(await response.text());
      } catch (error) {
        if (this.#fetches.signal.aborted) return null;
        this.warnOnce(`vtt:${url}`, `could not read "${url}" (${(error as Error).message}).`);
        return null;
      }
    };
    if (captions) {
      const cues = await read(this.captions);
      this.#cues = cues ?? [];
      this.#cuesFailed = cues === null && !!this.captions;
    }
    if (chapters) this.#steps = (await read(this.chapters)) ?? [];
    if (chapters && !this.#duration && this.#steps.length) this.#duration = this.#steps.at(-1)!.end;
    this.#updateStep(false);
    this.requestUpdate();
  }

  // ——— Media events ———

  #mediaEvents(): [string, EventListener, boolean?][] {
    return [
      ['play', this.#onPlay],
      ['playing', this.#onPlaying],
      ['pause', this.#onPause],
      ['waiting', this.#onWaiting],
      ['timeupdate', this.#onTime],
      ['seeked', this.#onTime],
      ['ratechange', this.#onRate],
      ['durationchange', this.#onDuration],
      ['loadedmetadata', this.#onDuration],
      ['volumechange', this.#onVolume],
      ['ended', this.#onEnded],
      ['error', this.#onError, true],
    ];
  }

  #detach(): void {
    for (const [name, handler, capture] of this.#mediaEvents()) this.#listening?.removeEventListener(name, handler, capture);
    this.#listening = null;
  }

  #attach(): void {
    const video = this.video;
    if (!video || video === this.#listening) return;
    this.#detach();
    for (const [name, handler, capture] of this.#mediaEvents()) video.addEventListener(name, handler, capture);
    this.#listening = video;
    video.defaultPlaybackRate = this.speed;
    video.playbackRate = this.speed;
  }

  #onPlay = () => {
    this.#playing = true;
    this.#clearError('play-refused');
    this.emit('knee-exercise-play', { currentTime: this.video!.currentTime });
    this.requestUpdate();
  };

  #onPlaying = () => {
    this.#loading = false;
    this.#resumeAt = 0;
    void this.#requestWakeLock();
    this.#scheduleBoundary();
    this.requestUpdate();
  };

  #onPause = () => {
    this.#playing = false;
    this.#loading = false;
    clearTimeout(this.#boundary);
    this.#releaseWakeLock();
    this.#save();
    this.emit('knee-exercise-pause', { currentTime: this.video!.currentTime });
    this.requestUpdate();
  };

  #onWaiting = () => {
    this.#loading = true;
    this.requestUpdate();
  };

  #onTime = () => {
    const video = this.video!;
    this.#time = video.currentTime;
    if (this.#pausedAtEndOf >= 0 && this.#stepAt(this.#time) !== this.#pausedAtEndOf) this.#pausedAtEndOf = -1;
    this.#updateStep(true);
    this.#checkBoundary();
    this.#scheduleBoundary();
    if (this.persist && Math.abs(this.#time - this.#lastSaved) >= 5) this.#save();
    this.requestUpdate();
  };

  #onRate = () => {
    const rate = this.video!.playbackRate;
    if (SPEEDS.includes(rate as (typeof SPEEDS)[number]) && rate !== this.speed) this.speed = rate;
    this.#scheduleBoundary();
    this.#save();
  };

  #onDuration = () => {
    const d = this.video!.duration;
    if (Number.isFinite(d) && d > 0) this.#duration = d;
    this.requestUpdate();
  };

  #onVolume = () => this.requestUpdate();

  #onEnded = () => {
    if (this.#repeat && this.#step >= 0) {
      this.#seek(this.#steps[this.#step].start);
      void this.play();
      return;
    }
    this.#playing = false;
    this.emit('knee-exercise-complete', { duration: this.video!.duration });
    this.requestUpdate();
  };

  /** Errors of the `<video>` and, in the capture phase, of its `<source>` children (they do not bubble). */
  #onError = (event: Event) => {
    const video = this.video!;
    if (event.target instanceof HTMLSourceElement) {
      const sources = [...video.querySelectorAll('source')];
      if (event.target !== sources.at(-1)) return;
      void this.#diagnose(event.target.src);
      return;
    }
    const code = video.error?.code;
    if (code === MediaError.MEDIA_ERR_ABORTED) return;
    if (code === MediaError.MEDIA_ERR_NETWORK) this.#fail('network');
    else if (code === MediaError.MEDIA_ERR_DECODE) this.#fail('decode');
    else void this.#diagnose(video.currentSrc || video.src);
  };

  /** A source the browser would not play: missing (404) or of a type it cannot play? Asks the same URL. */
  async #diagnose(url: string): Promise<void> {
    let reason: KneeExerciseErrorReason = 'unsupported';
    try {
      const response = await fetch(url, { method: 'HEAD', signal: this.#fetches.signal, credentials: 'same-origin' });
      if (response.status === 404 || response.status === 410) reason = 'not-found';
      else if (!response.ok) reason = 'network';
    } catch {
      reason = this.#fetches.signal.aborted ? 'unsupported' : 'network';
    }
    this.#fail(reason);
  }

  #fail(reason: KneeExerciseErrorReason): void {
    // Whoever awaits play() is released even when this failure is already showing.
    this.#failureWaiters.splice(0).forEach((resolve) => resolve());
    if (this.#error?.reason === reason) return;
    const message = t.errors[reason];
    this.#error = { reason, message };
    this.#playing = false;
    this.#loading = false;
    clearTimeout(this.#boundary);
    this.emit('knee-exercise-error', { reason, message });
    this.requestUpdate();
  }

  #clearError(only?: KneeExerciseErrorReason): void {
    if (this.#error && (!only || this.#error.reason === only)) {
      this.#error = null;
      this.requestUpdate();
    }
  }

  #retry = () => {
    const video = this.video;
    if (!video || this.#noSource()) return;
    this.#error = null;
    const at = this.#time;
    if (video.error || video.networkState === HTMLMediaElement.NETWORK_NO_SOURCE) {
      video.load();
      if (at) video.currentTime = at;
    }
    void this.play();
  };

  // ——— Steps: current step, repeat, pause after each ———

  #stepAt(time: number): number {
    for (let i = this.#steps.length - 1; i >= 0; i--) if (time >= this.#steps[i].start - 0.001) return i;
    return -1;
  }

  #updateStep(announce: boolean): void {
    const index = this.#stepAt(this.#time);
    if (index === this.#step) return;
    this.#step = index;
    if (index < 0) return;
    const s = this.#steps[index];
    if (announce) this.#announcement = t.step(index + 1, this.#steps.length, s.text);
    this.emit('knee-exercise-step', { index, title: s.text, start: s.start, end: s.end });
  }

  /** At a step's end: loop it (repeat), or pause once (pause after each step). */
  #checkBoundary(): void {
    const video = this.video;
    const step = this.#steps[this.#step];
    if (!video || !step || video.paused || !(this.#repeat || this.#pauseAfter)) return;
    const isLast = this.#step === this.#steps.length - 1;
    const end = isLast ? Math.min(step.end, this.#duration || step.end) : step.end;
    if (video.currentTime < end - STEP_END_SLACK) return;
    if (this.#pauseAfter && this.#pausedAtEndOf !== this.#step) {
      this.#pausedAtEndOf = this.#step;
      video.pause();
      this.#announcement = t.pausedAfterStep(this.#step + 1, step.text);
      if (this.#repeat) this.#seek(step.start);
      return;
    }
    if (this.#repeat) {
      this.#pausedAtEndOf = -1;
      this.#seek(step.start);
    }
  }

  /** A timer for the current step's end, so a boundary is met on time rather than at the next timeupdate. */
  #scheduleBoundary(): void {
    clearTimeout(this.#boundary);
    const video = this.video;
    const step = this.#steps[this.#step];
    if (!video || !step || video.paused || !(this.#repeat || this.#pauseAfter)) return;
    const remaining = (step.end - STEP_END_SLACK - video.currentTime) / (video.playbackRate || 1);
    this.#boundary = setTimeout(() => {
      const v = this.video;
      if (v) this.#time = v.currentTime;
      this.#checkBoundary();
      this.#scheduleBoundary();
    }, Math.max(10, remaining * 1000));
  }

  #seek(time: number): void {
    const video = this.video;
    if (!video) return;
    const max = this.#duration || video.duration || time;
    const to = Math.min(Math.max(0, time), Number.isFinite(max) ? max : time);
    video.currentTime = to;
    this.#time = to;
    this.#updateStep(true);
    this.#scheduleBoundary();
    this.requestUpdate();
  }

  #previousStep = () => {
    if (!this.#steps.length) return;
    const current = this.#steps[this.#step];
    const index = current && this.#time - current.start > 2 ? this.#step : Math.max(0, this.#step - 1);
    this.goToStep(index);
  };

  #nextStep = () => {
    if (this.#step < this.#steps.length - 1) this.goToStep(this.#step + 1);
  };

  // ——— Controls ———

  #togglePlay = () => {
    const video = this.video;
    if (!video) return;
    if (video.paused || video.ended) void this.play();
    else video.pause();
  };

  #toggleMute = () => {
    const video = this.video;
    if (video) video.muted = !video.muted;
  };

  #toggleCaptions = () => {
    this.#captionsOn = !this.#captionsOn;
    const video = this.video;
    if (video) for (const track of video.textTracks) if (track.kind === 'captions' || track.kind === 'subtitles') track.mode = this.#captionsOn ? 'showing' : 'hidden';
    this.requestUpdate();
  };

  #toggleFullscreen = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await this.renderRoot.querySelector<HTMLElement>('.player')!.requestFullscreen();
    } catch (error) {
      this.warnOnce('fullscreen', `full screen was refused (${(error as Error).message}).`);
    }
  };

  #onFullscreen = () => {
    this.#fullscreen = document.fullscreenElement === this;
    this.requestUpdate();
  };

  #setSpeed(rate: number): void {
    this.speed = rate;
  }

  #stepSpeed(direction: 1 | -1): void {
    const at = SPEEDS.indexOf(this.speed as (typeof SPEEDS)[number]);
    this.#setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, at + direction))]);
  }

  #onSeekInput = (event: Event) => this.#seek(Number((event.target as HTMLInputElement).value));

  /** Shortcuts, only for key presses inside the player. */
  #onKeydown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0] as HTMLElement;
    const tag = target.localName;
    const onRange = tag === 'input' && (target as HTMLInputElement).type === 'range';
    const onControl = tag === 'button' || tag === 'summary' || tag === 'select' || (tag === 'input' && !onRange);
    const actions: Record<string, (() => void) | undefined> = {
      ' ': onControl ? undefined : this.#togglePlay,
      k: this.#togglePlay,
      ArrowLeft: onRange || tag === 'select' ? undefined : () => this.#seek(this.#time - SEEK_STEP),
      ArrowRight: onRange || tag === 'select' ? undefined : () => this.#seek(this.#time + SEEK_STEP),
      Home: onRange ? undefined : () => this.#seek(0),
      End: onRange ? undefined : () => this.#seek(this.#duration),
      m: this.#toggleMute,
      c: this.captions ? this.#toggleCaptions : undefined,
      f: document.fullscreenEnabled ? this.#toggleFullscreen : undefined,
      '<': () => this.#stepSpeed(-1),
      '>': () => this.#stepSpeed(1),
      p: this.#previousStep,
      n: this.#nextStep,
    };
    const action = actions[event.key.length === 1 && event.key !== ' ' ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  // ——— Remembered position ———

  get #storageKey(): string {
    return `${STORAGE_PREFIX}player:${this.storageKey || this.src || ''}`;
  }

  #warnStorage = (message: string) => this.warnOnce('storage', message);

  #restore(): void {
    this.#resumeAt = 0;
    if (!this.persist || !(this.storageKey || this.src)) return;
    const stored = loadStored(this.#storageKey, this.#warnStorage) as StoredPosition | undefined;
    if (stored === undefined) return;
    if (stored?.version !== 1 || !Number.isFinite(stored.time) || !SPEEDS.includes(stored.speed as never)) {
      this.#warnStorage(`saved position under "${this.#storageKey}" is in an unknown format; starting from the beginning.`);
      return;
    }
    this.speed = stored.speed;
    if (stored.time >= 1) this.#resumeAt = stored.time;
  }

  #save = () => {
    if (!this.persist || !(this.storageKey || this.src) || !this.video) return;
    const video = this.video;
    const ended = video.ended || (this.#duration > 0 && video.currentTime >= this.#duration - 0.5);
    const value: StoredPosition = { version: 1, time: ended ? 0 : video.currentTime, speed: this.speed };
    this.#lastSaved = video.currentTime;
    saveStored(this.#storageKey, value, this.#warnStorage);
  };

  #resume = () => {
    const at = this.#resumeAt;
    this.#resumeAt = 0;
    this.#seek(at);
    void this.play();
  };

  #startOver = () => {
    this.#resumeAt = 0;
    this.#seek(0);
    void this.play();
  };

  // ——— Wake lock ———

  async #requestWakeLock(): Promise<void> {
    const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock;
    if (!wakeLock || this.#wakeLock) return;
    try {
      this.#wakeLock = await wakeLock.request('screen');
    } catch {
      this.#wakeLock = null; // refused (page hidden, policy): the video plays all the same
    }
  }

  #releaseWakeLock(): void {
    const lock = this.#wakeLock;
    this.#wakeLock = null;
    lock?.release().catch(() => undefined);
  }

  // ——— Render ———

  protected render() {
    const label = this.label || this.content.exercise.label;
    const duration = this.#duration;
    const steps = this.#steps;
    const current = this.#cues.findIndex((c) => this.#time >= c.start && this.#time < c.end);
    const error = this.#error;
    const src = this.src?.trim() || undefined;
    const btn = (text: string, onClick: () => void, extra: { pressed?: boolean; disabled?: boolean; cls?: string } = {}) =>
      html`<button
        part="button"
        type="button"
        class=${extra.cls ?? ''}
        aria-pressed=${extra.pressed === undefined ? nothing : String(extra.pressed)}
        ?disabled=${extra.disabled}
        @click=${onClick}
      >
        ${text}
      </button>`;

    return html`<div part="player" class="player ${this.#fullscreen ? 'is-fullscreen' : ''}" role="region" aria-label=${label} @keydown=${this.#onKeydown}>
      <div part="frame" class="frame" tabindex="0" role="group" aria-label=${t.frame(label)} @click=${this.#togglePlay}>
        <slot></slot>
        ${this.#slotted
          ? nothing
          : html`<video part="video" preload="none" playsinline poster=${this.poster || nothing} src=${src ?? nothing}>
              ${this.captions ? html`<track kind="captions" src=${this.captions} srclang="en" label=${t.captions} />` : nothing}
            </video>`}
        ${this.#loading && !error ? html`<p class="loading" aria-hidden="true">${t.loading}</p>` : nothing}
      </div>
      <div part="alert" class=${error ? 'alert has-error' : 'alert'} role="alert">
        ${error
          ? html`<p>${error.message}${this.#cues.length ? ` ${t.errorSuffix}` : ''}</p>
              ${error.reason === 'no-source' ? nothing : btn(t.retry, this.#retry)}`
          : nothing}
      </div>
      ${this.#resumeAt && !error
        ? html`<div class="resume no-print">${btn(t.resume(clock(this.#resumeAt)), this.#resume)} ${btn(t.startOver, this.#startOver)}</div>`
        : nothing}
      <div part="controls" class="controls no-print">
        ${btn(this.#playing ? t.pause : t.play, this.#togglePlay, { cls: 'play' })}
        <input
          part="seek"
          type="range"
          min="0"
          max=${Math.max(duration, 0.1)}
          step="1"
          .value=${String(this.#time)}
          aria-label=${t.seek}
          aria-valuetext=${t.position(spokenTime(this.#time), spokenTime(duration))}
          @input=${this.#onSeekInput}
        />
        <span class="time" aria-hidden="true">${clock(this.#time)} / ${clock(duration)}</span>
        <span class="speed">
          <label for="knee-speed">${t.speed}</label>
          <select id="knee-speed" part="speed-select" @change=${(e: Event) => this.#setSpeed(Number((e.target as HTMLSelectElement).value))}>
            ${SPEEDS.map((rate) => html`<option value=${rate} ?selected=${rate === this.speed}>${t.speedOption(rate)}</option>`)}
          </select>
        </span>
        ${this.captions ? btn(t.captions, this.#toggleCaptions, { pressed: this.#captionsOn }) : nothing}
        ${btn(t.mute, this.#toggleMute, { pressed: !!this.video?.muted })}
        ${document.fullscreenEnabled ? btn(this.#fullscreen ? t.exitFullScreen : t.fullScreen, this.#toggleFullscreen) : nothing}
      </div>
      ${steps.length
        ? html`<div class="steps no-print">
            <div class="step-controls">
              ${btn(t.previousStep, this.#previousStep)} ${btn(t.nextStep, this.#nextStep, { disabled: this.#step >= steps.length - 1 })}
              ${btn(t.repeatStep, () => (this.repeatStep = !this.#repeat), { pressed: this.#repeat })}
              ${btn(t.pauseAfterStep, () => (this.pauseAfterEachStep = !this.#pauseAfter), { pressed: this.#pauseAfter })}
            </div>
            <ol part="step-list" aria-label=${t.steps}>
              ${steps.map(
                (s, i) =>
                  html`<li>
                    <button part="step" type="button" aria-current=${i === this.#step ? 'step' : nothing} @click=${() => this.goToStep(i)}>
                      <span class="step-time">${clock(s.start)}</span> ${s.text}
                    </button>
                  </li>`,
              )}
            </ol>
          </div>`
        : nothing}
      <p class="visually-hidden" aria-live="polite">${this.#announcement}</p>
      ${this.captions
        ? html`<details part="transcript" class="transcript">
            <summary>${t.transcript}</summary>
            ${this.#cuesFailed
              ? html`<p>${t.transcriptMissing}</p>`
              : html`<ol>
                  ${this.#cues.map(
                    (c, i) =>
                      html`<li>
                        <button part="cue" type="button" aria-current=${i === current ? 'true' : nothing} @click=${() => this.#seek(c.start)}>
                          <span class="step-time">${clock(c.start)}</span> ${c.text}
                        </button>
                      </li>`,
                  )}
                </ol>`}
          </details>`
        : nothing}
      <details class="shortcuts no-print">
        <summary>${t.shortcuts}</summary>
        <dl>${t.keys.map(([keys, what]) => html`<div><dt>${keys}</dt><dd>${what}</dd></div>`)}</dl>
      </details>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-exercise-player': KneeExercisePlayer;
  }
}
