/** `knee-advice/elements/knee-exercise-player.js`: registers `<knee-exercise-player>` (and what it renders) and nothing else. */
import { defineElement } from '../../internal/define.js';
import { KneeExercisePlayer } from './knee-exercise-player.js';

defineElement(KneeExercisePlayer.tagName, KneeExercisePlayer);

export { KneeExercisePlayer };
