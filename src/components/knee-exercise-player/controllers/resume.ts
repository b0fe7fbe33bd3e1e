import type { ReactiveController } from 'lit';
import type { StoredRecord } from '../../../internal/storage.js';
import { StoredRecordController } from '../../../internal/stored-record-controller.js';
import { positionKey, positionSpec, type StoredPosition } from '../position-store.js';
import type { MediaController, PlayerHost } from './media.js';

/** A position this close to the end (seconds) counts as the end: it is kept as 0 and never offered. */
const END_SLACK = 0.5;

export interface ResumeOptions {
  /** Name under which this video's position is kept, or null when nothing may be kept (`persist` off). */
  name: () => string | null;
  speed: () => number;
  setSpeed: (speed: number) => void;
  speeds: readonly number[];
  warn: (message: string) => void;
}

/**
 * With `persist`: the position and speed kept for this video on this device (the stored record
 * `knee-advice:v1:player:<storage-key or src>`, see `positionSpec`), and the "Resume from m:ss" offer.
 *
 * The record is followed through `StoredRecordController`, and the position is read from it every time it
 * is shown, never copied: other players with the same key on the page, other tabs and `forgetStoredData()`
 * change what is offered. Nothing is written until the person has played this video under this key:
 * opening a key (a new `storage-key` or `src`), loading the page (which sets the speed), leaving it or
 * forgetting must not write anything. Without `persist` no record is even opened.
 */
export class ResumeController implements ReactiveController {
  #host: PlayerHost;
  #media: MediaController;
  #options: ResumeOptions;
  #stored: StoredRecordController<StoredPosition | null>;
  /** The person has played under this key since it was opened (or since everything was forgotten): saving is allowed. */
  #played = false;
  /** The offer was taken up or playback started: it stays away until another key is opened. */
  #withdrawn = false;
  #lastSaved = 0;

  constructor(host: PlayerHost, media: MediaController, options: ResumeOptions) {
    this.#host = host;
    this.#media = media;
    this.#options = options;
    this.#stored = new StoredRecordController(host, {
      spec: positionSpec,
      key: () => {
        const name = options.name();
        return name ? positionKey(name) : undefined;
      },
      changed: this.#onStored,
      switching: this.#switching,
      warn: options.warn,
    });
    host.addController(this);
    media.listen(
      ['play', () => (this.#played = true)],
      ['playing', this.#withdrawOffer],
      ['pause', this.save],
      ['ratechange', this.save],
      ['timeupdate', this.#onTime],
    );
  }

  /**
   * The kept position offered by "Resume from", or 0 for no offer. Setting 0 withdraws the offer. Only a
   * position inside the video is offered, so nothing is offered before its length is known, nor in a video
   * the browser cannot move in.
   */
  get offer(): number {
    const time = this.#kept;
    return time && this.#media.navigable && time < this.#media.duration - END_SLACK ? time : 0;
  }
  set offer(time: number) {
    if (!time) this.#withdrawn = true;
  }
  /** A kept position waits for the video's length before it can be offered (the video's metadata is then read). */
  get needsDuration(): boolean {
    return !!this.#kept && !this.#media.duration;
  }
  /** The kept position that may be offered (1 s or more, not withdrawn), or 0. */
  get #kept(): number {
    const time = this.#withdrawn ? 0 : (this.#stored.record?.get()?.time ?? 0);
    return time >= 1 ? time : 0;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.save);
  }
  /** A slotted video that would wait for Play reads its metadata when a kept position waits for the video's length. */
  hostUpdated(): void {
    const slotted = this.#media.slotted;
    if (slotted?.preload === 'none' && this.needsDuration) slotted.preload = 'metadata';
  }
  hostDisconnected(): void {
    this.save();
    window.removeEventListener('pagehide', this.save);
  }

  /**
   * Opens the record for the current video, name and `persist` (call when any of them changes): reads
   * it, writing nothing, and takes its speed. When the video is playing, the person's progress under the
   * previous key is saved there first (when paused, the pause saved it), unless `persist` was turned off.
   */
  restore(): void {
    this.#stored.sync();
    this.#played = false;
    this.#withdrawn = false;
    this.#takeSpeed();
  }

  /**
   * Keeps the position and speed, once the person has played, and only where the browser can move in the
   * video: a position reached in a video that can only play from the start never replaces a kept one.
   */
  save = () => this.#saveTo(this.#stored.record);

  #saveTo(record: StoredRecord<StoredPosition | null> | undefined): void {
    const video = this.#media.video;
    if (!record || !video || !this.#played || !this.#media.navigable) return;
    const duration = this.#media.duration;
    const ended = video.ended || (duration > 0 && video.currentTime >= duration - END_SLACK);
    this.#lastSaved = video.currentTime;
    record.set({ time: ended ? 0 : video.currentTime, speed: this.#options.speed(), at: Date.now() });
  }

  /** Another key is opened (or none): progress made while playing is kept under the old key, if another follows. */
  #switching = (previous: StoredRecord<StoredPosition | null> | undefined, next: string | undefined) => {
    if (next && this.#media.playing) this.#saveTo(previous);
    this.#played = false;
    this.#withdrawn = false;
  };

  /** Another player with this key, another tab, or forgetting changed the kept position. */
  #onStored = (position: StoredPosition | null) => {
    // Forgotten: nothing is saved again until the person plays again.
    if (!position) this.#played = false;
    // Until the person has played here, the player shows what is kept: its offer and its speed.
    else if (!this.#played) this.#takeSpeed();
  };

  /** The kept speed, when it is one the player offers. */
  #takeSpeed(): void {
    const record = this.#stored.record;
    const speed = record?.get()?.speed;
    if (speed === undefined || speed === this.#options.speed()) return;
    if (this.#options.speeds.includes(speed)) this.#options.setSpeed(speed);
    else
      this.#options.warn(
        `the speed saved under "${record!.key}" (${speed}) is not one of ${this.#options.speeds.join(', ')}; playing at ${this.#options.speed()}.`,
      );
  }

  #onTime = () => {
    if (Math.abs(this.#media.time - this.#lastSaved) >= 5) this.save();
  };

  #withdrawOffer = () => {
    if (this.#withdrawn) return;
    this.#withdrawn = true;
    this.#host.requestUpdate();
  };
}
