// Worst-case parse time per kind (issue 13.12): the largest document the limits allow, in two
// shapes (many small values; as much text as allowed, in emoji), parsed by `parseDocument`
// (median of runs, ms). Also a relation map at every list's maximum, which the whole-document
// bound refuses — before the bound it took 8–12 s to check.
import { DOCUMENT_KINDS, parseDocument } from '@sammen/sdk';
import { BUILDERS, largest } from './largest-documents.js';

const RUNS = 5;

function medianParse(document: unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    parseDocument(document);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export default async (): Promise<Record<string, number>> => {
  const result: Record<string, number> = {};
  for (const kind of DOCUMENT_KINDS) {
    let worst = 0;
    for (const [shape, build] of Object.entries(BUILDERS[kind])) {
      const document = build(largest(build));
      if (!parseDocument(document).ok) throw new Error(`${kind} ${shape}: the largest document is not valid`);
      const time = medianParse(document);
      result[`${kind} ${shape} (ms)`] = time;
      worst = Math.max(worst, time);
    }
    result[`${kind} WORST CASE (ms)`] = worst;
  }
  const atListMaxima = BUILDERS['relation-map'].values(100_000);
  result['relation-map at every list maximum, refused (ms)'] = medianParse(atListMaxima);
  return result;
};
