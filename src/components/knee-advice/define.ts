/**
 * `knee-advice/elements/knee-advice.js`: registers `<knee-advice>` and what it renders: the checklist at
 * once (its section cards are its own markup), the player and the run log when it first shows them
 * (`video-src`, `log`). That is what `knee-advice/register.js` does, without its exports.
 */
import { registerElements } from '../../elements.js';

registerElements();

export { KneeAdvice } from './knee-advice.js';
