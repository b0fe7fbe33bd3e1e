/** Small checks on data from outside (content files, packs, attributes), written once. */

/** A plain object: not null, not a list. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `value` as a canonical language tag (`es-MX`), or '' when it is not one. */
export function languageTag(value: unknown): string {
  try {
    return typeof value === 'string' && value.trim() ? (Intl.getCanonicalLocales(value.trim())[0] ?? '') : '';
  } catch {
    return '';
  }
}
