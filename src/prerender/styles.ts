import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import { KneeAdvice } from '../components/knee-advice/knee-advice.js';
import { KneeAdviceCard } from '../components/knee-advice-card/knee-advice-card.js';
import { KneeExercisePlayer } from '../components/knee-exercise-player/knee-exercise-player.js';
import { KneeFlareUpChecklist } from '../components/knee-flare-up-checklist/knee-flare-up-checklist.js';

/** The elements that can be prerendered, by tag. */
export const ELEMENTS = {
  'knee-advice': KneeAdvice,
  'knee-advice-card': KneeAdviceCard,
  'knee-flare-up-checklist': KneeFlareUpChecklist,
  'knee-exercise-player': KneeExercisePlayer,
} as const;
export type PrerenderTag = keyof typeof ELEMENTS;

/**
 * The CSS of one element's shadow root, in the order the element adopts it: what the build writes to
 * `dist/cdn/<tag>.css` and what prerendered markup links (or inlines).
 */
export function stylesheet(tag: PrerenderTag): string {
  const flat = [ELEMENTS[tag].styles as CSSResultGroup].flat(Infinity as 1) as CSSResultOrNative[];
  return [...new Set(flat)].map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
}
