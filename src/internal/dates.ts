/** Date-only values of the content (`published`, `reviewed`, `nextReview`: `YYYY-MM-DD`). */

/**
 * `day` (`YYYY-MM-DD`, already checked) written out for `lang` with a long month: "November 1, 2026" (`en`),
 * "1 November 2026" (`en-GB`), "1 de noviembre de 2026" (`es`). A date-only value is a day, not an instant:
 * it is read and written in UTC, so it is the same day in every time zone.
 */
export function longDate(day: string, lang: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** Today on the device's own calendar, `YYYY-MM-DD`: what "is the review overdue?" is asked against. */
export const today = (now = new Date()): string =>
  [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
