import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { kneeEvent } from '../../../internal/events.js';
import type { LocaleTable } from '../../../internal/strings.js';
import { playerStrings } from '../strings.js';
// Kept in the declarations (a named import used only in code is not): strings.d.ts adds `player` to
// LocaleTable, so an app type-checking with `skipLibCheck: false` can read `PlayerWords`.
import '../strings.js';

/** The player's interface words, in its language. */
export type PlayerWords = LocaleTable['player'];
/** The element the player's controllers attach to; `playerWords` are its words in its language now. */
export type PlayerHost = ReactiveControllerHost &
  HTMLElement & { readonly hasUpdated: boolean; readonly playerWords?: PlayerWords };
/** The words a controller shows or announces: the host's, read when needed (so a new `lang` applies); English without a locale. */
export const wordsOf = (host: PlayerHost): PlayerWords => host.playerWords ?? playerStrings;
/** A listener on the `<video>`: event type, handler, capture (to see `<source>` errors, which do not bubble). */
export type MediaListener = readonly [type: string, listener: (event: Event) => void, capture?: boolean];

/** Media events after which something the player shows may have changed. */
const STATE_EVENTS = [
  'play',
  'pause',
  'playing',
  'waiting',
  'canplay',
  'timeupdate',
  'seeked',
  'ratechange',
  'durationchange',
  'loadedmetadata',
  'volumechange',
  'ended',
  'emptied',
  'error',
];

export interface MediaOptions {
  /** The `<video>` the element renders itself, used when no `<video>` child is slotted. */
  own: () => HTMLVideoElement | null;
  /** The address for the element's own `<video>` (none: no video). */
  src: () => string | undefined;
  /** The speed to start a newly attached video at. */
  rate: () => number;
  /** A `<video>` child was adopted (read its tracks). */
  adopted?: (video: HTMLVideoElement) => void;
  /** The video reached its end; return true when that was handled (a repeated step) and is no completion. */
  ended?: () => boolean;
  /** Tells whoever set up the page about a problem of the video, once per key. */
  warn?: (key: string, message: string) => void;
}

/**
 * The `<video>` in use and everything the player shows about it. Every piece of state is a getter on the
 * video itself, re-rendered on the media events that change it (media-chrome's state-mediator idea), so
 * no copy can drift when `src` changes or the element moves. The other controllers add their media
 * listeners here; this controller attaches them to whichever video is in use and removes them itself.
 */
export class MediaController implements ReactiveController {
  #host: PlayerHost;
  #options: MediaOptions;
  #listeners: MediaListener[] = [];
  #attached: HTMLVideoElement | null = null;
  #slotted: HTMLVideoElement | null = null;
  /** Made on connection, so the server renderer (no DOM) can construct the element. */
  #observer?: MutationObserver;
  /** Whether the last `knee-exercise-play`/`-pause` said "playing", so the two always alternate. */
  #announcedPlaying = false;
  /** The position of a video released while the player was out of the page. */
  #parkedAt = 0;
  /** Whether the next `seeked` is the video going to a time set before it had loaded (see #onSeeked). */
  #startSeek = false;

