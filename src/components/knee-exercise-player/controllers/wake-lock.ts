import type { ReactiveController } from 'lit';
import type { MediaController, PlayerHost } from './media.js';

type Sentinel = Partial<EventTarget> & { release(): Promise<void> };
type WakeLockApi = { request(type: 'screen'): Promise<Sentinel> };

/**
 * Keeps the screen on while the video plays (a phone propped on the sofa), where the Screen Wake Lock
 * API exists. At most one request is out at a time; a lock that arrives after the video stopped is
 * released at once; the browser's own release (page hidden) is re-requested when the page shows again.
 */
export class WakeLockController implements ReactiveController {
  #media: MediaController;
  #wanted = false;
  #requesting = false;
  #lock: Sentinel | null = null;

  constructor(host: PlayerHost, media: MediaController) {
    this.#media = media;
    host.addController(this);
    const off = () => this.#want(false);
    media.listen(['playing', () => this.#want(true)], ['pause', off], ['emptied', off], ['ended', off]);
  }

  /**
   * Whether a lock is held now.
   * @internal
   */
  get held(): boolean {
    return !!this.#lock;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
  }
  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#want(false);
  }

  #want(on: boolean): void {
    this.#wanted = on;
    if (on) void this.#acquire();
    else this.#release();
  }

  async #acquire(): Promise<void> {
    const api = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
    if (!api || this.#lock || this.#requesting || document.visibilityState === 'hidden') return;
    this.#requesting = true;
    try {
      const lock = await api.request('screen');
      if (!this.#wanted) return void lock.release().catch(() => undefined);
      this.#lock = lock;
      lock.addEventListener?.('release', () => this.#lock === lock && (this.#lock = null));
    } catch {
      // refused (page hidden, policy): the video plays all the same
    } finally {
      this.#requesting = false;
    }
  }

  #release(): void {
    const lock = this.#lock;
    this.#lock = null;
    lock?.release().catch(() => undefined);
  }

  #onVisibility = () => {
    if (document.visibilityState === 'visible' && this.#wanted && this.#media.playing) void this.#acquire();
  };
}
