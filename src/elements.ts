/**
 * Every element of the library, one line each: the one list that registration (`register.ts`, the CDN
 * file), the loader of elements used before their code is here (`internal/lazy.ts`), the prerenderer,
 * the size budget and the generated framework wrappers read.
 *
 * - a class: registered as soon as an entry loads (the article, the card and the checklist: small, and
 *   what most pages show);
 * - a function that imports the class: called when a page first uses the tag (in the CDN build the
 *   module comes from `chunks/` beside the file; in an app's bundle it is its own chunk).
 *
 * Adding an element: its folder in `src/components/` and one line here (see CONTRIBUTING).
 */
import { KneeAdviceCard } from './components/knee-advice-card/knee-advice-card.js';
import { KneeAdvice } from './components/knee-advice/knee-advice.js';
import { KneeFlareUpChecklist } from './components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import { defineElement, type Definable } from './internal/define.js';
import { lazyElement, watchDocument } from './internal/lazy.js';

/** An element's class (registered at once), or a function that loads it (registered on first use). */
export type ElementEntry = Definable | (() => Promise<Definable>);

export const ELEMENTS = {
  'knee-advice': KneeAdvice,
  'knee-advice-card': KneeAdviceCard,
  'knee-flare-up-checklist': KneeFlareUpChecklist,
  'knee-exercise-player': () =>
    import('./components/knee-exercise-player/knee-exercise-player.js').then((m) => m.KneeExercisePlayer),
  'knee-run-log': () => import('./components/knee-run-log/knee-run-log.js').then((m) => m.KneeRunLog),
} satisfies Record<string, ElementEntry>;

/** Whether an entry is a class (registered at once) rather than a loader (arrow functions have no prototype). */
export const isEager = (entry: ElementEntry): entry is Definable => 'prototype' in entry;

/** The class of an entry, loading it first when it is loaded on first use. */
export const classOf = (entry: ElementEntry): Promise<Definable> =>
  isEager(entry) ? Promise.resolve(entry) : (entry as () => Promise<Definable>)();

export type ElementTag = keyof typeof ELEMENTS;

/**
 * Registers every element: the eager ones now, the others when the page first uses them (in the
 * document, now or later, or rendered by `<knee-advice>`). Never throws; see `defineElement`.
 */
export function registerElements(): void {
  for (const [tag, entry] of Object.entries(ELEMENTS) as [ElementTag, ElementEntry][]) {
    if (isEager(entry)) defineElement(tag, entry);
    else lazyElement(tag, () => classOf(entry).then((ctor) => defineElement(tag, ctor)));
  }
  if (typeof document !== 'undefined') watchDocument();
}
