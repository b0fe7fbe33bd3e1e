import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { KneeElement, numberConverter } from '../../internal/base.js';
import { languageTag } from '../../internal/data.js';
import { addEnglish } from '../../internal/locale.js';
import { PrerenderedController } from '../../internal/prerendered.js';
import { FailureController } from './controllers/failures.js';
import { FullscreenController } from './controllers/fullscreen.js';
import { KeyboardController, SEEK_STEP, type ShortcutActions } from './controllers/keyboard.js';
import { MediaController, type PlayerWords } from './controllers/media.js';
import { OneAtATimeController } from './controllers/one-at-a-time.js';
import { ResumeController } from './controllers/resume.js';
import { StepsController } from './controllers/steps.js';
import { corsFor, TracksController } from './controllers/tracks.js';
import { TranscriptController } from './controllers/transcript.js';
import { WakeLockController } from './controllers/wake-lock.js';
import { playerStyles } from './knee-exercise-player.styles.js';
import {
  alertBox,
  controlsRow,
  languageName,
  resumeOffer,
  shortcutsPanel,
  stepsPanel,
  transcriptPanel,
} from './templates.js';
import { parts, tag, type KneeExerciseStepDetail } from './meta.js';
import { english } from './strings.js';
import { toCue } from './vtt.js';

addEnglish(english);

/** The speeds offered, slowest first. */
export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5] as const;

/**
 * A guided exercise video to follow at your own pace: steps from a WebVTT chapters file, "Repeat this
 * step", "Pause after each step", speeds from 0.5× to 1.5×, captions and a transcript, keyboard
 * shortcuts that act only while focus is inside the player, and clear messages when the video fails.
 * Never autoplays and requests no video before Play is pressed (`preload="none"`); with `persist` and a
 * remembered position, it reads the video's metadata first, to offer only a position inside the video.
 * Starting one player pauses the others on the page (`allow-overlap` opts out). A video whose server
 * ignores HTTP Range requests can only play from the start: the player says so and remembers no position.
 *
 * A `<video>` child (with its own `<source>` and `<track>` children) is used instead of `src`, and plays
 * with native controls before the element upgrades or when JavaScript fails. Other children are the
 * no-JavaScript fallback. Captions and chapters on another site need CORS (`Access-Control-Allow-Origin`)
 * on that site; the player then sets `crossorigin` on its video, so the video's site needs it too.
 *
 * Keyboard shortcuts act while focus is inside the player; the player lists them under "Keyboard
 * shortcuts", from the one table `SHORTCUTS` (controllers/keyboard.ts; each row's words come from the
 * locale table): Space or K play/pause, ← → 5 seconds, Home End, P N previous/next step, < > speed,
 * M mute, C captions, F full screen.
 *
 * Every word it shows or announces comes from the locale table of its language (see README,
 * "Languages"); a `lang` change re-renders them. Right to left, the controls and steps mirror; the seek
 * bar and its clock keep the media convention (start on the left), and ← still goes back, → forward.
 *
 * @tagname knee-exercise-player
 * @summary A guided exercise video that waits for the person: steps, repeat, pause after each step.
 *
 * @slot - A `<video>` to use instead of `src`; other children are the no-JavaScript fallback.
 *
 * @fires {CustomEvent<{ currentTime: number }>} knee-exercise-play - Playback started.
 * @fires {CustomEvent<{ currentTime: number }>} knee-exercise-pause - Playback stopped (also at the end of a step with "Pause after each step", a new `src`, or removal from the page).
 * @fires {CustomEvent<KneeExerciseStepDetail>} knee-exercise-step - A new step is playing: `{ index, title, start, end }`.
 * @fires {CustomEvent<{ duration: number }>} knee-exercise-complete - The video reached its end.
 * @fires {CustomEvent<KneeExerciseErrorDetail>} knee-exercise-error - The video cannot play: `{ reason, message }`. Captions that fail are no video error.
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
 * @cssprop --knee-video-aspect-ratio - Aspect ratio of the frame before and after load (default 16 / 9).
 * @cssprop --knee-step-list-height - Height of the list of steps, kept from before the chapters file arrives so nothing moves; a longer list scrolls inside it (default 14em).
 */
