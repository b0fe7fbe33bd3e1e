/**
 * The ordering rule for every asynchronous input (a `content-src` file, a WebVTT file, any fetch):
 * **the latest intent wins.** An intent starts when the page sets the attribute or property that asks
 * for the input, and ends when the page asks for something else (another URL, no URL, a value set
 * directly). A result that arrives for an intent that is no longer current is dropped, whatever it
 * holds. Moving the element in the page is not a new intent: do not cancel or restart on disconnect.
 *
 * @example
 * #file = new LatestIntent();
 * async #load(src) {
 *   const intent = this.#file.begin();
 *   const response = await fetch(src, { signal: intent.signal });
 *   const data = await response.json();
 *   if (intent.current) this.apply(data);
 * }
 * set value(v) { this.#file.cancel(); … } // a value set directly outranks a file on its way
 */
export class LatestIntent {
  #controller?: AbortController;

  /** Starts a new intent; the one before it is aborted and never current again. */
  begin(): Intent {
    this.cancel();
    const controller = (this.#controller = new AbortController());
    return {
      signal: controller.signal,
      get current() {
        return !controller.signal.aborted;
      },
    };
  }

  /** Ends the current intent (if any) without starting another: its result, when it comes, is dropped. */
  cancel(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }
}

/** One request's view of its intent. */
export interface Intent {
  /** Aborted when a later intent starts or the intent is cancelled; pass it to `fetch`. */
  readonly signal: AbortSignal;
  /** Whether this is still the latest intent; check after every `await` before using a result. */
  readonly current: boolean;
}
