/// <reference types="node" />
/**
 * `knee-advice/prerender` (see `prerender/index.ts`). It renders with Lit's server renderer,
 * `@lit-labs/ssr`, an optional peer dependency: apps that only use the elements in the browser never install
 * it. Without it, importing this entry fails with a message that names the command to run, instead of
 * Node's "Cannot find package".
 */
import type * as Prerenderer from './prerender/index.js';

export type * from './prerender/index.js';

/** The message when the peer dependency is missing. */
export const MISSING_PEER =
  "knee-advice/prerender needs Lit's server renderer, an optional peer dependency: run `npm install @lit-labs/ssr` (or `pnpm add @lit-labs/ssr`, `yarn add @lit-labs/ssr`).";

const missing = (error: unknown) =>
  (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(String(error));

const prerenderer: typeof Prerenderer = await import('./prerender/index.js').catch((error: unknown) => {
  throw missing(error) ? new Error(MISSING_PEER, { cause: error }) : error;
});

export const { prerender, stylesheet, isAssetsUrl, CLASSES } = prerenderer;
