/**
 * Classes and types only: importing this registers nothing. Register with `knee-advice/register.js`,
 * or call `defineElement` with your own tag names.
 */
export * from './public-api.js';
export { validateContent } from './internal/content-check.js';
export { KneeExercisePlayer, SPEEDS } from './components/knee-exercise-player/knee-exercise-player.js';
export { KneeRunLog } from './components/knee-run-log/knee-run-log.js';
