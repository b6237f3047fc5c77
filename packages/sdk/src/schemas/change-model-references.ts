// The change model's checks between its parts, which JSON Schema cannot express: every id names
// one thing of its kind, and every link joins two items. Each failure is located at the exact id
// or link end (`links[3].to`, `columns[1].items[0].id`) so the person fixing a file, or a
// widget's error view, can point at it; the messages are fixed text (no ids: ids may be names).
import type { IssuePathItem } from 'valibot';
import { DUPLICATE_ID_MESSAGE, LINK_ENDS_MESSAGE } from './beyond-json-schema.js';

interface Identified {
  id: string;
}
/** The shape the checks need; the schema's output has it. */
interface ModelReferences {
  columns: readonly (Identified & { items: readonly (Identified & { indicators?: readonly Identified[] })[] })[];
  links: readonly (Identified & { from: string; to: string })[];
}

/** One located failure, in the form valibot's `rawCheck` takes. */
export interface ReferenceIssue {
  message: string;
  path: [IssuePathItem, ...IssuePathItem[]];
}

/** valibot path items for `keys`, walking `root` so each item carries its input and value. */
function located(root: unknown, keys: readonly (string | number)[]): [IssuePathItem, ...IssuePathItem[]] {
  const path: IssuePathItem[] = [];
  let input = root as Record<string | number, unknown>;
  for (const key of keys) {
    const value = input[key];
    path.push(
      typeof key === 'number'
        ? { type: 'array', origin: 'value', input: input as unknown as unknown[], key, value }
        : { type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value },
    );
    input = value as Record<string | number, unknown>;
  }
  return path as [IssuePathItem, ...IssuePathItem[]];
}

/** Every duplicate id and every link end that names no item, in document order. */
export function changeModelReferenceIssues(model: ModelReferences): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const seen = { columns: new Set<string>(), items: new Set<string>(), indicators: new Set<string>(), links: new Set<string>() };
  const claim = (kind: keyof typeof seen, id: string, keys: (string | number)[]) => {
    if (seen[kind].has(id)) issues.push({ message: DUPLICATE_ID_MESSAGE, path: located(model, keys) });
    seen[kind].add(id);
  };
  model.columns.forEach((column, c) => {
    claim('columns', column.id, ['columns', c, 'id']);
    column.items.forEach((item, i) => {
      claim('items', item.id, ['columns', c, 'items', i, 'id']);
      item.indicators?.forEach((indicator, k) => claim('indicators', indicator.id, ['columns', c, 'items', i, 'indicators', k, 'id']));
    });
  });
  model.links.forEach((link, l) => {
    claim('links', link.id, ['links', l, 'id']);
    for (const end of ['from', 'to'] as const) {
      if (!seen.items.has(link[end])) issues.push({ message: LINK_ENDS_MESSAGE, path: located(model, ['links', l, end]) });
    }
  });
  return issues;
}
