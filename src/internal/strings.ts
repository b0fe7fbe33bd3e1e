/**
 * The interface words every element may show (not the article's), in English. These are interface words
 * only; they make no claim about knees or running.
 *
 * Each element's own words live in its folder (`components/<tag>/strings.ts`): the module adds them to
 * this table when it loads (`addEnglish`), so the CDN file carries the player's and the run log's words
 * in their chunks only, and adds their type to {@link LocaleTable} by declaration merging. The shape of
 * every word (how many values it is given) is generated from all of them into `src/locales/index.ts`,
 * which content packs are checked against before an element's code has loaded.
 */
const core = {
  /** In place of an element whose code could not be loaded (offline, blocked, missing file). */
  notLoaded: 'This part of the page could not be loaded. Reload the page to try again.',
  /** Under a quote of the article (the checklist's "From the article", the run log's quote); `author` is {@link credited}. */
  quoteCredit: (author: string) => `— ${author}`,
  /** The author as every credit names them when a clinic changed the words (the content's `adaptedBy`). */
  adaptedBy: (author: string, adapter: string) => `${author}, adapted by ${adapter}`,
};

/** The words in {@link core}. */
export type CoreWords = typeof core;

/**
 * The author as every credit names them (the byline, each quote's "— …"): the content's `author`, and
 * "…, adapted by <adaptedBy>" when a clinic changed the words, so its words are never put in the
 * author's mouth.
 */
export const credited = (t: Pick<CoreWords, 'adaptedBy'>, content: { author: string; adaptedBy?: string }) =>
  content.adaptedBy ? t.adaptedBy(content.author, content.adaptedBy) : content.author;

/**
 * Every interface word, in English: the shape every locale table has (see `src/locales/`). Each element's
 * `strings.ts` adds its block:
 *
 * ```ts
 * declare module '../../internal/strings.js' {
 *   interface LocaleTable { runLog: typeof runLogStrings }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- each element's strings.ts adds its members
export interface LocaleTable extends CoreWords {}

/** The English table: these words, and each element's block once its module has loaded. */
export const strings = core as LocaleTable;
