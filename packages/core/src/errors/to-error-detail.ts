import { SammenError, ValidationError } from '@sammen/sdk';
import type { SammenErrorDetail } from '../events.js';

/**
 * The SDK's code for why a store call failed (`storage-full`, `network`, …), for the sentence the
 * user reads. A host's own store may reject with the browser's quota error instead of the SDK's
 * `QuotaExceededError`: that is the same full device, and is said the same way.
 */
export function failureCodeOf(error: unknown): string {
  if (error instanceof SammenError) return error.code;
  try {
    if ((error as { name?: unknown } | null)?.name === 'QuotaExceededError') return 'storage-full';
  } catch {
    // A rejection value that cannot even be read (a revoked proxy) says nothing more.
  }
  return 'unexpected';
}

/**
 * Turns anything thrown or returned as a failure into the plain `sammen-error` detail, keeping
 * the SDK's error code and located issues. Never includes document contents.
 */
export function toErrorDetail(error: unknown, fallbackCode = 'unexpected'): SammenErrorDetail {
  if (error instanceof ValidationError) return { code: error.code, message: error.message, issues: error.issues };
  if (error instanceof SammenError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: fallbackCode, message: error.message };
  return { code: fallbackCode, message: String(error) };
}
