// The reflection deck's parser, in a module of its own: a page that validates decks carries the
// deck's valibot schema and no other kind's (see documents.ts' `parseKind`).
import { parseKind } from '../parse-kind.js';
import type { ParseResult } from '../issues.js';
import { ReflectionDeckSchema, type ReflectionDeck } from '../schemas/reflection-deck.js';

/** Validates a reflection deck. */
export const parseReflectionDeck = (value: unknown): ParseResult<ReflectionDeck> => parseKind('reflection-deck', ReflectionDeckSchema, [], value);
