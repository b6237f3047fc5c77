// The perspective session's constants, without Valibot: widgets use them on every page, the
// schema (perspective-session.ts) only where a session has to be validated.

/** Schema id of the current perspective session version. */
export const PERSPECTIVE_SESSION_SCHEMA = 'sammen.perspective-session/v1';

/** The default guided prompts of each perspective, in order. */
export const DEFAULT_PROMPT_IDS = ['experiences', 'thoughts', 'feelings', 'needs', 'observations'] as const;

/** The three perspectives, in the order a guided walk takes them. */
export const PERSPECTIVE_IDS = ['child', 'parents', 'professionals'] as const;
export type PerspectiveId = (typeof PERSPECTIVE_IDS)[number];

/** Prompts (and so answers) of one perspective. */
export const MAX_PROMPTS = 20;
