import * as v from 'valibot';
import type { SammenDocument } from '../documents.js';
import { parseDocument } from '../document-registry.js';
import { ValidationError } from '../errors.js';
import type { Issue } from '../issues.js';
import { kindOf, unreadable } from './document-key.js';
import type { ExportBundle, ImportResult } from './store.js';

/** Builds the export bundle with documents in a stable order (kind, then id). */
export function buildExportBundle(documents: SammenDocument[]): ExportBundle {
  const sorted = [...documents].sort((a, b) => kindOf(a).localeCompare(kindOf(b)) || a.id.localeCompare(b.id));
  return { format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: sorted };
}

const BundleShape = v.object({ format: v.literal('sammen.export/v1'), exportedAt: v.string(), documents: v.array(v.unknown()) });

/** Validates a whole bundle; throws one `ValidationError` listing every invalid document (and nothing else). */
export function validateBundle(bundle: unknown): SammenDocument[] {
  try {
    return validateBundleShape(bundle);
  } catch (error) {
    // A getter or proxy in a host's object may throw; the caller still gets a ValidationError.
    throw unreadable(error);
  }
}

function validateBundleShape(bundle: unknown): SammenDocument[] {
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

/**
 * Which documents of a validated bundle to write: those the store does not hold, or holds at an
 * earlier revision. `storedRevision` gives the stored revision of a key (`kind/id`), if any.
 */
export function planImport(documents: readonly SammenDocument[], storedRevision: (key: string) => number | undefined): { write: SammenDocument[]; result: ImportResult } {
  const write: SammenDocument[] = [];
  const result: ImportResult = { imported: [], skipped: [] };
  for (const doc of documents) {
    const kind = kindOf(doc);
    const entry = { kind, id: doc.id, revision: doc.revision };
    const stored = storedRevision(`${kind}/${doc.id}`);
    if (stored === undefined || stored < doc.revision) {
      write.push(doc);
      result.imported.push(entry);
    } else {
      result.skipped.push({ ...entry, reason: stored === doc.revision ? 'same-revision' : 'newer-in-store', storedRevision: stored });
    }
  }
  return { write, result };
}

/** True when `value` has the shape of an {@link ImportResult} (e.g. a server's answer). */
export function isImportResult(value: unknown): value is ImportResult {
  const record = value as { imported?: unknown; skipped?: unknown } | null;
  return typeof record === 'object' && record !== null && Array.isArray(record.imported) && Array.isArray(record.skipped);
}
