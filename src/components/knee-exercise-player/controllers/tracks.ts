import { isServer } from 'lit';
import { LatestIntent, type Intent } from '../../../internal/latest.js';
import { playerStrings } from '../strings.js';
import { loadVtt, vttProblem, type TrackProblem } from '../vtt.js';
import { isForeign } from './failures.js';
import type { PlayerHost } from './media.js';

export type TrackKind = 'captions' | 'chapters';

/** One WebVTT file: its address, how loading went, the browser's cues, and why it gave none. */
export interface TrackFile {
  url: string | undefined;
  status: 'none' | 'loading' | 'ready' | 'failed';
  cues: readonly TextTrackCue[];
  /** Why a failed file gave no cue (its likely cause). */
  problem?: TrackProblem;
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

/** The name of the file at `url` (its last path segment), as the player shows it. */
export function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url, document.baseURI).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

/**
 * Reads the captions and chapters files with the browser's own WebVTT parser. The latest address asked
 * for wins (one `LatestIntent` per kind): a file that arrives after a newer one was asked for is dropped
 * (its load is cancelled). A move in the page is no new request.
 *
 * A file that gives no cue (the browser refused it, or read nothing in it) counts as failed. The browser
 * does not say why, so the file is asked for once more, as text, to name the likely cause (missing, out
 * of reach, an SRT file, no `WEBVTT` line, times with commas, no readable cue): the player shows it, and
 * the console warns once, for whoever set up the page.
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
    Object.assign(file, { url, status: url ? 'loading' : 'none', cues: [], problem: undefined });
    this.#options.loaded(kind, []);
    if (!url || isServer) return; // the server renderer has no browser to read the file: it loads after the upgrade
    const intent = this.#intents[kind].begin();
    const load = this.#options.load ?? loadVtt;
    const cors = corsFor(url, this.#options.crossOrigin());
    load(url, { signal: intent.signal, crossOrigin: cors }).then(
      (cues) => (cues.length ? this.#settle(kind, intent, cues) : this.#fail(kind, url, intent, cors, true)),
      () => this.#fail(kind, url, intent, cors, false),
    );
  }

  #settle(kind: TrackKind, intent: Intent, cues: readonly TextTrackCue[], problem?: TrackProblem): void {
    if (!intent.current) return;
    Object.assign(this[kind], { status: problem ? 'failed' : 'ready', cues, problem });
    this.#options.loaded(kind, cues);
    this.#host.requestUpdate();
  }

  /** No cue from `url`: finds the likely cause, says it once in the console, and shows the file as failed. */
  async #fail(kind: TrackKind, url: string, intent: Intent, cors: string | null, reached: boolean): Promise<void> {
    if (!intent.current) return;
    let problem: TrackProblem = reached ? 'no-cues' : 'unreachable';
    try {
      const credentials = cors === 'use-credentials' ? 'include' : 'same-origin';
      const response = await fetch(url, { signal: intent.signal, credentials });
      if (response.status === 404 || response.status === 410) problem = 'not-found';
      else if (response.ok) problem = vttProblem(await response.text());
    } catch {
      // Out of reach for a script too (no CORS, or `connect-src` of a Content-Security-Policy): keep the guess.
    }
    if (!intent.current) return;
    this.#options.warn(
      `vtt:${url}`,
      `could not read the ${kind} file "${url}". ${playerStrings.trackProblems[problem](url)} (WebVTT files: see docs/video.md.)`,
    );
    this.#settle(kind, intent, [], problem);
  }
}
