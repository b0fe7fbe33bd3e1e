import type { ReactiveController } from 'lit';
import type { MediaController, PlayerHost } from './media.js';

/**
 * Two players never talk over each other: when another player on the page starts, this one pauses,
 * unless either of them has `allow-overlap`. It hears the `knee-exercise-play` event every player fires
 * (it bubbles out of shadow roots), so players from two copies of the library pause each other too.
 */
export class OneAtATimeController implements ReactiveController {
  #host: PlayerHost;
  #media: MediaController;
  #allowOverlap: () => boolean;

  constructor(host: PlayerHost, media: MediaController, allowOverlap: () => boolean) {
    this.#host = host;
    this.#media = media;
    this.#allowOverlap = allowOverlap;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('knee-exercise-play', this.#onPlay);
  }
  hostDisconnected(): void {
    document.removeEventListener('knee-exercise-play', this.#onPlay);
  }

  #onPlay = (event: Event) => {
    const path = event.composedPath();
    if (path.includes(this.#host) || this.#allowOverlap()) return;
    if ((path[0] as { allowOverlap?: boolean }).allowOverlap) return;
    if (this.#media.playing) this.#media.pause();
  };
}
