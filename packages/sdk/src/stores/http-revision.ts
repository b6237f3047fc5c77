import type { SammenDocument } from '../documents.js';
import { SammenError } from '../errors.js';

/** The revision an `ETag` names (`"3"`, or weak `W/"3"`), or undefined for another tag. */
export function revisionOfEtag(etag: string | null): number | undefined {
  const match = /^(?:W\/)?"(\d{1,15})"$/.exec(etag?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Checks a document the server sent against its `ETag`: the ETag is what the server compares
 * `If-Match` with, so a body that names another revision would make every next save a conflict
 * (or worse, overwrite). Such an answer is refused rather than guessed at.
 */
export function checkEtag(doc: SammenDocument, etag: string | null): void {
  const revision = revisionOfEtag(etag);
  if (revision !== undefined && revision !== doc.revision) {
    throw new SammenError('bad-response', `The server's ETag names revision ${revision}, but the document it sent is revision ${doc.revision}.`);
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether `current` is the very write `sent` (same revision and content; the server may have
 * set its own `updatedAt`). A conflict answer carrying it means an earlier attempt of this write
 * was committed and only its answer was lost — success, not someone else's change.
 */
export function isSameWrite(current: SammenDocument, sent: SammenDocument): boolean {
  if (current.revision !== sent.revision) return false;
  return canonical({ ...current, updatedAt: undefined }) === canonical({ ...sent, updatedAt: undefined });
}
