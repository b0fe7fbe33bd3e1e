import { canonical } from '../../internal/locale.js';

/** A WebVTT cue as plain text. Times are in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** What the browser shows of a cue, as plain text (`getCueAsHTML().textContent`, so `&amp;` is `&`). */
export const cueText = (cue: TextTrackCue): string => (cue as VTTCue).getCueAsHTML?.().textContent ?? '';

/** A browser cue as a plain {@link Cue}. */
export const toCue = (cue: TextTrackCue): Cue => ({ start: cue.startTime, end: cue.endTime, text: cueText(cue) });

/**
 * Lets the browser read a WebVTT file, so the result is exactly what it shows as captions: a `<track>`
 * in a `<video>` that never enters the page (media-src, not connect-src, under a CSP). Resolves to the
 * browser's cues, in its order; rejects when the file cannot be used (missing, not WebVTT, refused by
 * CORS) or when `signal` aborts (the load is then cancelled).
 */
export function loadVtt(
  url: string,
  { signal, crossOrigin }: { signal?: AbortSignal; crossOrigin?: string | null } = {},
): Promise<TextTrackCue[]> {
  return new Promise((resolve, reject) => {
    const video = document.createElement('video');
    const track = video.appendChild(document.createElement('track'));
    if (crossOrigin != null) video.crossOrigin = crossOrigin;
    const settle = (error?: Error) => {
      track.onload = track.onerror = null;
      signal?.removeEventListener('abort', abort);
      if (error) {
        track.removeAttribute('src');
        reject(error);
      } else resolve([...(track.track.cues ?? [])]);
    };
    const abort = () => settle(new DOMException('The WebVTT load was superseded.', 'AbortError'));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    track.onload = () => settle();
    track.onerror = () => settle(new Error(`"${url}" is missing, is not WebVTT, or its site does not allow it (CORS)`));
    track.kind = 'metadata';
    track.track.mode = 'hidden';
    track.src = url;
  });
}

/** Why a chapters or captions file gave no cue: the likely cause, for the words that name it. */
export type TrackProblem = 'not-found' | 'unreachable' | 'srt' | 'no-header' | 'comma-times' | 'no-cues';

/**
 * The likely reason the browser read no cue from a file with this text (it does not say why): no
 * `WEBVTT` line at the top, times written with a comma as in SRT files (`00:00:05,000`), both (an SRT
 * file), or none of these (`no-cues`).
 */
export function vttProblem(text: string): TrackProblem {
  const header = /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text);
  const commas = /(?:^|\s)(?:\d+:)?\d{2}:\d{2},\d{3}[ \t]+-->/m.test(text);
  if (!header) return commas ? 'srt' : 'no-header';
  return commas ? 'comma-times' : 'no-cues';
}

/** `m:ss` (or `h:mm:ss`), as on a player's clock. */
export function clock(t: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(t) ? t : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A time in words for screen readers, "1 minute 5 seconds" / "1 minuto 5 segundos", through `Intl`. */
export function spokenTime(seconds: number, lang: string): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const tag = canonical(lang, false) || 'en';
  const unit = (n: number, u: string) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'long' }).format(n);
  const parts = [];
  if (total >= 3600) parts.push(unit(Math.floor(total / 3600), 'hour'));
  if (total >= 60) parts.push(unit(Math.floor((total % 3600) / 60), 'minute'));
  parts.push(unit(total % 60, 'second'));
  return parts.join(' ');
}
