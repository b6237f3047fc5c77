import * as v from 'valibot';
import { parseDocument, type SammenDocument } from '../documents.js';
import { ValidationError } from '../errors.js';
import type { Issue } from '../issues.js';
import { kindOf } from './document-key.js';
import type { ExportBundle } from './store.js';

/** Builds the export bundle with documents in a stable order (kind, then id). */
export function buildExportBundle(documents: SammenDocument[]): ExportBundle {
  const sorted = [...documents].sort((a, b) => kindOf(a).localeCompare(kindOf(b)) || a.id.localeCompare(b.id));
  return { format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: sorted };
}

const BundleShape = v.object({ format: v.literal('sammen.export/v1'), exportedAt: v.string(), documents: v.array(v.unknown()) });

/** Validates a whole bundle; throws one `ValidationError` listing every invalid document. */
export function validateBundle(bundle: unknown): SammenDocument[] {
  const shape = v.safeParse(BundleShape, bundle);
  if (!shape.success) throw new ValidationError([{ path: '', message: 'expected a Sammen export bundle {format: "sammen.export/v1", exportedAt, documents: [...]}' }]);
  const issues: Issue[] = [];
  const documents: SammenDocument[] = [];
  const seen = new Set<string>();
  shape.output.documents.forEach((value, index) => {
    const result = parseDocument(value);
    if (!result.ok) {
      issues.push(...result.issues.map((issue) => ({ path: `documents[${index}]${issue.path ? `.${issue.path}` : ''}`, message: issue.message })));
      return;
    }
    const key = `${kindOf(result.value)}/${result.value.id}`;
    if (seen.has(key)) issues.push({ path: `documents[${index}].id`, message: 'duplicate document id' });
    seen.add(key);
    documents.push(result.value);
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return documents;
}

/** The cut-off time of `purgeOlderThan(days)`. */
export function purgeCutoff(days: number): number {
  if (!Number.isFinite(days) || days < 0) throw new RangeError('days must be a non-negative number');
  return Date.now() - days * 86_400_000;
}
