/**
 * Every event the library fires, by name, with the type of its `detail`. This file knows no element:
 * each element's folder adds its own events in its `meta.ts`, by declaration merging:
 *
 * ```ts
 * declare module '../../internal/events.js' {
 *   interface KneeEventDetails { 'knee-run-log-change': KneeRunLogChangeDetail }
 * }
 * ```
 *
 * `HTMLElementEventMap` is derived from it, so `addEventListener('knee-run-log-change', (e) => e.detail.runs)`
 * is typed in every app without a second list.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each element's meta.ts
export interface KneeEventDetails {}

/** Each event as the DOM types it. */
export type KneeEventMap = { [K in keyof KneeEventDetails]: CustomEvent<KneeEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- every member comes from KneeEventMap
  interface HTMLElementEventMap extends KneeEventMap {}
}

/** A `knee-*` event that bubbles and crosses shadow roots. */
export const kneeEvent = <K extends keyof KneeEventDetails>(name: K, detail: KneeEventDetails[K]) =>
  new CustomEvent(name, { detail, bubbles: true, composed: true });
