// Reading a relation map: the SDK's schema, plus the group sociogram's ethics — a group map
// holds positive choices only — located like any other issue (`rounds[0].ties[2].valence`).
import { parseRelationMap, type Issue, type ParseResult, type RelationMap } from '@sammen/sdk';

export function parseMap(value: unknown): ParseResult<RelationMap> {
  const result = parseRelationMap(value);
  if (!result.ok) return result;
  const map = result.value;
  if (map.mode !== 'group') return result;
  const issues: Issue[] = [];
  map.rounds.forEach((round, r) =>
    round.ties.forEach((tie, t) => {
      if (tie.valence !== 'positive') issues.push({ path: `rounds[${r}].ties[${t}].valence`, message: 'a group map holds positive choices only', code: 'invalid' });
    }),
  );
  return issues.length ? { ok: false, issues } : result;
}
