// The privacy guard on long text (issue 13 point 8): 10,000 and 100,000 characters of the shapes
// that made the old e-mail pattern quadratic (long runs of letters, '@' without a domain) mixed
// with ordinary prose, dates and a few real findings. Linear means the 100k/10k ratio stays near 10
// (the quadratic pattern gave ~100).
import { findPersonalData } from '../src/privacy-guard.js';

const RUNS = 7;

function text(length: number): string {
  const pieces = [
    'Barnet leger mest alene i garderoben og ',
    'x'.repeat(400),
    ' mor@ ',
    'ring 12 34 56 78 eller skriv til mor@example.dk ',
    'mødet 12.03.2024 kl. 14.30, cpr 010203-1234 ',
    'a.b.c-d_e+f%g'.repeat(30),
    '@@',
  ];
  let out = '';
  for (let index = 0; out.length < length; index += 1) out += pieces[index % pieces.length];
  return out.slice(0, length);
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Median milliseconds per call; each run repeats the call over ~1,000,000 characters, because a
 * single short call is below the browser's coarsened timer resolution. */
function time(input: string): number {
  const repeat = Math.max(1, Math.round(1_000_000 / input.length));
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    for (let index = 0; index < repeat; index += 1) findPersonalData(input);
    runs.push((performance.now() - start) / repeat);
  }
  return median(runs);
}

export default async (): Promise<Record<string, number>> => {
  const small = text(10_000);
  const large = text(100_000);
  const letters = 'a'.repeat(100_000);
  time(small); // warm up the JIT
  const ms10k = time(small);
  const ms100k = time(large);
  return {
    'findPersonalData 10,000 chars (ms)': ms10k,
    'findPersonalData 100,000 chars (ms)': ms100k,
    'findPersonalData 100,000 letters, no @ (ms)': time(letters),
    'ratio 100k / 10k (linear ≈ 10)': ms100k / ms10k,
  };
};
