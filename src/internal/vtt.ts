/** A WebVTT cue as plain text. Times are in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

const TIME = String.raw`(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})`;
const TIMING = new RegExp(`^\\s*${TIME}\\s+-->\\s+${TIME}`);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', quot: '"', apos: "'", lrm: '\u200e', rlm: '\u200f' };

const seconds = (h = '0', m: string, s: string, ms: string) => Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, '0')) / 1000;

/**
 * Reads the cues of a WebVTT file as plain text: markup tags are dropped and the few entities WebVTT
 * defines are decoded, so the result is only ever rendered as text. Unreadable blocks are skipped.
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

/** `m:ss` (or `h:mm:ss`), as on a player's clock. */
export function clock(t: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(t) ? t : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The same time in words, for screen readers: "1 minute 5 seconds". */
export function spokenTime(t: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(t) ? t : 0));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [];
  if (total >= 3600) parts.push(unit(Math.floor(total / 3600), 'hour'));
  if (total >= 60) parts.push(unit(Math.floor((total % 3600) / 60), 'minute'));
  parts.push(unit(total % 60, 'second'));
  return parts.join(' ');
}
