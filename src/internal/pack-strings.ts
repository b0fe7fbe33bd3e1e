import { strings } from './strings.js';

/** Every interface word, in English: the shape every locale table has (see `src/locales/`). */
export type LocaleTable = typeof strings;

/** A table with any subset of the keys, at any depth; lists (the shortcut table) are replaced whole. */
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

const PLURAL_RULES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a content pack's `strings` against the English table: unknown keys, wrong types, placeholders
 * beyond what a word is given, and lists of the wrong length are reported with their field.
 */
export function checkPackStrings(value: unknown, fail: (field: string, problem: string) => void, field = 'strings', english: unknown = strings): void {
  if (typeof english === 'function') {
    const arity = english.length;
    const template = (t: unknown, f: string) => {
      if (typeof t !== 'string' || t.trim() === '') return fail(f, 'must be a non-empty string');
      for (const [, n] of t.matchAll(/\{(\d+)\}/g))
        if (Number(n) >= arity) fail(f, `uses {${n}}, but this text is given ${arity} value${arity === 1 ? '' : 's'} ({0}${arity > 1 ? `…{${arity - 1}}` : ''})`);
    };
    if (!isObject(value)) return template(value, field);
    if (!('other' in value)) fail(field, 'plural forms must include "other"');
    for (const [k, t] of Object.entries(value)) {
      if (PLURAL_RULES.includes(k)) template(t, `${field}.${k}`);
      else fail(`${field}.${k}`, `is not a plural form; use ${PLURAL_RULES.join(', ')}`);
    }
    return;
  }
  if (Array.isArray(english)) {
    const pairs = english as string[][];
    if (!Array.isArray(value) || value.length !== pairs.length) return fail(field, `must be a list of ${pairs.length} entries, in the English order`);
    value.forEach((entry: unknown, i) => {
      if (!Array.isArray(entry) || entry.length !== pairs[i].length || entry.some((w) => typeof w !== 'string' || w.trim() === ''))
        fail(`${field}[${i}]`, `must be a list of ${pairs[i].length} non-empty strings`);
    });
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
export function compilePackStrings(value: unknown, lang: string, english: unknown = strings): unknown {
  if (typeof english === 'function') {
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
