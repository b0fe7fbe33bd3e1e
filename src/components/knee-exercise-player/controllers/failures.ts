import { isServer, type ReactiveController } from 'lit';
import { kneeEvent } from '../../../internal/events.js';
import type { KneeExerciseErrorDetail, KneeExerciseErrorReason } from '../meta.js';
import { LatestIntent } from '../../../internal/latest.js';
import { wordsOf, type MediaController, type PlayerHost } from './media.js';

/** Whether `url` is on another site than the page. */
export function isForeign(url: string | undefined): boolean {
  if (!url || isServer) return false;
  try {
    return new URL(url, document.baseURI).origin !== location.origin;
  } catch {
    return false;
  }
}

/**
 * Why the video cannot play, shown to the person and fired as `knee-exercise-error`; and the way back
 * (Try again). Only the video's own errors and its `<source>` children's count: a `<track>` that fails
 * is the captions' business, not the video's.
 */
export class FailureController implements ReactiveController {
  /** The failure shown now, if any. */
  error: KneeExerciseErrorDetail | null = null;
  #host: PlayerHost;
  #media: MediaController;
  #hasSource: () => boolean;
  /** Callers of play() waiting for the start or a failure; each leaves once its play() settles. */
  #waiters = new Set<() => void>();
  /** The HEAD request asking why the video failed: the latest intent wins (see `LatestIntent`). */
  #diagnosis = new LatestIntent();
  /** The video and address the current diagnosis is about; when either changes, its answer is dropped. */
  #diagnosing?: { video: HTMLVideoElement | null; address: string };

  constructor(host: PlayerHost, media: MediaController, hasSource: () => boolean) {
    this.#host = host;
    this.#media = media;
    this.#hasSource = hasSource;
    host.addController(this);
    media.listen(
      ['error', this.#onError, true],
      ['loadstart', () => (this.#diagnosis.cancel(), this.#clear())],
      ['playing', () => this.#clear('play-refused')],
    );
  }

  /**
   * How many play() calls are still waiting (for tests: it must return to 0).
   * @internal
   */
  get waiting(): number {
    return this.#waiters.size;
  }

  /** A new source or another video ends the diagnosis of the old one. A move in the page does not. */
  hostUpdated(): void {
    const about = this.#diagnosing;
    if (!about || (about.video === this.#media.video && about.address === this.#media.address)) return;
    this.#diagnosis.cancel();
    this.#diagnosing = undefined;
  }

  /** Shows "no video has been set up" when there is no source; true when there is one. */
  check(): boolean {
    if (this.#hasSource()) this.#clear('no-source');
    else this.#fail('no-source');
    return !this.error || this.error.reason !== 'no-source';
  }

  /** Starts the video. Settles once it plays or a failure shows (a failing `<source>` leaves the browser's play() pending forever). */
  async play(): Promise<void> {
    const video = this.#media.video;
    if (!video || !this.check()) return;
    this.#clear('play-refused');
    let release = () => {};
    const failed = new Promise<void>((resolve) => this.#waiters.add((release = resolve)));
    const started = video.play().catch((error: DOMException) => {
      // A missing or unplayable source rejects too; its error event says which, so only a refusal is ours to report.
      if (error.name === 'NotAllowedError') this.#fail('play-refused');
    });
    try {
      await Promise.race([started, failed]);
    } finally {
      this.#waiters.delete(release);
    }
  }

  /** Try again: reloads a failed video where it was, then plays. */
  retry(): Promise<void> {
    const video = this.#media.video;
    if (!video || !this.check()) return Promise.resolve();
    this.#clear();
    if (video.error || video.networkState === HTMLMediaElement.NETWORK_NO_SOURCE) {
      const at = video.currentTime;
      video.load();
      if (at) video.currentTime = at;
    }
    return this.play();
  }

  /** Errors of the `<video>` and, in the capture phase, of its `<source>` and `<track>` children (they do not bubble). */
  #onError = (event: Event) => {
    const video = this.#media.video!;
    const target = event.target;
    if (target instanceof HTMLSourceElement) {
      if (target === [...video.querySelectorAll('source')].at(-1)) void this.#diagnose(target.src);
      return;
    }
    if (target !== video) return; // a <track>: the captions failed, the video did not
    const code = video.error?.code;
    if (code === MediaError.MEDIA_ERR_ABORTED) return;
    if (code === MediaError.MEDIA_ERR_NETWORK) this.#fail('network');
    else if (code === MediaError.MEDIA_ERR_DECODE) this.#fail('decode');
    else void this.#diagnose(video.currentSrc || video.src);
  };

  /**
   * A source the browser would not play: missing (404) or of a type it cannot play? Asks the same URL.
   * Another site that does not allow the question (CORS) cannot be told from a dropped connection, so
   * that gets neutral words.
   */
  async #diagnose(url: string): Promise<void> {
    const intent = this.#diagnosis.begin();
    this.#diagnosing = { video: this.#media.video, address: this.#media.address };
    let reason: KneeExerciseErrorReason = 'unsupported';
    try {
      const response = await fetch(url, { method: 'HEAD', signal: intent.signal, credentials: 'same-origin' });
      if (response.status === 404 || response.status === 410) reason = 'not-found';
      else if (!response.ok) reason = isForeign(url) ? 'unavailable' : 'network';
    } catch {
      reason = isForeign(url) ? 'unavailable' : 'network';
    }
    // Asked about a source the video no longer uses: whatever the answer, it is not about this one.
    if (intent.current) this.#fail(reason);
  }

  #fail(reason: KneeExerciseErrorReason): void {
    // Whoever awaits play() is released even when this failure is already showing.
    for (const release of this.#waiters) release();
    if (this.error?.reason === reason) return;
    this.error = { reason, message: wordsOf(this.#host).errors[reason] };
    this.#host.dispatchEvent(kneeEvent('knee-exercise-error', this.error));
    this.#host.requestUpdate();
  }

  #clear(only?: KneeExerciseErrorReason): void {
    if (!this.error || (only && this.error.reason !== only)) return;
    this.error = null;
    this.#host.requestUpdate();
  }
}
