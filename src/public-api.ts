/**
 * What both public entries export (`knee-advice` and `knee-advice/register.js`, which is also the CDN
 * file): everything but the classes of the elements loaded on first use (`<knee-exercise-player>`,
 * `<knee-run-log>`) and what only they use. Their types are here; `knee-advice` adds their classes.
 */
export { ELEMENTS, registerElements, type ElementTag } from './elements.js';
export { loadElements } from './internal/lazy.js';
export { KneeAdvice } from './components/knee-advice/knee-advice.js';
export { ADVICE_PARTS, type AdvicePart } from './components/knee-advice/meta.js';
export { KneeAdviceCard } from './components/knee-advice-card/knee-advice-card.js';
export {
  KneeFlareUpChecklist,
  type ChecklistItemState,
} from './components/knee-flare-up-checklist/knee-flare-up-checklist.js';
export { KneeElement, type Theme } from './internal/base.js';
export { defineElement } from './internal/define.js';
export {
  defaultContent,
  SECTION_IDS,
  type ArticleContent,
  type ArticleSection,
  type ChecklistItem,
  type ContentProblem,
  type SectionId,
  type ValidationResult,
} from './internal/content.js';
export { checkContent } from './internal/content.js';
export type { KneeEventDetails, KneeEventMap } from './internal/events.js';
export type { KneeContentErrorDetail } from './components/knee-advice/meta.js';
export type { KneeChecklistChangeDetail } from './components/knee-flare-up-checklist/meta.js';
export type {
  KneeExerciseStepDetail,
  KneeExerciseErrorDetail,
  KneeExerciseErrorReason,
} from './components/knee-exercise-player/meta.js';
export type { KneeRun, KneeRunLogChangeDetail } from './components/knee-run-log/meta.js';
export {
  registerLocale,
  overrideLocale,
  BUILT_IN_LOCALES,
  type LocaleTable,
  type PartialLocaleTable,
  type PackStrings,
} from './internal/locale.js';
export { forgetStoredData } from './internal/storage.js';
export { VERSION } from './internal/version.js';
