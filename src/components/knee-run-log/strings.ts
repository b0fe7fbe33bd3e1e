/**
 * The run log's interface words in English: the `runLog` block of the locale table. Plain data: the
 * element's module adds them to the English table when it loads (so the CDN file carries them in the
 * run log's chunk only), and `npm run generate` reads their shape from here.
 */
export const runLogStrings = {
  heading: 'Your runs and your knee',
  logHeading: 'Log a run',
  followUpHeading: 'Your recent runs',
  patternHeading: 'The pattern',
  tableHeading: 'Every run',
  date: 'Date',
  distance: (unit: string) => `Distance in ${unit} (optional)`,
  duration: 'Duration in minutes (optional)',
  note: 'Note (optional)',
  noteHint: 'For example: hilly route',
  /** The three ratings: the chart's key, the table's columns, the scales of a run being changed. */
  series: { during: 'During the run', dayAfter: 'The day after', twoDaysAfter: 'Two days after' },
  /** The questions, on the day they are about. */
  ask: {
    during: 'How did your knee feel during the run?',
    dayAfter: 'How does your knee feel the day after?',
    twoDaysAfter: 'How does your knee feel two days after?',
  },
  /** The same questions, answered on a later day. */
  askLater: {
    dayAfter: 'How did your knee feel the day after?',
    twoDaysAfter: 'How did your knee feel two days after?',
  },
  scale: '0 = no pain, 10 = the worst pain you can imagine',
  notRated: 'Not rated',
  /** Table headings (the date's is `date`). */
  columns: { distance: 'Distance', duration: 'Duration', note: 'Note', actions: 'Change or delete' },
  add: 'Add run',
  save: 'Save',
  change: 'Change',
  cancel: 'Cancel',
  remove: 'Delete',
  deleteAll: 'Delete all',
  download: 'Download CSV',
  print: 'Print',
  import: 'Import CSV',
  runOn: (date: string) => `Run on ${date}`,
  /** A scale's legend: the run, then its question or rating. */
  about: (date: string, text: string) => `Run on ${date}: ${text}`,
  added: (date: string) => `Run on ${date} added.`,
  saved: (date: string) => `Run on ${date} saved.`,
  deleted: (date: string) => `Run on ${date} deleted.`,
  deletedAll: 'Every run deleted.',
  restored: 'Runs restored.',
  undo: 'Undo',
  empty: 'No runs logged yet.',
  notYet: '–',
  page: (from: number, to: number, total: number) => `Runs ${from}–${to} of ${total}, newest first`,
  newer: 'Newer runs',
  older: 'Older runs',
  /** Describe only; never advise. Of the last `of` runs rated, `same` were rated the same as or lower than during. */
  patternDayAfter: (of: number, same: number) =>
    `The day after, your knee felt the same as or better than during the run after ${same} of ${of === 1 ? 'the 1 run' : `the last ${of} runs`} you rated the day after.`,
  patternTwoDays: (of: number, same: number) =>
    `Two days after, your knee felt the same as or better than during the run after ${same} of ${of === 1 ? 'the 1 run' : `the last ${of} runs`} you rated two days after.`,
  noPattern: 'Rate how your knee feels the day after a few runs, and the pattern is described here.',
  chart: (n: number, first: string, last: string) =>
    `Bar chart of your last ${n} ${n === 1 ? 'run' : 'runs'}, ${first} to ${last}: knee pain during the run, the day after and two days after, from 0 to 10. The table of runs has every number.`,
  chartLimit: (label: string, n: number) => ` A line marks ${label} at ${n}.`,
  limitLabel: (n: number) => `Your clinic's line (${n})`,
  errorPrefix: 'Error: ',
  problems: {
    date: 'Date: enter a real date, like 2024-05-06.',
    future: 'Date: it cannot be in the future.',
    taken: 'Date: there is already a run on this date; change it in the table.',
    rating: (what: string) => `${what}: choose a number from 0 to 10.`,
    distance: 'Distance: enter 0 or more, like 5.2, or leave it empty.',
    unit: 'Unit: use km or mi.',
    duration: 'Duration: enter 0 or more minutes, like 35, or leave it empty.',
    note: 'Note: must be text.',
  },
  imported: (n: number) => `${n} ${n === 1 ? 'run' : 'runs'} imported.`,
  kept: (n: number) =>
    `${n} ${n === 1 ? 'date was' : 'dates were'} already in your log and kept as ${n === 1 ? 'it is' : 'they are'}.`,
  badRow: (row: number, problems: string) => `Row ${row}: ${problems}`,
  moreRows: (n: number) => `…and ${n} more ${n === 1 ? 'row' : 'rows'} that could not be read.`,
  notCsv: 'This file is not a run log: its first row should name the columns, starting with date.',
  unreadable: 'Your saved runs could not be read on this device.',
  keptEntries: (n: number) => `${n} saved ${n === 1 ? 'run' : 'runs'} could not be read; kept in storage unchanged.`,
  newerVersion:
    'Your runs were saved by a newer version of this page and are kept as they are. New runs are not saved here: download the CSV to keep them.',
  saveFailed:
    'Your runs could not be saved on this device. They stay until you leave this page: download the CSV to keep them.',
};

/** What this module adds to the English table. */
export const english = { runLog: runLogStrings };

declare module '../../internal/strings.js' {
  interface LocaleTable {
    runLog: typeof runLogStrings;
  }
}
