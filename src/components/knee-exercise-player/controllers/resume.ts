import type { ReactiveController } from 'lit';
import { loadStored, saveStored, STORAGE_PREFIX } from '../../../internal/storage.js';
import type { MediaController, PlayerHost } from './media.js';

interface StoredPosition {
  version: 1;
  time: number;
  speed: number;
}

export interface ResumeOptions {
  /** Name under which this video's position is kept, or null when nothing may be kept (`persist` off). */
  name: () => string | null;
  speed: () => number;
  setSpeed: (speed: number) => void;
  speeds: readonly number[];
  warn: (message: string) => void;
}

/**
 * With `persist`: the position and speed kept for this video on this device, and the "Resume from m:ss"
 * offer. Nothing is written until the person has played this video: loading the page (which sets the
 * speed) or leaving it must not wipe what was kept.
 */
export class ResumeController implements ReactiveController {
  /** The kept position offered by "Resume from", or 0 for no offer. */
  offer = 0;
  #host: PlayerHost;
  #media: MediaController;
  #options: ResumeOptions;
  #played = false;
  #lastSaved = 0;

  constructor(host: PlayerHost, media: MediaController, options: ResumeOptions) {
    this.#host = host;
    this.#media = media;
    this.#options = options;
    host.addController(this);
    media.listen(['play', () => (this.#played = true)], ['playing', this.#withdrawOffer], ['pause', this.save], ['ratechange', this.save], ['timeupdate', this.#onTime]);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.save);
  }
  hostDisconnected(): void {
    this.save();
    window.removeEventListener('pagehide', this.save);
  }

  get #key(): string | null {
    const name = this.#options.name();
    return name ? `${STORAGE_PREFIX}player:${name}` : null;
  }

  /** Reads what was kept for the current video (call when the video, its name or `persist` change). */
  restore(): void {
    this.offer = 0;
    this.#played = false;
    const key = this.#key;
    if (!key) return;
    const stored = loadStored(key, this.#options.warn) as StoredPosition | undefined;
    if (stored === undefined) return;
    if (stored?.version !== 1 || !Number.isFinite(stored.time) || !this.#options.speeds.includes(stored.speed)) {
      this.#options.warn(`saved position under "${key}" is in an unknown format; starting from the beginning.`);
      return;
    }
    this.#options.setSpeed(stored.speed);
    if (stored.time >= 1) this.offer = stored.time;
  }

  /** Keeps the position and speed, once the person has played. */
  save = () => {
    const key = this.#key;
    const video = this.#media.video;
    if (!key || !video || !this.#played) return;
    const duration = this.#media.duration;
    const ended = video.ended || (duration > 0 && video.currentTime >= duration - 0.5);
    this.#lastSaved = video.currentTime;
    saveStored(key, { version: 1, time: ended ? 0 : video.currentTime, speed: this.#options.speed() } satisfies StoredPosition, this.#options.warn);
  };

  #onTime = () => {
    if (Math.abs(this.#media.time - this.#lastSaved) >= 5) this.save();
  };

  #withdrawOffer = () => {
    if (!this.offer) return;
    this.offer = 0;
    this.#host.requestUpdate();
  };
}
