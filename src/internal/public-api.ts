/**
 * What both public entries export (`knee-advice` and the CDN file): everything but the classes of the
 * elements the CDN file loads on demand (`<knee-exercise-player>`, `<knee-run-log>`) and what only they use.
 */
export { loadElements } from './lazy.js';
export { KneeAdvice, ADVICE_PARTS, type AdvicePart } from '../components/knee-advice/knee-advice.js';
export { KneeAdviceCard } from '../components/knee-advice-card/knee-advice-card.js';
export {
  KneeFlareUpChecklist,
  type ChecklistItemState,
} from '../components/knee-flare-up-checklist/knee-flare-up-checklist.js';
export { KneeElement, type Theme } from './base.js';
export { defineElement } from './define.js';
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
} from './content.js';
export type * from './events.js';
export {
  registerLocale,
  overrideLocale,
  BUILT_IN_LOCALES,
  type LocaleTable,
  type PartialLocaleTable,
  type PackStrings,
} from './locale.js';
export { forgetStoredData } from './storage.js';
export { VERSION } from './version.js';
