/**
 * The CDN bundle's entry (`dist/cdn/knee-advice.js`): registers `<knee-advice>`, `<knee-advice-card>` and
 * `<knee-flare-up-checklist>` at once, and loads `<knee-exercise-player>` and `<knee-run-log>` from
 * `chunks/` beside this file only when the page uses them (see `internal/lazy.ts`). Apps installing
 * from npm use `knee-advice/register.js` instead, which registers every element at once.
 *
 * It exports what `knee-advice` exports, except the classes of the elements loaded on demand (and what
 * only they use): after `await loadElements()`, `customElements.get('knee-exercise-player')` is the class.
 */
import { KneeAdvice } from './components/knee-advice/knee-advice.js';
import { KneeAdviceCard } from './components/knee-advice-card/knee-advice-card.js';
import { KneeFlareUpChecklist } from './components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import { defineElement } from './internal/define.js';
import { watchDocument } from './internal/lazy.js';

defineElement(KneeAdviceCard.tagName, KneeAdviceCard);
defineElement(KneeFlareUpChecklist.tagName, KneeFlareUpChecklist);
// Also says how to load the player and the run log, which it renders only when asked to.
defineElement(KneeAdvice.tagName, KneeAdvice);
watchDocument();

export * from './internal/public-api.js';