  constructor(host: PlayerHost, options: MediaOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.listen(
      ...STATE_EVENTS.map((type): MediaListener => [type, this.#changed]),
      ...['play', 'pause', 'emptied', 'error'].map((type): MediaListener => [type, this.#announce]),
      ['ended', this.#onEnded],
      ['loadedmetadata', this.#onMetadata],
      ['seeked', this.#onSeeked],
    );
  }

  /** The `<video>` in use: a slotted child, else the element's own. */
  get video(): HTMLVideoElement | null {
    return this.#slotted ?? this.#options.own();
  }
  get slotted(): HTMLVideoElement | null {
    return this.#slotted;
  }
  /** The video's address (absolute), from the slotted video or the element's `src`; '' for none. */
  get address(): string {
    const video = this.#slotted;
    const url = video ? video.currentSrc || video.src || video.querySelector('source')?.src : this.#options.src();
    if (!url || isServer) return url ?? '';
    return new URL(url, document.baseURI).href;
  }
  /** Playing, or trying to: not paused, ended, failed or without a usable source. */
  get playing(): boolean {
    const v = this.video;
    return !!v && !v.paused && !v.ended && !v.error && v.networkState !== HTMLMediaElement.NETWORK_NO_SOURCE;
  }
  /** Playing but waiting for data. */
  get waiting(): boolean {
    return this.playing && this.video!.readyState < HTMLMediaElement.HAVE_FUTURE_DATA;
  }
  get time(): number {
    return this.video?.currentTime ?? 0;
  }
  /** The video's duration once known, else 0. */
  get duration(): number {
    const d = this.video?.duration ?? NaN;
    return Number.isFinite(d) && d > 0 ? d : 0;
  }
  /**
   * Whether the browser can move in the video: undefined until its metadata is known; false when a video
   * of known length can only be played from the start (`seekable` is [0, 0]: its server ignores HTTP
   * Range requests, so every seek would land at 0:00).
   */
  get navigable(): boolean | undefined {
    const video = this.video;
    if (!video || video.readyState < HTMLMediaElement.HAVE_METADATA || !this.duration) return undefined;
    const seekable = video.seekable;
    return seekable.length > 0 && seekable.end(seekable.length - 1) > 0;
  }
  get muted(): boolean {
    return !!this.video?.muted;
  }
  get rate(): number {
    return this.video?.playbackRate ?? 1;
  }
  /** Whether any captions or subtitles track is showing. */
  get captionsShowing(): boolean {
    return [...(this.video?.textTracks ?? [])].some((t) => isCaptions(t) && t.mode === 'showing');
  }

  /** Adds media listeners; they follow the video in use and are removed when the element leaves. */
  listen(...listeners: MediaListener[]): void {
    this.#listeners.push(...listeners);
    for (const [type, fn, capture] of listeners) this.#attached?.addEventListener(type, fn, capture);
  }

  /** Goes to `time`, kept within the video; nowhere but the start in a video that cannot be navigated. */
  seek(time: number): void {
    const video = this.video;
    if (!video || (time > 0 && this.navigable === false)) return;
    const end = this.duration;
    video.currentTime = Math.max(0, end ? Math.min(time, end) : time);
    this.#host.requestUpdate();
  }
  pause(): void {
    this.video?.pause();
  }
  setRate(rate: number): void {
    const video = this.video;
    if (video) video.defaultPlaybackRate = video.playbackRate = rate;
  }
  toggleMute(): void {
    const video = this.video;
    if (video) video.muted = !video.muted;
  }
  toggleCaptions(): void {
    const on = !this.captionsShowing;
    for (const track of this.video?.textTracks ?? []) if (isCaptions(track)) track.mode = on ? 'showing' : 'hidden';
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#adopt());
    this.#observer.observe(this.#host, { childList: true });
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostUpdated(): void {
    this.#adopt();
    this.#applySource();
    this.#attach();
    if (this.navigable === false)
      this.#options.warn?.(
        `not-navigable:${this.address}`,
        `"${this.address}" cannot be navigated: its server ignores HTTP Range requests (seekable is [0, 0]), so it plays only from the start and no position is remembered. Serve it from a server that supports Range requests (see docs/video.md).`,
      );
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#detach();
    // A move in the page (removed and put back in the same task) keeps playing, as the browser does.
    queueMicrotask(() => this.#host.isConnected || this.#release());
  }

  /** Out of the page: paused (with its event) and, for the element's own video, no more downloading. */
  #release(): void {
    const video = this.video;
    if (!video) return;
    video.pause();
    this.#announce();
    if (this.#slotted || !video.hasAttribute('src')) return;
    this.#parkedAt = video.currentTime;
    video.removeAttribute('src');
    video.load();
  }

  /** The first `<video>` child, if any, is assigned to the slot and driven by the controls. */
  #adopt(): void {
    const slot = this.#host.shadowRoot?.querySelector('slot');
    const child = [...this.#host.children].find((c): c is HTMLVideoElement => c instanceof HTMLVideoElement) ?? null;
    if (!slot || child === this.#slotted) return;
    slot.assign(...(child ? [child] : []));
    this.#slotted = child;
    if (child) {
      child.controls = false;
      child.setAttribute('part', 'video');
      if (!child.hasAttribute('preload')) child.preload = 'none';
      this.#options.adopted?.(child);
    }
    this.#host.requestUpdate();
  }

  /** The element's own video gets its address here, so it can be taken away while out of the page. */
  #applySource(): void {
    const own = this.#options.own();
    if (!own || this.#slotted) return;
    const src = this.#options.src();
    if (src && own.getAttribute('src') !== src) {
      own.src = src;
      if (this.#parkedAt) own.currentTime = this.#parkedAt;
      this.#parkedAt = 0;
    } else if (!src && own.hasAttribute('src')) {
      own.removeAttribute('src');
      own.load();
    }
  }

  #attach(): void {
    const video = this.video;
    if (video === this.#attached) return;
    this.#detach();
    if (!video) return;
    for (const [type, fn, capture] of this.#listeners) video.addEventListener(type, fn, capture);
    this.#attached = video;
    this.setRate(this.#options.rate());
    this.#announcedPlaying = this.playing;
  }

  #detach(): void {
    for (const [type, fn, capture] of this.#listeners) this.#attached?.removeEventListener(type, fn, capture);
    this.#attached = null;
  }

  #changed = () => this.#host.requestUpdate();

  /** `knee-exercise-play` and `knee-exercise-pause`, always alternating, also when a new `src` or a removal stops the video silently. */
  #announce = () => {
    const playing = this.playing;
    if (playing === this.#announcedPlaying) return;
    this.#announcedPlaying = playing;
    this.#host.dispatchEvent(
      kneeEvent(playing ? 'knee-exercise-play' : 'knee-exercise-pause', { currentTime: this.time }),
    );
  };

  #onMetadata = () => {
    this.#startSeek = this.video!.currentTime > 0;
  };

  /**
   * WebKitGTK (its GStreamer media player) plays a video whose time was set before it had loaded (a step
   * chosen, a position resumed, a seek before Play) with a clock that never moves on. A second seek, to
   * another time, sets it going: so that first seek is followed by one a millisecond on, too little to
   * see or hear, and harmless in other engines.
   */
  #onSeeked = () => {
    if (!this.#startSeek) return;
    this.#startSeek = false;
    const video = this.video!;
    if (video.currentTime + 0.001 < this.duration) video.currentTime += 0.001;
  };

  #onEnded = () => {
    if (this.#options.ended?.()) return;
    this.#announce();
    this.#host.dispatchEvent(kneeEvent('knee-exercise-complete', { duration: this.video!.duration }));
  };
}

const isCaptions = (track: TextTrack) => track.kind === 'captions' || track.kind === 'subtitles';
