/**
 * The CDN file's entry (`dist/cdn/knee-advice.js`): what `knee-advice/register.js` does, bundled with Lit
 * into one file, with the player, the run log and the locale tables as files beside it that a page loads
 * only when it uses them.
 */
export * from './register.js';
