/**
 * Reading CSV files as spreadsheets write them: a module of its own, loaded only when the person imports
 * a file (the CDN build puts it in a chunk of its own). Writing CSV is in `csv.ts`.
 */
import { CSV_COLUMNS, FIELDS, FORMULA } from './csv.js';
import type { KneeRun } from './meta.js';
import { turn, type RunsController } from './controllers/runs.js';
import { apply, draft, finish, runChanges } from './run-log-store.js';
import { byDate, checkRun, num, type RunProblem } from './runs.js';

/** A note as `safeNote` wrote it: the `'` that kept a formula start from running taken off again. */
export const unsafeNote = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell);

/** Valid `incoming` runs added to valid `runs` by date; a date already in `runs` keeps its run. */
export function mergeRuns(runs: KneeRun[], incoming: KneeRun[]) {
  const dates = new Set(runs.map((r) => r.date));
  const added = incoming.filter((r) => !dates.has(r.date) && dates.add(r.date));
  return { runs: [...runs, ...added].sort(byDate), added: added.length, kept: incoming.length - added.length };
}

/** How a file's bytes were read as text: `windows-1252` when they were not UTF-8 (the person is told). */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A CSV file as `importCsv` takes it: its text, or the file itself (or its bytes). */
export type CsvFile = string | Blob | ArrayBuffer | ArrayBufferView;

/**
 * A file's text as spreadsheets save it: UTF-8 (with or without a byte order mark), UTF-16 with its byte
 * order mark, or else (bytes that are not UTF-8) Windows-1252, what Excel saves as "CSV" in Western Europe.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const [a, b] = bytes;
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** One row of a file: the line it starts on (1-based), its cells, or `broken` when its quotes do not close as they should; `end` is where it ends in the text. */
export interface CsvRow {
  line: number;
  cells: string[];
  broken?: boolean;
  end: number;
}

/**
 * The rows of `text` split by `sep` (RFC 4180, read as spreadsheets read it): CRLF, LF or CR line ends;
 * blank lines skipped; a cell in quotes may hold the separator, line breaks and doubled quotes. A quote
 * inside a cell that does not start with one is text (`he said "ok`). A quoted cell followed by more text
 * (`"a"b`) is kept as written, every character. A row whose quotes never close, or close after a line
 * break with more text after them, is `broken`: reading goes on at the line after the one it starts on,
 * so no later row is swallowed. A generator, so a caller can read a slice of rows at a time.
 */
export function* csvRows(text: string, sep: string): Generator<CsvRow> {
  const end = new RegExp(`[${sep}\\r\\n]`, 'g');
  /** Where the cell starting at `i` ends: the next separator, line break or the end of the text. */
  const cellEnd = (i: number) => {
    end.lastIndex = i;
    return end.exec(text)?.index ?? text.length;
  };
  const lineBreak = /\r\n?|\n/g;
  const breaks = (s: string) => s.match(lineBreak)?.length ?? 0;
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const start = pos;
    const first = line;
    const cells: string[] = [];
    let broken = false;
    for (;;) {
      if (text[pos] === '"') {
        let close = text.indexOf('"', pos + 1);
        while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
        const inner = close < 0 ? '' : text.slice(pos + 1, close);
        const after = text[close + 1];
        if (close < 0 || (after && after !== sep && after !== '\r' && after !== '\n' && breaks(inner))) {
          broken = true;
          break;
        }
        line += breaks(inner);
        const next = after === undefined || after === sep || after === '\r' || after === '\n' ? close + 1 : -1;
        cells.push(next < 0 ? text.slice(pos, (pos = cellEnd(close + 1))) : inner.replace(/""/g, '"'));
        if (next >= 0) pos = next;
      } else cells.push(text.slice(pos, (pos = cellEnd(pos))));
      if (text[pos] !== sep) break;
      pos++;
    }
    if (broken) {
      lineBreak.lastIndex = start;
      pos = lineBreak.exec(text)?.index ?? text.length;
      line = first;
    }
    // At a line break (one, CRLF included) or the end.
    if (text[pos] === '\r' && text[pos + 1] === '\n') pos++;
    if (pos < text.length) {
      pos++;
      line++;
    }
    if (broken) yield { line: first, cells: [], broken, end: pos };
    else if (cells.some((c) => c.trim())) yield { line: first, cells, end: pos };
  }
}

/** Why a row of a file is not imported: a run's problems, quotes that do not close, or a date repeated in the file. */
export type RowProblem = RunProblem | 'quotes' | 'repeat';

export interface CsvRead {
  runs: KneeRun[];
  /** How the file's bytes were read (none for text). */
  encoding?: CsvEncoding;
  /** Rows that cannot be used: their 1-based line in the file (the header is 1), every problem, and for a repeated date the line that has it first. */
  problems: { row: number; problems: RowProblem[]; first?: number }[];
  /** The first row does not name the columns. */
  notCsv?: boolean;
}

/** A number written in a cell: a decimal comma (`5,2`, as spreadsheets in many languages write it) reads as a point. */
const cellNumber = (cell: string) => num(/^\s*\d+,\d+\s*$/.test(cell) ? cell.replace(',', '.') : cell);

