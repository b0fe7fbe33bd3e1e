/** Registers every knee-advice element at once: the npm entry `knee-advice/register.js` (the CDN bundle's entry is `cdn.ts`). */
import { KneeAdvice } from './components/knee-advice/knee-advice.js';
import { KneeAdviceCard } from './components/knee-advice-card/knee-advice-card.js';
import { KneeExercisePlayer } from './components/knee-exercise-player/knee-exercise-player.js';
import { KneeFlareUpChecklist } from './components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import { KneeRunLog } from './components/knee-run-log/knee-run-log.js';
import { defineElement } from './internal/define.js';

defineElement(KneeAdviceCard.tagName, KneeAdviceCard);
defineElement(KneeFlareUpChecklist.tagName, KneeFlareUpChecklist);
defineElement(KneeExercisePlayer.tagName, KneeExercisePlayer);
defineElement(KneeRunLog.tagName, KneeRunLog);
defineElement(KneeAdvice.tagName, KneeAdvice);

export * from './index.js';