export class KneeExercisePlayer extends KneeElement {
  /** @internal */
  static tagName = tag;
  /** Every `::part` this element exposes; `<knee-advice>` forwards them all. */
  static parts = parts;
  static styles = [KneeElement.styles, playerStyles];
  static shadowRootOptions: ShadowRootInit = { ...KneeElement.shadowRootOptions, slotAssignment: 'manual' };

  /** URL of the video. Empty: one warning and a message in the player. */
  @property({ reflect: true }) src?: string;
  /** URL of the image shown before playing. */
  @property({ reflect: true }) poster?: string;
  /** URL of a WebVTT captions file; also the transcript. */
  @property({ reflect: true }) captions?: string;
  /** URL of a WebVTT chapters file: each cue is one step, its text the step's name. */
  @property({ reflect: true }) chapters?: string;
  /** Accessible name of the player (default: the content's exercise label). */
  @property({ reflect: true }) label?: string;
  /** Starting speed: 0.5, 0.75, 1, 1.25 or 1.5 (default 1). Anything else: one warning and 1. */
  @property({ reflect: true, useDefault: true, converter: numberConverter }) speed: number = 1;
  /** Remember position and speed for this video on this device, and offer to resume. */
  @property({ type: Boolean, reflect: true }) persist = false;
  /** Name for the remembered position (default: the video's URL). */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;
  /** CORS mode of the video and its tracks (default: `anonymous` when the captions are on another site). */
  // eslint-disable-next-line lit/attribute-names -- the same name as the <video>'s own `crossorigin`
  @property({ attribute: 'crossorigin', reflect: true }) crossOrigin?: 'anonymous' | 'use-credentials';
  /**
   * Language of the captions file (a tag such as `es`): the captions track's `srclang`, and its label
   * (the language's name). Default: the content's `lang`, else the player's interface language. Not a
   * language tag: one warning and the default.
   */
  @property({ attribute: 'captions-lang', reflect: true }) captionsLang?: string;
  /** Keep playing when another player on the page starts, and let this one start without pausing the others. */
  @property({ attribute: 'allow-overlap', type: Boolean, reflect: true }) allowOverlap = false;

