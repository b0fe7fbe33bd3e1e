/**
 * `knee-advice/register.js`, and the CDN file's entry (`cdn.ts`): registers `<knee-advice>`,
 * `<knee-advice-card>` and `<knee-flare-up-checklist>` at once, and `<knee-exercise-player>` and
 * `<knee-run-log>` when a page first uses them (see `elements.ts`).
 *
 * It exports what `knee-advice` exports, except the classes of the elements loaded on first use (and what
 * only they use): after `await loadElements()`, `customElements.get('knee-exercise-player')` is the class.
 */
import { registerElements } from './elements.js';

registerElements();

export * from './public-api.js';
