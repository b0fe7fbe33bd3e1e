/**
 * The checklist's interface words in English: the `checklist` block of the locale table. Plain data: the
 * element's module adds them to the English table when it loads, and `npm run generate` reads their
 * shape from here.
 */
export const checklistStrings = {
  progress: (done: number, total: number) => `${done} of ${total} done`,
  why: 'From the article',
  clearAll: 'Clear all',
  cleared: 'All ticks cleared.',
  undo: 'Undo',
  restored: 'Ticks restored.',
  notSaved: 'Your ticks could not be saved on this device. They stay until you leave this page.',
  printDone: '☑',
  printNotDone: '☐',
};

/** What this module adds to the English table. */
export const english = { checklist: checklistStrings };

declare module '../../internal/strings.js' {
  interface LocaleTable {
    checklist: typeof checklistStrings;
  }
}
