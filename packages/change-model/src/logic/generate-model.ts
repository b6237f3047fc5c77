// A large, deterministic change model for stories, tests and the benchmark: the same seed always
// gives the same model, so a story, a screenshot and a benchmark run all draw the same graph.
import type { ChangeModel, ChangeModelColumn, ChangeModelColumnKind, ChangeModelLink, IndicatorStatus } from '@sammen/sdk';

/** Options of {@link generateModel}. */
export interface GenerateOptions {
  /** Items in all (default 100). */
  items?: number;
  /** Links in all (default 300; fewer when the items cannot hold that many distinct links). */
  links?: number;
  /** Seed of the pseudo-random choices (default 1). */
  seed?: number;
}

/** mulberry32: a tiny, good-enough PRNG; Math.random cannot be seeded. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const KINDS: { kind: ChangeModelColumnKind; share: number; da: string; nb: string; en: string }[] = [
  { kind: 'activities', share: 0.15, da: 'Aktivitet', nb: 'Aktivitet', en: 'Activity' },
  { kind: 'short-term-results', share: 0.3, da: 'Resultat', nb: 'Resultat', en: 'Result' },
  { kind: 'medium-term-effects', share: 0.3, da: 'Virkning', nb: 'Virkning', en: 'Effect' },
  { kind: 'long-term-effects', share: 0.25, da: 'Langsigtet virkning', nb: 'Langsiktig virkning', en: 'Long-term effect' },
];
const STATUSES: IndicatorStatus[] = ['on-track', 'at-risk', 'off-track', 'no-data'];

/**
 * A valid sammen.change-model/v2 with `items` items in the template's four columns and `links`
 * distinct links: mostly to the next column, some to distant ones, a few within a column and a
 * few back (cycles), every third item with an indicator.
 */
export function generateModel(options: GenerateOptions = {}): ChangeModel {
  const total = Math.max(KINDS.length, Math.floor(options.items ?? 100));
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let made = 0;
  const columns: ChangeModelColumn[] = KINDS.map(({ kind, share, da, nb, en }, c) => {
    const count = c === KINDS.length - 1 ? total - made : Math.max(1, Math.round(total * share));
    const start = made;
    made += count;
    return {
      id: `col-${c + 1}`,
      kind,
      items: Array.from({ length: count }, (_, i) => {
        const n = start + i + 1;
        const item: ChangeModelColumn['items'][number] = { id: `item-${n}`, title: { da: `${da} ${i + 1}`, nb: `${nb} ${i + 1}`, en: `${en} ${i + 1}` } };
        if (n % 3 === 0) item.indicators = [{ id: `ind-${n}`, name: { da: `Indikator ${n}`, nb: `Indikator ${n}`, en: `Indicator ${n}` }, status: pick(STATUSES) }];
        return item;
      }),
    };
  });
  const ids = columns.map((column) => column.items.map((item) => item.id));
  const wanted = Math.min(Math.floor(options.links ?? 300), total * (total - 1));
  const links: ChangeModelLink[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; links.length < wanted && attempt < wanted * 50; attempt += 1) {
    const roll = next();
    const c = Math.floor(next() * ids.length);
    // 70 % to the next column, 15 % further on, 8 % within the column, 7 % back (feedback loops).
    const target = roll < 0.7 ? c + 1 : roll < 0.85 ? c + 2 + Math.floor(next() * 2) : roll < 0.93 ? c : c - 1 - Math.floor(next() * 2);
    if (target < 0 || target >= ids.length) continue;
    const from = pick(ids[c]!);
    const to = pick(ids[target]!);
    if (from === to || seen.has(`${from}->${to}`)) continue;
    seen.add(`${from}->${to}`);
    links.push({ id: `${from}->${to}`, from, to, rationale: { da: 'Fordi …', nb: 'Fordi …', en: 'Because …' } });
  }
  return {
    schema: 'sammen.change-model/v2',
    id: `generated-${options.seed ?? 1}`,
    revision: 1,
    updatedAt: '2026-11-22T00:00:00.000Z',
    title: { da: `Stor model (${total} elementer)`, nb: `Stor modell (${total} elementer)`, en: `Large model (${total} items)` },
    columns,
    links,
  };
}
