import { lazyElement } from './lazy.js';
import { VERSION } from './version.js';

interface Definable extends CustomElementConstructor {
  kneeVersion?: string;
  dependencies?: Record<string, Definable>;
  /** Elements this one renders only when asked to: loaded (and registered) when first used. */
  lazyDependencies?: Record<string, () => Promise<Definable>>;
}

/**
 * Registers `tag` unless it is already registered, together with the elements it renders (those it
 * renders only when asked to are registered when first used, see `lazy.ts`).
 * Never throws: the same version already registered is silent (two copies of the script on one
 * page); another version or another script holding the tag gets one warning and is kept.
 */
export function defineElement(tag: string, ctor: Definable): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  for (const [depTag, dep] of Object.entries(ctor.dependencies ?? {})) defineElement(depTag, dep);
  for (const [depTag, load] of Object.entries(ctor.lazyDependencies ?? {}))
    lazyElement(depTag, () => load().then((dep) => defineElement(depTag, dep)));
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
