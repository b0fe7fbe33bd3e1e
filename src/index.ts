/**
 * Classes and types only: importing this registers nothing. Register with `knee-advice/register.js`,
 * or call `defineElement` with your own tag names.
 */
export * from './internal/public-api.js';
export { KneeExercisePlayer, SPEEDS } from './components/knee-exercise-player/knee-exercise-player.js';
export { KneeRunLog, RUN_LOG_PARTS } from './components/knee-run-log/knee-run-log.js';
export { parseVtt, type Cue } from './internal/vtt.js';
