import { canonical } from './locale.js';

/** A WebVTT cue as plain text. Times are in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

const TIME = String.raw`(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})`;
const TIMING = new RegExp(`^\\s*${TIME}\\s+-->\\s+${TIME}`);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  quot: '"',
  apos: "'",
  lrm: '\u200e',
  rlm: '\u200f',
};

const seconds = (h = '0', m: string, s: string, ms: string) =>
  Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, '0')) / 1000;

/**
 * Reads the cues of a WebVTT file as plain text: markup tags are dropped and the few entities WebVTT
 * defines are decoded, so the result is only ever rendered as text. Unreadable blocks are skipped.
 *
 * @deprecated Disagrees with the browser's parser on files without the `WEBVTT` header, cue ids that
 * contain `-->`, zero-length cues and most character references. The player no longer uses it: it
 * lets the browser read the file with {@link loadVtt}. Kept for existing callers; to be removed in 1.0.
 */
export function parseVtt(source: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of source.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n');
    const at = lines.findIndex((l) => l.includes('-->'));
    const m = at < 0 ? null : TIMING.exec(lines[at]);
    if (!m) continue;
    const text = lines
      .slice(at + 1)
      .join('\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(\w+);/g, (all, name: string) => ENTITIES[name] ?? all)
      .trim();
    const start = seconds(m[1], m[2], m[3], m[4]);
    const end = seconds(m[5], m[6], m[7], m[8]);
    if (end > start) cues.push({ start, end, text });
  }
  return cues.sort((a, b) => a.start - b.start);
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
