/** `knee-advice/elements/knee-flare-up-checklist.js`: registers `<knee-flare-up-checklist>` (and what it renders) and nothing else. */
import { defineElement } from '../../internal/define.js';
import { KneeFlareUpChecklist } from './knee-flare-up-checklist.js';

defineElement(KneeFlareUpChecklist.tagName, KneeFlareUpChecklist);

export { KneeFlareUpChecklist };
