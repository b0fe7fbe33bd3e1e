import type { KneeRun } from '../../internal/events.js';
import { checkRun, num, type RunProblem } from './runs.js';

/** The CSV header: one row per run, ISO dates, distance with its unit, minutes, the three ratings, the note. */
export const CSV_COLUMNS = ['date', 'distance', 'unit', 'duration_min', 'during', 'day_after', 'two_days_after', 'note'];
const FIELDS = ['date', 'distance', 'unit', 'duration', 'during', 'dayAfter', 'twoDaysAfter', 'note'] as const;

/**
 * A spreadsheet would run a cell starting with `=`, `+`, `-`, `@` (or tab or CR) as a formula; a leading
 * `'` makes it text. Notes that already start with `'` before such a character get one more, so that
 * `unsafeNote` gives back exactly the note written.
 */
export const safeNote = (note: string) => (/^'*[=+\-@\t\r]/.test(note) ? `'${note}` : note);
export const unsafeNote = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The runs as an RFC 4180 file (CRLF line ends, a byte order mark so spreadsheets read UTF-8). */
export function toCsv(runs: readonly KneeRun[]): string {
  const rows = runs.map((run) =>
    FIELDS.map((f) => field(f === 'note' ? safeNote(run.note ?? '') : String(run[f] ?? ''))).join(','),
  );
  return `\ufeff${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** RFC 4180 rows (also accepting LF or CR line ends and a byte order mark); blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const end = () => {
    row.push(cell);
    if (row.some((c) => c !== '')) rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[i++];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      end();
    } else cell += c;
  }
  if (cell !== '' || row.length) end();
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
  const at = FIELDS.map((_, i) => header.findIndex((h) => h.trim().toLowerCase() === CSV_COLUMNS[i]));
  const out: CsvRead = { runs: [], problems: [] };
  if (at[0] < 0 || at[4] < 0) return { ...out, notCsv: true };
  rows.forEach((cells, r) => {
    const get = (i: number) => cells[at[i]] ?? '';
    const run = checkRun(
      {
        date: get(0).trim(),
        distance: num(get(1)),
        unit: get(2).trim(),
        duration: num(get(3)),
        during: num(get(4)) ?? null,
        dayAfter: num(get(5)),
        twoDaysAfter: num(get(6)),
        note: unsafeNote(get(7)),
      },
      today,
    );
    if (Array.isArray(run)) out.problems.push({ row: r + 2, problems: run });
    else out.runs.push(run);
  });
  return out;
}
