// Reading a guide in docs/ as a test reads it: its fenced code blocks (named ones: ```html
// test:cms-block … ```, so tests run exactly what a reader copies), its sections and tables, and
// running a JavaScript block as the module a reader would paste. Test-only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** The text of `docs/<name>`. */
export const guide = (name: string): string => readFileSync(join('docs', name), 'utf8');

/** The fenced blocks of `language` in `text`, in order (indented fences included). */
export function codeBlocks(text: string, language: string): string[] {
  return [...text.matchAll(new RegExp('^( *)```' + language + '\\n([\\s\\S]*?)^\\1```', 'gm'))].map((match) =>
    match[2]!.split('\n').map((line) => line.slice(match[1]!.length)).join('\n'),
  );
}

/** The section of `text` under the heading that contains `heading`, up to the next heading of any level. */
export function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.includes(heading));
  if (start < 0) throw new Error(`no heading with “${heading}”`);
  const end = lines.findIndex((line, index) => index > start && /^#{1,6} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The body rows of the first Markdown table in `text`, as cells (trimmed). */
export function tableRows(text: string): string[][] {
  const rows = text.split('\n').filter((line) => line.startsWith('|'));
  return rows.slice(2).map((line) => line.slice(1, line.lastIndexOf('|')).split(/(?<!\\)\|/).map((cell) => cell.trim()));
}

/** The `code` spans of a Markdown cell. */
export const codeSpans = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

let count = 0;
/**
 * Writes `code` (plus `suffix`, e.g. an export of a variable it declares) as a TypeScript module
 * inside the repository — so `import … from 'sammen'` resolves to the workspace package as it
 * would for a reader who installed it — and imports it.
 */
export async function runModule<T = Record<string, unknown>>(code: string, suffix = ''): Promise<T> {
  const dir = resolve('node_modules/.cache/sammen-guide-blocks');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `block-${process.pid}-${count++}.mts`);
  writeFileSync(file, `${code}\n${suffix}\n`);
  return (await import(pathToFileURL(file).href)) as T;
}
