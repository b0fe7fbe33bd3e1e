/**
 * Registers every element at once, those loaded on first use included, for tests that create them
 * directly (the entries register the player and the run log only when a page first uses them). Their
 * classes come from the public entry, matched to the registry by tag; synchronously, so a test module
 * that imports this and an element's module never waits on itself.
 */
import '../src/register.js';
import { ELEMENTS, isEager } from '../src/elements.js';
import * as api from '../src/index.js';
import { contentChecker } from '../src/internal/content.js';
import { defineElement, type Definable } from '../src/internal/define.js';

const classes = Object.values(api as Record<string, unknown>).filter(
  (v): v is Definable & { tagName?: string } => typeof v === 'function',
);
for (const [tag, entry] of Object.entries(ELEMENTS)) {
  const ctor = isEager(entry) ? entry : classes.find((c) => c.tagName === tag);
  if (!ctor) throw new Error(`tests/define-all.ts: knee-advice exports no class for <${tag}>`);
  defineElement(tag, ctor);
}

// The content checker is loaded on first use; the unit tests check content at once, as a page does once
// it has loaded (tests/cdn.test.ts covers the first use, in a page of its own).
await contentChecker();
