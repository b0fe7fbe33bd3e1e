import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import { classOf, ELEMENTS, type ElementTag } from '../elements.js';
import type { KneeElement } from '../internal/base.js';

/** Every element's class, those loaded on first use included: the prerenderer renders any of them. */
export const CLASSES = Object.fromEntries(
  await Promise.all(Object.entries(ELEMENTS).map(async ([tag, entry]) => [tag, await classOf(entry)])),
) as Record<ElementTag, typeof KneeElement>;

/**
 * The CSS of one element's shadow root, in the order the element adopts it: what the build writes to
 * `dist/cdn/<tag>.css` and what prerendered markup links (or inlines).
 */
export function stylesheet(tag: ElementTag): string {
  const flat = [CLASSES[tag].styles as CSSResultGroup].flat(Infinity as 1) as CSSResultOrNative[];
  return [...new Set(flat)].map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
}
