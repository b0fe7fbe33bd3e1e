import type { KneeRun } from './meta.js';
import { checkRun, num, type RunProblem } from './runs.js';

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
const FIELDS = ['date', 'distance', 'unit', 'duration', 'during', 'dayAfter', 'twoDaysAfter', 'note'] as const;

/**
 * A spreadsheet would run a cell starting with `=`, `+`, `-`, `@` (or tab or CR) as a formula; a leading
 * `'` makes it text. Notes that already start with `'` before such a character get one more, so that
 * `unsafeNote` gives back exactly the note written.
 */
export const safeNote = (note: string) => (/^'*[=+\-@\t\r]/.test(note) ? `'${note}` : note);
export const unsafeNote = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

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

/** RFC 4180 rows (also accepting LF or CR line ends and a byte order mark); blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const [, quoted, plain, end] of text
    .replace(/^\ufeff/, '')
    .matchAll(/(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n?|\n|$)/g)) {
    row.push(quoted === undefined ? plain : quoted.replace(/""/g, '"'));
    if (end === ',') continue;
    if (row.some((c) => c)) rows.push(row);
    row = [];
    if (!end) break;
  }
  return rows;
}

export interface CsvRead {
  runs: KneeRun[];
  /** Rows that cannot be used: their 1-based line in the file (the header is 1) and every problem. */
  problems: { row: number; problems: RunProblem[] }[];
  /** The first row does not name the columns. */
  notCsv?: boolean;
}

/** Runs from a file written by `toCsv` (columns found by their names, in any order). */
export function readCsv(text: string, today: string): CsvRead {
  const [header = [], ...rows] = parseCsv(text);
  const at = CSV_COLUMNS.map((c) => header.findIndex((h) => h.trim().toLowerCase() === c));
  const out: CsvRead = { runs: [], problems: [] };
  if (at[0] < 0 || at[4] < 0) return { ...out, notCsv: true };
  rows.forEach((cells, r) => {
    const value: Record<string, unknown> = {};
    FIELDS.forEach((f, i) => {
      const cell = cells[at[i]] ?? '';
      value[f] = i === 0 || i === 2 ? cell.trim() : f === 'note' ? unsafeNote(cell) : num(cell);
    });
    const run = checkRun({ ...value, during: value.during ?? null }, today);
    if (Array.isArray(run)) out.problems.push({ row: r + 2, problems: run });
    else out.runs.push(run);
  });
  return out;
}
