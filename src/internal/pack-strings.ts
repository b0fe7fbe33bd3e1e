import { WORD_SHAPE } from '../locales/shape.js';
import { isObject } from './data.js';
import type { LocaleTable } from './strings.js';

export type { LocaleTable };

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

/**
 * The shape of a table of words: how many values each word is given (0: plain text), nested as the table
 * is. `npm run generate` writes the shape of every word into `src/locales/index.ts` (`WORD_SHAPE`).
 */
export type WordShape<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? A['length'] : T[K] extends string ? 0 : WordShape<T[K]>;
};

/**
 * What a pack's `strings` are checked and compiled against: the shape of every word, also of the elements
 * not loaded yet. This module is part of the content checker, which pages keeping the built-in article
 * never load, so the shapes cost them nothing.
 */
const ENGLISH: unknown = WORD_SHAPE satisfies WordShape<LocaleTable>;
/** A word that is given values: its number of values, else 0. */
const arityOf = (english: unknown) => (typeof english === 'number' ? english : 0);

const PLURAL_RULES = ['zero', 'one', 'two', 'few', 'many', 'other'];

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
      if (Object.hasOwn(english, k)) checkPackStrings(v, fail, `${field}.${k}`, english[k]);
      else if (k === '__proto__') fail(`${field}.${k}`, 'is not an interface string (a key of every object)');
      else fail(`${field}.${k}`, `is not an interface string; use ${Object.keys(english).join(', ')}`);
    }
    return;
  }
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'must be a non-empty string');
}

/** Turns a (checked) pack's templates into the functions a table holds, plurals chosen for `lang`. */
export function compilePackStrings(value: unknown, lang: string, english: unknown = ENGLISH): unknown {
  if (arityOf(english)) {
    const fill = (t: string, args: unknown[]) =>
      t.replace(/\{(\d+)\}/g, (all, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : all));
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
