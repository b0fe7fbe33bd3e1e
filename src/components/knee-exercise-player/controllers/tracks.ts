import { isServer } from 'lit';
import { LatestIntent, type Intent } from '../../../internal/latest.js';
import { loadVtt } from '../vtt.js';
import { isForeign } from './failures.js';
import type { PlayerHost } from './media.js';

export type TrackKind = 'captions' | 'chapters';

/** One WebVTT file: its address, how loading went, and the browser's cues. */
export interface TrackFile {
  url: string | undefined;
  status: 'none' | 'loading' | 'ready' | 'failed';
  cues: readonly TextTrackCue[];
}

export interface TracksOptions {
  /** The page's `crossorigin` for the player, if it set one. */
  crossOrigin: () => string | null | undefined;
  /** A file was read (or failed: no cues). */
  loaded: (kind: TrackKind, cues: readonly TextTrackCue[]) => void;
  warn: (key: string, message: string) => void;
  /** The reader (the browser's own parser by default; a stand-in in tests). */
  load?: typeof loadVtt;
}

/** The CORS mode for a file at `url`: the page's choice, else anonymous for another site, else none. */
export const corsFor = (url: string | undefined, chosen: string | null | undefined) =>
  chosen ?? (isForeign(url) ? 'anonymous' : null);

/**
 * Reads the captions and chapters files with the browser's own WebVTT parser. The latest address asked
 * for wins (one `LatestIntent` per kind): a file that arrives after a newer one was asked for is dropped
 * (its load is cancelled). A move in the page is no new request.
 */
export class TracksController {
  readonly captions: TrackFile = { url: undefined, status: 'none', cues: [] };
  readonly chapters: TrackFile = { url: undefined, status: 'none', cues: [] };
  #host: PlayerHost;
  #options: TracksOptions;
  #intents: Record<TrackKind, LatestIntent> = { captions: new LatestIntent(), chapters: new LatestIntent() };

  constructor(host: PlayerHost, options: TracksOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** Asks for `url` as the `kind` file; nothing happens when it is the address already asked for. */
  want(kind: TrackKind, url: string | undefined): void {
    const file = this[kind];
    url = url?.trim() || undefined;
    if (url === file.url) return;
    this.#intents[kind].cancel();
    Object.assign(file, { url, status: url ? 'loading' : 'none', cues: [] });
    this.#options.loaded(kind, []);
    if (!url || isServer) return; // the server renderer has no browser to read the file: it loads after the upgrade
    const intent = this.#intents[kind].begin();
    const load = this.#options.load ?? loadVtt;
    load(url, { signal: intent.signal, crossOrigin: corsFor(url, this.#options.crossOrigin()) }).then(
      (cues) => this.#settle(kind, intent, cues),
      (error: Error) => {
        if (!intent.current) return;
        this.#options.warn(`vtt:${url}`, `could not read the ${kind} file: ${error.message}.`);
        this.#settle(kind, intent, null);
      },
    );
  }

  #settle(kind: TrackKind, intent: Intent, cues: TextTrackCue[] | null): void {
    if (!intent.current) return;
    Object.assign(this[kind], { status: cues ? 'ready' : 'failed', cues: cues ?? [] });
    this.#options.loaded(kind, cues ?? []);
    this.#host.requestUpdate();
  }
}
