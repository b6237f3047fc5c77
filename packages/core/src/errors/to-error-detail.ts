import { SammenError, ValidationError } from '@sammen/sdk';
import type { SammenErrorDetail } from '../events.js';

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
