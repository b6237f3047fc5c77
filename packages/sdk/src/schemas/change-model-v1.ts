import * as v from 'valibot';
import { LINK_ENDS_MESSAGE } from './beyond-json-schema.js';
import { documentBase, Id, LIMITS, List, LocalizedTextSchema } from './common.js';
import { ChangeModelColumnKindSchema, IndicatorSchema } from './change-model-parts.js';

/** Schema id of the first change model version, still read (and migrated) for old files. */
export const CHANGE_MODEL_V1_SCHEMA = 'sammen.change-model/v1';

const ItemV1Schema = v.object({
  id: Id,
  title: LocalizedTextSchema(LIMITS.label),
  description: v.optional(LocalizedTextSchema()),
  bullets: v.optional(List(LocalizedTextSchema(), 0, 50)),
  indicators: v.optional(List(IndicatorSchema, 0, 50)),
});

/**
 * The first change model (sammen.change-model/v1): links without ids, no per-item target group,
 * assumptions or aims. Read only, by migration to v2; validated before migrating, so what the
 * parser reads is exactly what the published `change-model.v1.schema.json` describes.
 */
export const ChangeModelV1Schema = v.pipe(
  v.object({
    ...documentBase(CHANGE_MODEL_V1_SCHEMA),
    title: LocalizedTextSchema(LIMITS.label),
    targetGroup: v.optional(LocalizedTextSchema()),
    columns: List(v.object({ id: Id, kind: ChangeModelColumnKindSchema, title: v.optional(LocalizedTextSchema(LIMITS.label)), items: List(ItemV1Schema, 0, 200) }), 1, 12),
    links: List(
      v.object({
        from: Id,
        to: Id,
        rationale: v.optional(LocalizedTextSchema()),
        assumptions: v.optional(LocalizedTextSchema()),
        evidence: v.optional(LocalizedTextSchema()),
      }),
      0,
      2_000,
    ),
  }),
  v.forward(
    v.check((model) => {
      const ids = new Set(model.columns.flatMap((column) => column.items.map((item) => item.id)));
      return model.links.every((link) => ids.has(link.from) && ids.has(link.to));
    }, LINK_ENDS_MESSAGE),
    ['links'],
  ),
);

/**
 * The id v2 gives a v1 link: `from->to`, the same every time a file is migrated (so two people
 * migrating one export agree), with `-2`, `-3`, … for a repeated pair and `link-<n>` when the
 * pair would be longer than an id may be.
 */
export function linkIdFromEnds(from: string, to: string, taken: ReadonlySet<string>, index: number): string {
  const base = `${from}->${to}`.length <= LIMITS.id - 8 ? `${from}->${to}` : `link-${index + 1}`;
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** v1 → v2: every link gets a stable id derived from its ends; nothing else changes. */
export function migrateChangeModelV1(document: Record<string, unknown>): Record<string, unknown> {
  const links = Array.isArray(document.links) ? (document.links as Record<string, unknown>[]) : [];
  const taken = new Set<string>();
  const withIds = links.map((link, index) => {
    const id = linkIdFromEnds(String(link.from), String(link.to), taken, index);
    taken.add(id);
    return { id, ...link };
  });
  return { ...document, schema: 'sammen.change-model/v2', links: withIds };
}
