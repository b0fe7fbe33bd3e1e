import { VERSION } from './version.js';

/** A class `defineElement` registers: a knee-advice element, or any custom element. */
export interface Definable extends CustomElementConstructor {
  kneeVersion?: string;
  /** Elements this one renders at once: registered before it. */
  dependencies?: Record<string, Definable>;
}

/**
 * Registers `tag` unless it is already registered, together with the elements it renders at once (those
 * loaded on first use are registered by the entry, see `elements.ts`). Never throws: the same version
 * already registered is silent (two copies of the script on one page); another version or another script
 * holding the tag gets one warning and is kept.
 */
export function defineElement(tag: string, ctor: Definable): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  for (const [depTag, dep] of Object.entries(ctor.dependencies ?? {})) defineElement(depTag, dep);
  const existing = registry.get(tag) as Definable | undefined;
  if (existing) {
    if (existing !== ctor && existing.kneeVersion !== VERSION) {
      const holder = existing.kneeVersion ? `knee-advice ${existing.kneeVersion}` : 'another script';
      console.warn(`knee-advice ${VERSION}: <${tag}> is already defined by ${holder}; keeping that definition.`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    console.warn(`knee-advice ${VERSION}: could not define <${tag}>: ${(error as Error).message}`);
  }
}