  // The parts: each owns its listeners and their cleanup.
  #warn = (key: string, message: string) => this.warnOnce(key, message);
  #media: MediaController = new MediaController(this, {
    own: () => this.renderRoot?.querySelector<HTMLVideoElement>('video.own') ?? null,
    src: () => this.src?.trim() || undefined,
    rate: () => this.speed,
    adopted: (video) => this.#readChildTracks(video),
    ended: () => this.#steps.loopAtEnd(() => this.play()),
    warn: this.#warn,
  });
  #failures: FailureController = new FailureController(this, this.#media, () => !!this.#media.address);
  #steps: StepsController = new StepsController(this, this.#media);
  #tracks: TracksController = new TracksController(this, {
    crossOrigin: () => this.crossOrigin,
    loaded: (kind, cues) =>
      kind === 'chapters' ? this.#steps.setSteps(cues.map(toCue)) : (this.#transcript.cues = cues),
    warn: this.#warn,
  });
  #transcript: TranscriptController = new TranscriptController(this, {
    list: () => this.renderRoot?.querySelector('.transcript ol') ?? null,
    open: () => !!this.renderRoot?.querySelector<HTMLDetailsElement>('details.transcript')?.open,
    time: () => this.#media.time,
    seek: (time) => this.#steps.seek(time),
  });
  #resume: ResumeController = new ResumeController(this, this.#media, {
    name: () => (this.persist && (this.storageKey || this.src)) || null,
    speed: () => this.speed,
    setSpeed: (speed) => (this.speed = speed),
    speeds: SPEEDS,
    warn: (message) => this.warnOnce('storage', message),
  });
  #fullscreen: FullscreenController = new FullscreenController(
    this,
    () => this.renderRoot?.querySelector('.player') ?? null,
    (m) => this.warnOnce('fullscreen', m),
  );

  constructor() {
    super();
    new PrerenderedController(this);
    new WakeLockController(this, this.#media);
    new KeyboardController(this, () => this.#shortcutActions());
    new OneAtATimeController(this, this.#media, () => this.allowOverlap);
  }

  // ——— Public API ———

  /**
   * The player's words in its language now, for its controllers.
   * @internal
   */
  get playerWords(): PlayerWords {
    return this.t.player;
  }

  /** The `<video>` in use: the slotted one, or the element's own. */
  get video(): HTMLVideoElement | null {
    return this.#media.video;
  }
  /** The steps read from `chapters`, in order. */
  get steps(): KneeExerciseStepDetail[] {
    return this.#steps.details;
  }
  /** Index of the step playing now, or -1 before the first step or without chapters. */
  get currentStep(): number {
    return this.#steps.current;
  }
  /** Loops the current step until turned off. */
  get repeatStep(): boolean {
    return this.#steps.repeat;
  }
  set repeatStep(on: boolean) {
    this.#steps.repeat = on;
  }
  /** Pauses at the end of every step. */
  get pauseAfterEachStep(): boolean {
    return this.#steps.pauseAfter;
  }
  set pauseAfterEachStep(on: boolean) {
    this.#steps.pauseAfter = on;
  }
  /** Starts playback. Settles once the video plays or a failure shows; never throws. */
  play(): Promise<void> {
    return this.#failures.play();
  }
  pause(): void {
    this.#media.pause();
  }
  /** Goes to the start of step `index` (kept playing or paused as it was). */
  goToStep(index: number): void {
    this.#steps.goTo(index);
  }

  // ——— Lifecycle ———

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('speed'))
      this.speed = this.oneOf('speed', numberConverter.fromAttribute(String(this.speed)), SPEEDS, 1);
    if (changed.has('src') && this.src !== undefined && !this.src.trim())
      this.#warn('src-empty', 'src is empty; set it to the URL of the video.');
    if (changed.has('captionsLang') && this.captionsLang?.trim() && !languageTag(this.captionsLang))
      this.#warn(
        `captions-lang=${this.captionsLang}`,
        `captions-lang="${this.captionsLang}" is not a language tag (like "es" or "es-MX"); using "${this.#captionsLang}".`,
      );
    if (changed.has('src') || changed.has('storageKey') || changed.has('persist')) this.#resume.restore();
    this.#tracks.want('captions', this.captions);
    this.#tracks.want('chapters', this.chapters);
  }

  protected updated(changed: PropertyValues<this>): void {
    this.#failures.check();
    if (changed.has('speed')) this.#media.setRate(this.speed);
  }

  // ——— Helpers ———

  get #duration(): number {
    return this.#media.duration || (this.#steps.steps.at(-1)?.end ?? 0);
  }
  /** The captions' language: `captions-lang`, else the content's, else the interface's (whatever the page wrote, if a tag). */
  get #captionsLang(): string {
    return (
      languageTag(this.captionsLang) ||
      languageTag(this.content.lang) ||
      languageTag(this.locale.lang) ||
      this.locale.wordsLang
    );
  }
  get #captionsReady(): boolean {
    return !!this.captions && this.#tracks.captions.status !== 'failed';
  }

  /** A slotted `<video>`'s own `<track>` children give the captions and steps unless set on the player. */
  #readChildTracks(video: HTMLVideoElement): void {
    const tracks = [...video.querySelectorAll('track')];
    this.captions ||= tracks.find((tr) => tr.kind === 'captions' || tr.kind === 'subtitles')?.src;
    this.chapters ||= tracks.find((tr) => tr.kind === 'chapters')?.src;
  }

  #shortcutActions(): ShortcutActions {
    return {
      playPause: this.#togglePlay,
      back: () => this.#steps.seek(this.#media.time - SEEK_STEP),
      forward: () => this.#steps.seek(this.#media.time + SEEK_STEP),
      start: () => this.#steps.seek(0),
      end: () => this.#steps.seek(this.#duration),
      previousStep: () => this.#steps.previous(),
      nextStep: () => this.#steps.next(),
      slower: () => this.#stepSpeed(-1),
      faster: () => this.#stepSpeed(1),
      mute: () => this.#media.toggleMute(),
      captions: this.#captionsReady ? () => this.#media.toggleCaptions() : undefined,
      fullScreen: this.#fullscreen.enabled ? () => this.#fullscreen.toggle() : undefined,
    };
  }

  /** "Resume from" or "Start from the beginning": the offer goes, the video goes there and plays. */
  #resumeAt = (time: number) => ((this.#resume.offer = 0), this.#steps.seek(time), this.play());
  #togglePlay = () => (this.#media.playing ? this.#media.pause() : void this.play());
  #stepSpeed(direction: 1 | -1): void {
    const at = SPEEDS.indexOf(this.speed as (typeof SPEEDS)[number]);
    this.speed = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, at + direction))];
  }

  // ——— Render ———

  #renderControls() {
    return controlsRow(this.t.player, {
      media: this.#media,
      duration: this.#duration,
      lang: this.locale.wordsLang,
      speed: this.speed,
      speeds: SPEEDS,
      captions: this.#captionsReady,
      fullscreen: this.#fullscreen,
      togglePlay: this.#togglePlay,
      seek: (time) => this.#steps.seek(time),
      setSpeed: (rate) => (this.speed = rate),
    });
  }

  protected render() {
    const label = this.label || this.content.exercise.label;
    const t = this.t.player;
    return html`<div part="player" class="player" role="region" aria-label=${label} dir=${this.locale.dir ?? nothing} lang=${this.locale.textLang ?? nothing}>
      <p class="print-only print-title">${label}</p>
      ${this.#renderFrame(label)}
      <div class="panel">
        ${alertBox(t, this.#failures.error, this.#transcript.cues.length > 0, () => this.#failures.retry())}
        ${this.#failures.error ? nothing : resumeOffer(t, this.#resume.offer, this.#resumeAt)}
        ${this.#media.navigable === false ? html`<p class="track-note">${t.notNavigable}</p>` : nothing}
        ${this.#renderControls()}
        ${stepsPanel(t, this.#tracks.chapters, this.#steps)}
        <p class="visually-hidden" aria-live="polite">${this.#steps.announcement}</p>
        ${this.captions ? transcriptPanel(t, this.#tracks.captions, () => this.requestUpdate(), this.#transcript.onClick) : nothing}
        ${shortcutsPanel(t)}
        <p class="print-only">${t.videoAddress(this.#media.address)}</p>
      </div>
    </div>`;
  }

  #renderFrame(label: string) {
    const t = this.t.player;
    const captionsLang = this.#captionsLang;
    // any other value the page writes means anonymous to the browser, as on a <video>
    const cors = (corsFor(this.captions, this.crossOrigin) as 'anonymous' | 'use-credentials' | null) ?? nothing;
    // The click is the mouse's shortcut for Play; keys reach the same action through the player's keydown (Space, K).
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div part="frame" class="frame" tabindex="0" role="group" aria-label=${t.frame(label)} @click=${this.#togglePlay}>
      <slot></slot>
      ${
        this.#media.slotted
          ? nothing
          : html`<video class="own" part="video" preload=${this.#resume.needsDuration ? 'metadata' : 'none'} playsinline poster=${this.poster || nothing} crossorigin=${cors}>
            ${this.#captionsReady ? html`<track kind="captions" src=${this.captions!} srclang=${captionsLang} label=${languageName(captionsLang, this.locale.wordsLang, t.captions)} />` : nothing}
          </video>`
      }
      ${this.#media.waiting && !this.#failures.error ? html`<p class="loading" aria-hidden="true">${t.loading}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-exercise-player': KneeExercisePlayer;
  }
}
