/**
 * The run log's facts, free of its code (which the CDN file loads on demand): its tag, its `::part`
 * names (`<knee-advice>` forwards them without loading the log), its data type and its event.
 */
export const tag = 'knee-run-log';

/** Every `::part` of the element. */
export const parts = [
  'run-log',
  'run-log-heading',
  'section-heading',
  'quote',
  'message',
  'follow-ups',
  'form',
  'rating',
  'add-button',
  'save-button',
  'change-button',
  'pattern',
  'chart',
  'limit-line',
  'legend',
  'table',
  'pager',
  'actions',
  'download-button',
  'print-button',
  'import-button',
  'delete-button',
  'delete-all-button',
  'run-log-undo-button',
] as const;

/** One logged run. Dates are `YYYY-MM-DD`; ratings are whole numbers 0–10; `unit` is present with `distance`. */
export interface KneeRun {
  date: string;
  during: number;
  dayAfter?: number;
  twoDaysAfter?: number;
  distance?: number;
  unit?: 'km' | 'mi';
  /** Minutes. */
  duration?: number;
  note?: string;
}

/**
 * `knee-run-log-change`: every run in the log after the change, oldest first (`runs`, as the property
 * returns them); `date` is the run the person changed, null when many changed at once (Delete all, undo,
 * an import) or the change came from elsewhere.
 */
export interface KneeRunLogChangeDetail {
  runs: KneeRun[];
  date: string | null;
}

declare module '../../internal/events.js' {
  interface KneeEventDetails {
    'knee-run-log-change': KneeRunLogChangeDetail;
  }
}
