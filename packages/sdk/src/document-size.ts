// The whole-document bound (issue 13.12): nested lists multiply, so per-list limits alone allow
// documents far larger than any widget shows. One walk before validation counts values and
// characters and stops at the first bound it passes, so the work is bounded by LIMITS whatever
// the input is — deep nesting, cycles and giant arrays included.
import type { Issue } from './issues.js';
import { LIMITS } from './limits.js';

/** What {@link documentSizeIssue} found: the issue, and whether to stop before validating. */
export interface SizeProblem {
  issue: Issue;
  /**
   * True when validating would itself be unbounded work (too many values, or text far past the
   * bound). False for text just past the bound: validation is still cheap then, and a located
   * issue ("title: expected at most 500 characters") helps more than the document-wide one.
   */
  stop: boolean;
}

/**
 * The problem when `value` holds more than `LIMITS.documentValues` values or
 * `LIMITS.documentCharacters` characters of text (keys included); `undefined` when it fits.
 * Reads every property once (a throwing getter throws out of here: callers catch it).
 */
export function documentSizeIssue(value: unknown): SizeProblem | undefined {
  const pending: unknown[] = [value];
  let values = 0;
  let characters = 0;
  const tooMany: Issue = {
    path: '',
    message: `expected at most ${LIMITS.documentValues} values in one document`,
    code: 'max-length',
    params: { max: LIMITS.documentValues, unit: 'items' },
  };
  while (pending.length > 0) {
    const next = pending.pop();
    values += 1;
    if (values > LIMITS.documentValues) return { issue: tooMany, stop: true };
    if (typeof next === 'string') characters += next.length;
    else if (Array.isArray(next)) {
      // Pushing a huge array at once would do unbounded work before the count catches up.
      if (next.length > LIMITS.documentValues) return { issue: tooMany, stop: true };
      for (const item of next) pending.push(item);
    } else if (typeof next === 'object' && next !== null) {
      const keys = Object.keys(next);
      if (keys.length > LIMITS.documentValues) return { issue: tooMany, stop: true };
      for (const key of keys) {
        characters += key.length;
        pending.push((next as Record<string, unknown>)[key]);
      }
    }
    if (characters > 10 * LIMITS.documentCharacters) return { issue: tooMuchText(), stop: true };
  }
  return characters > LIMITS.documentCharacters ? { issue: tooMuchText(), stop: false } : undefined;
}

function tooMuchText(): Issue {
  return {
    path: '',
    message: `expected at most ${LIMITS.documentCharacters} characters of text in one document`,
    code: 'max-length',
    params: { max: LIMITS.documentCharacters, unit: 'characters' },
  };
}
