import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: between `beforeprint` and `afterprint` the log shows every run, not
 * only the page of the table on screen. Listens while its element is connected.
 */
export class PrintController implements ReactiveController {
  #host: ReactiveControllerHost;
  printing = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
  }

  #onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    this.#host.requestUpdate();
  };
}