/**
 * Reads the runs of a CSV file's text, a slice of rows at a time: the separator (`,`, `;` or a tab) is the
 * one that makes the first row name the columns; columns are found by name, in any order; each row's
 * problems are named with its line; a date already on an earlier row is reported as a repeat.
 */
export class CsvReader {
  readonly result: CsvRead = { runs: [], problems: [] };
  #rows?: Generator<CsvRow>;
  #at: number[] = [];
  #seen = new Map<string, number>();
  #today: string;
  /** How far through the text reading is, 0 to 1. */
  done = 0;
  #length: number;

  constructor(text: string, today: string) {
    this.#today = today;
    const clean = text.replace(/^\ufeff/, '');
    this.#length = clean.length || 1;
    const header = clean.slice(0, clean.search(/[\r\n]|$/));
    let best = -1;
    for (const sep of [',', ';', '\t']) {
      const names = header.split(sep).map((h) => h.trim().replace(/^"|"$/g, '').trim().toLowerCase());
      const at = CSV_COLUMNS.map((c) => names.indexOf(c));
      const found = at.filter((i) => i >= 0).length;
      if (at[0] >= 0 && at[4] >= 0 && found > best) {
        best = found;
        this.#at = at;
        this.#rows = csvRows(clean, sep);
      }
    }
    if (this.#rows)
      this.#rows.next(); // the header
    else this.result.notCsv = true;
  }

  /** Reads rows until the file ends (returns true) or `enough()` says to stop for now (returns false). */
  read(enough: () => boolean = () => false): boolean {
    const rows = this.#rows;
    if (!rows) return true;
    for (let step = rows.next(); !step.done; step = rows.next()) {
      this.#row(step.value);
      if (enough()) return false;
    }
    this.done = 1;
    return true;
  }

  #row({ line, cells, broken, end }: CsvRow): void {
    this.done = end / this.#length;
    if (broken) {
      this.result.problems.push({ row: line, problems: ['quotes'] });
      return;
    }
    const value: Record<string, unknown> = {};
    FIELDS.forEach((f, i) => {
      const cell = cells[this.#at[i]] ?? '';
      value[f] = i === 0 || i === 2 ? cell.trim() : f === 'note' ? unsafeNote(cell) : cellNumber(cell);
    });
    const run = checkRun({ ...value, during: value.during ?? null }, this.#today);
    const first = Array.isArray(run) ? undefined : this.#seen.get(run.date);
    if (Array.isArray(run)) this.result.problems.push({ row: line, problems: run });
    else if (first) this.result.problems.push({ row: line, problems: ['repeat'], first });
    else {
      this.#seen.set(run.date, line);
      this.result.runs.push(run);
    }
  }
}

/** Every run of a CSV file's text at once (see `CsvReader`). */
export function readCsv(text: string, today: string): CsvRead {
  const reader = new CsvReader(text, today);
  reader.read();
  return reader.result;
}

/** The longest a slice of the work may take (ms) before the page gets a turn. */
const SLICE = 10;
/** Runs saved in one slice of a big import. */
const CHANGES = 1000;

/**
 * Imports a whole file into a log a slice at a time: reads it (decoding its bytes, see `decodeCsv`),
 * telling `progress` how far it is between slices; works out the stored record's new value 1,000 runs
 * at a time; saves it in a task of its own, and shows and announces it in the next. A small text is
 * imported in the task that calls it. Resolves to the runs added, or undefined when the import stopped
 * being `current` before it finished (nothing is added then).
 */
export async function importFile(
  file: CsvFile,
  today: string,
  log: RunsController,
  current: () => boolean,
): Promise<number | undefined> {
  // Text, or bytes in any encoding `decodeCsv` reads; anything else a page hands over reads as no file.
  let decoded: { text: string; encoding?: CsvEncoding } = { text: typeof file === 'string' ? file : '' };
  const bytes =
    file instanceof Blob
      ? new Uint8Array(await file.arrayBuffer())
      : ArrayBuffer.isView(file)
        ? new Uint8Array(file.buffer, file.byteOffset, file.byteLength)
        : file instanceof ArrayBuffer && new Uint8Array(file);
  if (bytes) decoded = decodeCsv(bytes);
  const reader = new CsvReader(decoded.text, today);
  for (let start = performance.now(); current() && !reader.read(() => performance.now() - start > SLICE);) {
    log.show(reader.done);
    await turn();
    start = performance.now();
  }
  if (!current()) return undefined;
  const read = { ...reader.result, encoding: decoded.encoding };
  const before = log.runs;
  const { runs, added, kept } = mergeRuns(before, read.runs);
  const s = log.words;
  const say = () =>
    read.notCsv
      ? ''
      : [s.imported(added), kept ? s.kept(kept) : '', read.encoding === 'windows-1252' ? s.readAs1252 : '']
          .filter(Boolean)
          .join(' ');
  if (!added) {
    log.tell(say, read);
    return 0;
  }
  const record = log.record;
  const data = record?.get();
  const d = data && draft(data);
  const changes = [...runChanges(before, runs)];
  const big = changes.length > CHANGES;
  for (let i = 0; d && i < changes.length; i += CHANGES) {
    apply(d, changes.slice(i, i + CHANGES));
    if (big) await turn();
    if (!current()) return undefined;
  }
  log.save(runs, say, d && record?.get() === data ? finish(d) : undefined);
  if (big) await turn();
  log.announce(null, read);
  return added;
}
