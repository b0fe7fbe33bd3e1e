import type { LocaleTable } from './pack-strings.js';

/**
 * Every word the library itself shows (not the article's), in English: the table every locale table
 * copies (`LocaleTable`). These are interface words only; they make no claim about knees or running.
 *
 * The words of the elements in the CDN file are here. The player's and the run log's are beside them,
 * in `components/knee-exercise-player/strings.ts` and `components/knee-run-log/strings.ts`, and join
 * this table when their module loads (`addEnglish`), so the CDN file carries them only in the chunks
 * of those elements. Each element reads only these words and its own block, which its module has added
 * before the element exists; content packs check those blocks against their shape (`pack-strings.ts`).
 */
const core = {
  byline: (author: string) => `By ${author}`,
  calloutPrefix: 'Important: ',
  /** In place of an element whose code could not be loaded (offline, blocked, missing file). */
  notLoaded: 'This part of the page could not be loaded. Reload the page to try again.',
  checklist: {
    progress: (done: number, total: number) => `${done} of ${total} done`,
    why: 'From the article',
    quoteCredit: (author: string) => `— ${author}`,
    clearAll: 'Clear all',
    cleared: 'All ticks cleared.',
    undo: 'Undo',
    restored: 'Ticks restored.',
    notSaved: 'Your ticks could not be saved on this device. They stay until you leave this page.',
    printDone: '☑',
    printNotDone: '☐',
  },
};

/** The English table: these words, and each block added by its element's module (see above). */
export const strings = core as LocaleTable;

/** The words of the elements in the CDN file. */
export type CoreStrings = typeof core;
