// The perspective session's parser, in a module of its own (see documents.ts' `parseKind`).
import { parseKind } from '../parse-kind.js';
import type { ParseResult } from '../issues.js';
import { PerspectiveSessionSchema, type PerspectiveSession } from '../schemas/perspective-session.js';

/** Validates a perspective session. */
export const parsePerspectiveSession = (value: unknown): ParseResult<PerspectiveSession> => parseKind('perspective-session', PerspectiveSessionSchema, [], value);
