/** `knee-advice/elements/knee-run-log.js`: registers `<knee-run-log>` (and what it renders) and nothing else. */
import { defineElement } from '../../internal/define.js';
import { KneeRunLog } from './knee-run-log.js';

defineElement(KneeRunLog.tagName, KneeRunLog);

export { KneeRunLog };
