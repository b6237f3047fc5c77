const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One document from the same document in several languages: text objects (`{da: …}`, `{nb: …}`)
 * are joined, `languages` lists are concatenated; everything else must be the same in each (else
 * it throws, naming the path). Used by `npm run examples` to check the example files agree, and
 * at run time to join the languages a page shows (each language's example is a chunk of its own).
 */
export function mergeLanguages<T>(documents: readonly T[]): T {
  const merge = (a: unknown, b: unknown, path: string): unknown => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (path.endsWith('.languages')) return [...a, ...b.filter((lang) => !a.includes(lang))];
      if (a.length !== b.length) throw new Error(`${path}: ${a.length} items in one language, ${b.length} in another`);
      return a.map((item, index) => merge(item, b[index], `${path}[${index}]`));
    }
    if (isPlainObject(a) && isPlainObject(b)) {
      const merged = { ...a };
      for (const [key, value] of Object.entries(b)) merged[key] = key in a ? merge(a[key], value, `${path}.${key}`) : value;
      return merged;
    }
    if (a !== b) throw new Error(`${path}: ${JSON.stringify(a)} in one language, ${JSON.stringify(b)} in another`);
    return a;
  };
  return documents.reduce((merged, document) => merge(merged, document, '$') as T);
}
