/**
 * Classes and types only: importing this registers nothing. Register with `knee-advice/register.js`,
 * or call `defineElement` with your own tag names.
 */
export { KneeAdvice, ADVICE_PARTS, type AdvicePart } from './components/knee-advice/knee-advice.js';
export { KneeAdviceCard } from './components/knee-advice-card/knee-advice-card.js';
export { KneeExercisePlayer, SPEEDS } from './components/knee-exercise-player/knee-exercise-player.js';
export { KneeFlareUpChecklist, type ChecklistItemState } from './components/knee-flare-up-checklist/knee-flare-up-checklist.js';
export { KneeRunLog, RUN_LOG_PARTS } from './components/knee-run-log/knee-run-log.js';
export { KneeElement, type Theme } from './internal/base.js';
export { defineElement } from './internal/define.js';
export { loadElements } from './internal/lazy.js';
export {
  defaultContent,
  validateContent,
  SECTION_IDS,
  type ArticleContent,
  type ArticleSection,
  type ChecklistItem,
  type ContentProblem,
  type SectionId,
  type ValidationResult,
} from './internal/content.js';
export type * from './internal/events.js';
export { registerLocale, overrideLocale, BUILT_IN_LOCALES, type LocaleTable, type PartialLocaleTable, type PackStrings } from './internal/locale.js';
export { parseVtt, type Cue } from './internal/vtt.js';
export { forgetStoredData } from './internal/storage.js';
export { VERSION } from './internal/version.js';
