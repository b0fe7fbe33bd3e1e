/**
 * Calendar dates as `YYYY-MM-DD` text and whole day numbers. No time zones: a run's date is the
 * person's local calendar day, and "today" comes from a clock the caller passes (tests pass a fake one).
 */

const DAY = 864e5;

/** Dates already read: a log reads the same dates again at every change (thousands of runs), so each is worked out once. */
const read = new Map<string, number>();

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or NaN when it is not a real calendar date. */
export function dayNumber(iso: unknown): number {
  if (typeof iso !== 'string') return NaN;
  let day = read.get(iso);
  if (day === undefined) {
    const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
    const [y, mo, d] = m ? [+m[1], +m[2], +m[3]] : [0, 0, 0];
    // A real day of a real month (February 29 only in leap years); years before 100 Date.UTC cannot make.
    day =
      y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
        ? Date.UTC(y, mo - 1, d) / DAY
        : NaN;
    if (read.size < 1e5) read.set(iso, day);
  }
  return day;
}

/** The local calendar day of a moment, as `YYYY-MM-DD`. */
export const isoDay = (moment: Date): string =>
  new Date(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate())).toISOString().slice(0, 10);

/** Whole days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

const OPTIONS: Record<string, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};
const formats = new Map<string, { format(value: number | Date): string }>();

/**
 * An `Intl` formatter for `lang` (English when it is not a language tag), made on first use and kept:
 * the first one of a page loads locale data, so none is made while the module loads.
 */
function formatter(lang: string, kind: string): { format(value: number | Date): string } {
  const key = `${lang} ${kind}`;
  let f = formats.get(key);
  if (!f) {
    const make = (l: string) =>
      OPTIONS[kind]
        ? new Intl.DateTimeFormat(l, OPTIONS[kind])
        : new Intl.NumberFormat(l, { style: 'unit', unit: kind });
    try {
      f = make(lang);
    } catch {
      f = make('en');
    }
    formats.set(key, f);
  }
  return f;
}

/** A `YYYY-MM-DD` date in the words of `lang`: "Mon, May 6, 2024", "lun, 6 may 2024" (or "May 6" when `short`). */
export const formatDay = (iso: string, lang = 'en', short = false) =>
  formatter(lang, short ? 'short' : 'day').format(new Date(iso));

/** A distance or a duration in the words of `lang`: "5.2 km", "3,1 mi", "35 Min.". */
export const formatAmount = (n: number, unit: 'km' | 'mi' | 'min', lang = 'en') =>
  formatter(lang, { km: 'kilometer', mi: 'mile', min: 'minute' }[unit]).format(n);
