import type { playerStrings } from '../components/knee-exercise-player/strings.js';
import type { runLogStrings } from '../components/knee-run-log/strings.js';
import { strings, type CoreStrings } from './strings.js';

/** Every interface word, in English: the shape every locale table has (see `src/locales/`). */
export type LocaleTable = CoreStrings & { player: typeof playerStrings; runLog: typeof runLogStrings };

/** A table with any subset of the keys, at any depth. */
export type PartialLocaleTable = PartialTable<LocaleTable>;
type PartialTable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: PartialTable<T[K]> }
      : T;

/** Plural forms of a JSON template, chosen by `Intl.PluralRules` from the template's first number. */
export type PluralTemplate = Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>> & { other: string };

/**
 * The `strings` of a content pack: any subset of the table, in JSON. A word that takes values (the
 * byline's author, the checklist's counts) is a template with positional placeholders, `"Por {0}"`, or
 * an object of plural forms, `{ "one": "{0} de {1} hecha", "other": "{0} de {1} hechas" }`.
 */
export type PackStrings = PackValue<LocaleTable>;
type PackValue<T> = T extends (...args: never[]) => string
  ? string | PluralTemplate
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: PackValue<T[K]> }
      : T;

/** The shape of a block of words: how many values each word is given (0: plain text), nested as the block is. */
type Shape<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? A['length'] : T[K] extends string ? 0 : Shape<T[K]>;
};

/** One row of the player's shortcut words. */
const KEY = { label: 0, what: 0 } as const;

/**
 * The shape of the words that the player's and the run log's modules add to the English table when they
 * load (in the CDN file, with their chunks): a pack's words for them are checked and compiled against it,
 * also before they load. Typed from their English, so a key or a number of values out of step is a type error.
 * @internal
 */
// prettier-ignore
export const BLOCK_SHAPES = {
  player: {
    play: 0, pause: 0, seek: 0, position: 2, speed: 0, speedOption: 1, captions: 0, captionsFailed: 0, stepsFailed: 0, mute: 0, fullScreen: 0,
    exitFullScreen: 0, steps: 0, step: 3, previousStep: 0, nextStep: 0, repeatStep: 0, pauseAfterStep: 0, pausedAfterStep: 2, transcript: 0, shortcuts: 0,
    loading: 0, resume: 1, startOver: 0, retry: 0, frame: 1, videoAddress: 1,
    errors: { 'not-found': 0, unsupported: 0, network: 0, unavailable: 0, decode: 0, 'play-refused': 0, 'no-source': 0 }, errorSuffix: 0,
    keys: { playPause: KEY, seek: KEY, ends: KEY, steps: KEY, speed: KEY, mute: KEY, captions: KEY, fullScreen: KEY },
  },
  runLog: {
    heading: 0, logHeading: 0, followUpHeading: 0, patternHeading: 0, tableHeading: 0, date: 0, distance: 1, duration: 0, note: 0, noteHint: 0,
    series: { during: 0, dayAfter: 0, twoDaysAfter: 0 }, ask: { during: 0, dayAfter: 0, twoDaysAfter: 0 }, askLater: { dayAfter: 0, twoDaysAfter: 0 },
    scale: 0, notRated: 0, columns: { distance: 0, duration: 0, note: 0, actions: 0 }, add: 0, save: 0, change: 0, cancel: 0, remove: 0, deleteAll: 0,
    download: 0, print: 0, import: 0, runOn: 1, about: 2, added: 1, saved: 1, deleted: 1, deletedAll: 0, restored: 0, empty: 0, notYet: 0, page: 3, newer: 0,
    older: 0, patternDayAfter: 2, patternTwoDays: 2, noPattern: 0, chart: 3, chartLimit: 2, limitLabel: 1, errorPrefix: 0,
    problems: { date: 0, future: 0, taken: 0, rating: 1, distance: 0, unit: 0, duration: 0, note: 0 }, imported: 1, kept: 1, badRow: 2, moreRows: 1, notCsv: 0,
    unreadable: 0, keptEntries: 1, newerVersion: 0, saveFailed: 0,
  },
} satisfies Shape<Pick<LocaleTable, 'player' | 'runLog'>>;

/** What a pack's `strings` are checked and compiled against: the English words, and the later blocks' shape. */
const ENGLISH: unknown = { ...strings, ...BLOCK_SHAPES };
/** A word that is given values (a function in a table, a number in a shape): its number of values, else 0. */
const arityOf = (english: unknown) =>
  typeof english === 'function' ? english.length : typeof english === 'number' ? english : 0;

const PLURAL_RULES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a content pack's `strings` against the English table: unknown keys, wrong types, placeholders
 * beyond what a word is given, and lists of the wrong length are reported with their field.
 */
export function checkPackStrings(
  value: unknown,
  fail: (field: string, problem: string) => void,
  field = 'strings',
  english: unknown = ENGLISH,
): void {
  const arity = arityOf(english);
  if (arity) {
    const template = (t: unknown, f: string) => {
      if (typeof t !== 'string' || t.trim() === '') return fail(f, 'must be a non-empty string');
      for (const [, n] of t.matchAll(/\{(\d+)\}/g))
        if (Number(n) >= arity)
          fail(
            f,
            `uses {${n}}, but this text is given ${arity} value${arity === 1 ? '' : 's'} ({0}${arity > 1 ? `…{${arity - 1}}` : ''})`,
          );
    };
    if (!isObject(value)) return template(value, field);
    if (!('other' in value)) fail(field, 'plural forms must include "other"');
    for (const [k, t] of Object.entries(value)) {
      if (PLURAL_RULES.includes(k)) template(t, `${field}.${k}`);
      else fail(`${field}.${k}`, `is not a plural form; use ${PLURAL_RULES.join(', ')}`);
    }
    return;
  }
  if (isObject(english)) {
    if (!isObject(value)) return fail(field, 'must be an object');
    for (const [k, v] of Object.entries(value)) {
      if (k in english) checkPackStrings(v, fail, `${field}.${k}`, english[k]);
      else fail(`${field}.${k}`, `is not an interface string; use ${Object.keys(english).join(', ')}`);
    }
    return;
  }
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'must be a non-empty string');
}

/** Turns a (checked) pack's templates into the functions a table holds, plurals chosen for `lang`. */
export function compilePackStrings(value: unknown, lang: string, english: unknown = ENGLISH): unknown {
  if (arityOf(english)) {
    const fill = (t: string, args: unknown[]) => t.replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)]));
    if (typeof value === 'string') return (...args: unknown[]) => fill(value, args);
    const forms = value as PluralTemplate;
    let rules: Intl.PluralRules;
    try {
      rules = new Intl.PluralRules(lang || 'en');
    } catch {
      rules = new Intl.PluralRules('en');
    }
    return (...args: unknown[]) => {
      const n = args.find((a): a is number => typeof a === 'number');
      return fill((n === undefined ? undefined : forms[rules.select(n)]) ?? forms.other, args);
    };
  }
  if (isObject(english) && isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = compilePackStrings(v, lang, english[k]);
    return out;
  }
  return value;
}
