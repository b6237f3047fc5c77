// The copy-paste examples of a guide in docs/, so tests run exactly what a reader copies. A block
// to run is fenced with its language and a name: ```html test:cms-block … ```.
import { readFileSync } from 'node:fs';

/** One fenced block: its language, its name (undefined when it has none) and its text. */
export interface GuideBlock {
  language: string;
  name: string | undefined;
  code: string;
}

/** Every fenced block of `file`, in order. */
export function guideBlocks(file: string): GuideBlock[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^```(\w*)(?:[ \t]+test:([\w-]+))?[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)].map((match) => ({
    language: match[1]!,
    name: match[2],
    code: match[3]!,
  }));
}

/** The text of the block named `name` in `file`; throws when there is none. */
export function guideBlock(file: string, name: string): string {
  const block = guideBlocks(file).find((candidate) => candidate.name === name);
  if (!block) throw new Error(`${file} has no block named test:${name}`);
  return block.code;
}
