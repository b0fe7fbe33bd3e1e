import type { ReactiveController } from 'lit';
import type { PlayerHost } from './media.js';

/**
 * Full screen for the whole player (video, controls and steps together). Whether it is on is read from
 * the browser each time: the player's own shadow root knows its full-screen element even when the
 * page's `document.fullscreenElement` is an outer element (`<knee-advice>`) whose shadow root holds it.
 */
export class FullscreenController implements ReactiveController {
  #host: PlayerHost;
  #target: () => HTMLElement | null;
  #warn: (message: string) => void;

  constructor(host: PlayerHost, target: () => HTMLElement | null, warn: (message: string) => void) {
    this.#host = host;
    this.#target = target;
    this.#warn = warn;
    host.addController(this);
  }

  get enabled(): boolean {
    return document.fullscreenEnabled;
  }
  get active(): boolean {
    const element = this.#host.shadowRoot?.fullscreenElement;
    return !!element && element === this.#target();
  }

  async toggle(): Promise<void> {
    try {
      if (this.active) await document.exitFullscreen();
      else await this.#target()?.requestFullscreen();
    } catch (error) {
      this.#warn(`full screen was refused (${(error as Error).message}).`);
    }
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.#changed);
  }
  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.#changed);
  }

  #changed = () => this.#host.requestUpdate();
}
