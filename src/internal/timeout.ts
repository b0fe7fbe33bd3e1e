/**
 * How long the library waits, in milliseconds, before it stops waiting and shows its fallback: nothing
 * waits forever (a file that never answers, a server that hangs).
 * - `load`: a language's words, an element's code, a `content-src` file, the content checker (10 s).
 * - `words`: an element with no fallback children of its own renders in English after this long while
 *   its language's words are on their way, and switches when they arrive (2 s).
 * A page can shorten or lengthen them before the elements upgrade.
 * @internal
 */
export const timeouts = { load: 10_000, words: 2_000 };

/** `promise`, or a rejection ("no answer within 10 s") once `timeouts.load` has passed. */
export function withinTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${timeouts.load / 1000} s`)), timeouts.load);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error as Error)),
    );
  });
}

/** Resolves after `ms` milliseconds. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
