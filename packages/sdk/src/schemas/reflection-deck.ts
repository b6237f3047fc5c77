import * as v from 'valibot';
import { documentBase, Id, LanguageTag, List, LocalizedTextSchema } from './common.js';

/** Schema id of the current reflection deck version. */
export const REFLECTION_DECK_SCHEMA = 'sammen.reflection-deck/v1';

/** Themes of a deck. */
export const MAX_THEMES = 50;
/** Cards of one theme. */
export const MAX_CARDS_PER_THEME = 200;
/** Cards of a deck at most (and so card entries of a notes document). */
export const MAX_CARDS = MAX_THEMES * MAX_CARDS_PER_THEME;
/** Questions of one card (and so notes per card). */
export const MAX_QUESTIONS = 20;

/** A reflection question, optionally with numbered sub-items ("when the child is in difficulty", …). */
export const ReflectionQuestionSchema = v.object({
  id: Id,
  text: LocalizedTextSchema(),
  items: v.optional(List(LocalizedTextSchema(), 0, 20)),
});

/** A card: a statement someone said, and one to a few reflection questions. */
export const ReflectionCardSchema = v.object({
  id: Id,
  title: LocalizedTextSchema(),
  statement: v.object({
    text: LocalizedTextSchema(),
    saidBy: v.picklist(['parents', 'professionals', 'both']),
  }),
  questions: List(ReflectionQuestionSchema, 1, MAX_QUESTIONS),
  audience: v.picklist(['staff', 'parents', 'both']),
  settings: List(v.picklist(['daycare', 'school', 'club']), 0, 3),
});

/** A numbered theme with an introduction and its cards. */
export const ReflectionThemeSchema = v.object({
  id: Id,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: LocalizedTextSchema(),
  intro: v.optional(LocalizedTextSchema()),
  cards: List(ReflectionCardSchema, 0, MAX_CARDS_PER_THEME),
});

/** A deck of reflection cards in themes (sammen.reflection-deck/v1). */
export const ReflectionDeckSchema = v.object({
  ...documentBase(REFLECTION_DECK_SCHEMA),
  title: LocalizedTextSchema(),
  intro: v.optional(LocalizedTextSchema()),
  languages: v.optional(List(LanguageTag, 0, 50)),
  themes: List(ReflectionThemeSchema, 0, MAX_THEMES),
});

export type ReflectionQuestion = v.InferOutput<typeof ReflectionQuestionSchema>;
export type ReflectionCard = v.InferOutput<typeof ReflectionCardSchema>;
export type ReflectionTheme = v.InferOutput<typeof ReflectionThemeSchema>;
/** A deck of reflection cards (see docs/data-model.md). */
export type ReflectionDeck = v.InferOutput<typeof ReflectionDeckSchema>;
