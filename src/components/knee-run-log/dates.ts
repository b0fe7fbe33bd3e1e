/**
 * Calendar dates as `YYYY-MM-DD` text and whole day numbers. No time zones: a run's date is the
 * person's local calendar day, and "today" comes from a clock the caller passes (tests pass a fake one).
 */
import { strings } from '../../internal/strings.js';

const DAY = 864e5;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or NaN when it is not a real calendar date. */
export function dayNumber(iso: unknown): number {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso) : null;
  if (!m) return NaN;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return new Date(t).toISOString().startsWith(iso as string) ? t / DAY : NaN;
}

/** The local calendar day of a moment, as `YYYY-MM-DD`. */
export const isoDay = (moment: Date): string =>
  new Date(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate())).toISOString().slice(0, 10);

/** Whole days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/**
 * A `YYYY-MM-DD` date in the interface's words, e.g. "Mon 6 May 2024" (or "6 May" when `short`). Made
 * from `strings`, not `Intl`: the words then match the rest of the interface, and the first
 * `Intl.DateTimeFormat` of a page costs a long task (its locale data loads).
 */
export function formatDay(iso: string, short = false): string {
  const n = dayNumber(iso);
  const [y, m, d] = iso.split('-').map(Number);
  const { months, weekdays, day } = strings.runLog;
  return short ? `${d} ${months[m - 1]}` : day(weekdays[(((n + 4) % 7) + 7) % 7], d, months[m - 1], y);
}
