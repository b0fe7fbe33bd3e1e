/**
 * The `::part` names of the elements that the CDN bundle loads on demand, in one place: each element's
 * static list (`KneeExercisePlayer.parts`, `RUN_LOG_PARTS`) is this list, and `<knee-advice>` builds its
 * `exportparts` from it without loading the element's code.
 */

/** Every `::part` of `<knee-exercise-player>` (its `static parts`). */
export const PLAYER_PARTS = [
  'player',
  'frame',
  'video',
  'alert',
  'controls',
  'button',
  'seek',
  'speed-select',
  'step-list',
  'step',
  'transcript',
  'cue',
] as const;

/** Every `::part` of `<knee-run-log>`, for a parent's `exportparts`. */
export const RUN_LOG_PARTS =
  'run-log, run-log-heading, section-heading, quote, message, follow-ups, form, rating, add-button, save-button, change-button, pattern, chart, limit-line, legend, table, pager, actions, download-button, print-button, import-button, delete-button, delete-all-button, undo-button';
