/**
 * Copying data a page hands over, whatever wraps it: part of the content checker, which pages keeping the
 * built-in article never load.
 */

/** Why a value is not plain data, and where in it. */
export class DataError extends Error {
  readonly field: string;
  readonly problem: string;
  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.field = field;
    this.problem = problem;
  }
}

/**
 * A deep, frozen copy of plain data (objects, lists, text, numbers, true/false, null), read through any
 * Proxy or frozen object, so the data a framework hands over (Vue's `ref()`/`reactive()`, MobX and Solid
 * stores) is taken as it is, where `structuredClone` refuses it. Keys whose value is `undefined` are left
 * out, as JSON would. Throws naming the first field that is a function, a symbol, a
 * bigint, a DOM node or another class's object, that refers back to itself, or whose getter throws
 * (a {@link DataError}).
 */
export function frozenCopy(value: unknown, field = '', stack: object[] = []): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  const where = field || '(root)';
  const problem = (text: string) => new DataError(where, `cannot be read as plain data: ${text}`);
  if (typeof value !== 'object') throw problem(value === undefined ? 'it is missing' : `it is a ${typeof value}`);
  if (stack.includes(value)) throw problem('it refers back to itself');
  const list = Array.isArray(value);
  // Plain: no prototype, or a root one (Object.prototype of this page or of another frame's).
  const proto: object | null = list ? null : (Object.getPrototypeOf(value) as object | null);
  if (proto !== null && Object.getPrototypeOf(proto) !== null)
    throw problem(
      `it is ${(proto as { constructor?: { name?: string } }).constructor?.name || 'an object of a class'}`,
    );
  stack.push(value);
  /** Copies the item under `key`, named `at`. */
  const item = (key: string, at: string) => {
    let read: unknown;
    try {
      read = (value as Record<string, unknown>)[key];
    } catch (error) {
      throw new DataError(at, `cannot be read as plain data: reading it failed (${(error as Error).message})`);
    }
    return read === undefined && !list ? undefined : frozenCopy(read, at, stack);
  };
  const copy = list
    ? Array.from({ length: value.length }, (_, i) => item(String(i), `${field}[${i}]`))
    : Object.fromEntries(
        Object.keys(value).flatMap((key) => {
          const copied = item(key, field ? `${field}.${key}` : key);
          return copied === undefined ? [] : [[key, copied]];
        }),
      );
  stack.pop();
  return Object.freeze(copy);
}
