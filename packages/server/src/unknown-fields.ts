import type { Issue } from '@sammen/sdk';

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The SDK's path notation (`themes[0].cards`), so the server's issues read like the stores'. */
function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * The fields of `input` that validation dropped from `output`. The SDK's schemas strip unknown
 * fields (a newer widget's extra field must not break an older reader), but a server that
 * stored the stripped copy would silently lose what a client sent: it refuses instead, naming
 * each field. Only meaningful when no migration ran (a migration renames fields on purpose).
 */
export function unknownFieldIssues(input: unknown, output: unknown, path = '', found: Issue[] = []): Issue[] {
  if (found.length >= 20) return found;
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, index) => unknownFieldIssues(item, output[index], pathOf(path, index), found));
  } else if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(output, key)) found.push({ path: pathOf(path, key), message: 'not a field of this kind of document', code: 'invalid' });
      else unknownFieldIssues(input[key], output[key], pathOf(path, key), found);
    }
  }
  return found;
}
