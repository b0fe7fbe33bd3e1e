import type { KneeRun } from './meta.js';

/** The CSV header: one row per run, ISO dates, distance with its unit, minutes, the three ratings, the note. Always English: it is read back by name. */
export const CSV_COLUMNS = [
  'date',
  'distance',
  'unit',
  'duration_min',
  'during',
  'day_after',
  'two_days_after',
  'note',
];
export const FIELDS = ['date', 'distance', 'unit', 'duration', 'during', 'dayAfter', 'twoDaysAfter', 'note'] as const;

/**
 * A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` as a formula, also after spaces, and also
 * with their full-width forms `＝ ＋ － ＠` (Excel reads those as the ASCII ones), and a cell starting with a
 * tab or a carriage return (OWASP, "CSV injection"). A leading `'` makes it text. Notes that already start
 * with `'` before such a start get one more, so that `unsafeNote` gives back exactly the note written.
 */
export const FORMULA = /^'*(\s*[=+\-@＝＋－＠]|[\t\r])/;
export const safeNote = (note: string) => (FORMULA.test(note) ? `'${note}` : note);

/** The runs as an RFC 4180 file (CRLF line ends, quoted where needed, a byte order mark so spreadsheets read UTF-8). */
export function toCsv(runs: readonly KneeRun[]): string {
  const rows = runs.map((run) =>
    FIELDS.map((f) => {
      const text = f === 'note' ? safeNote(run.note ?? '') : String(run[f] ?? '');
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    }),
  );
  return `\ufeff${[CSV_COLUMNS, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}

/** Saves the runs as a CSV file named `name` (the browser's download): what "Download CSV" does. */
export function saveCsv(runs: readonly KneeRun[], name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([toCsv(runs)], { type: 'text/csv;charset=utf-8' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
