// Ids are keys of records (notes by card id, answers by prompt id). Reading `record[id]` would
// find inherited members for ids such as `toString` or `valueOf` — a function where text was
// expected, shown as "function toString() { [native code] }" or crashing `.trim()` (issue 13.6).

/** The value stored under `key` in `record` itself; never an inherited member. */
export function entryOf<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
