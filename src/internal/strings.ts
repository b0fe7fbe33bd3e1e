/**
 * Every word the library itself shows (not the article's): one place to read, review or translate.
 * These are interface words only; they make no claim about knees or running.
 */
export const strings = {
  byline: (author: string) => `By ${author}`,
  calloutPrefix: 'Important: ',
  checklist: {
    progress: (done: number, total: number) => `${done} of ${total} done`,
    why: 'From the article',
    quoteCredit: (author: string) => `— ${author}`,
    clearAll: 'Clear all',
    cleared: 'All ticks cleared.',
    undo: 'Undo',
    restored: 'Ticks restored.',
    printDone: '☑',
    printNotDone: '☐',
  },
};
