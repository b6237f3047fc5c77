import type { Issue } from './issues.js';

/** Base of every error the SDK raises; `code` is stable and machine-readable. */
export class SammenError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A write carried a stale revision; `current` is what the store holds now (undefined if deleted). */
export class ConflictError extends SammenError {
  constructor(
    readonly current: unknown,
    message = 'The document was changed by someone else; nothing was overwritten.',
  ) {
    super('conflict', message);
  }
}

/** The document does not exist (where existence is required, e.g. a remote delete). */
export class NotFoundError extends SammenError {
  constructor(message = 'The document was not found.') {
    super('not-found', message);
  }
}

/** The network failed or timed out after all retries. */
export class NetworkError extends SammenError {
  constructor(message = 'The server could not be reached.', readonly status?: number) {
    super('network', message);
  }
}

/** The input is not a valid document; `issues` say where and what. */
export class ValidationError extends SammenError {
  constructor(
    readonly issues: Issue[],
    message = `The document is not valid: ${issues
      .slice(0, 3)
      .map((issue) => `${issue.path || '(document)'}: ${issue.message}`)
      .join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
  ) {
    super('invalid-document', message);
  }
}

/** IndexedDB cannot be used here (private mode, blocked by policy, missing in this runtime). */
export class StorageUnavailableError extends SammenError {
  constructor(message = 'Saving on this device is not possible in this browser (private mode or blocked storage).') {
    super('storage-unavailable', message);
  }
}

/** The device's storage is full; nothing was written. */
export class QuotaExceededError extends SammenError {
  constructor(message = 'The storage on this device is full; nothing was saved.') {
    super('storage-full', message);
  }
}

/**
 * The host's sign-in did not work: its `headers()` hook failed (no `status`), or the server
 * answered 401 (not signed in) or 403 (signed in, not allowed). Not retried: a retry would
 * fail the same way, and "server unreachable" would send people looking at the network.
 */
export class AuthenticationError extends SammenError {
  constructor(message = 'The sign-in to the server did not work.', readonly status?: number) {
    super('authentication', message);
  }
}
