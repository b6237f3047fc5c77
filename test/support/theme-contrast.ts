// The colours a theme file gives a widget, and the WCAG 2.2 AA contrast of the pairs a widget
// draws with them (text 4.5:1, focus ring and lines 3:1, SC 1.4.3 and 1.4.11). A theme file is
// plain `--sammen-*: value;` declarations; a value may read another page's tokens (`var(--ds-…)`),
// resolved against the token values given. A token the theme leaves unset (or whose `var()` has
// no value) takes Sammen's own default, as in a browser. Test-only.
import { readFileSync } from 'node:fs';
import { contrast, mix, over, parseColor, type Rgba } from '../../packages/core/test/support/contrast.js';

const TOKENS_FILE = 'packages/core/src/styles/tokens.ts';

/** CSS text without comments. */
const uncommented = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties a block of CSS declares, in order (later wins). */
export function declarations(css: string): Map<string, string> {
  return new Map([...uncommented(css).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

/** The `{ … }` blocks of `css` whose selector matches `selector` (a substring test). */
export function blocks(css: string, selector: string): string {
  return [...uncommented(css).matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter((match) => match[1]!.includes(selector))
    .map((match) => match[2]!)
    .join('\n');
}

/** `value` with every `var(--x)` replaced from `vars`; undefined when one has no value (the declaration is then invalid). */
export function resolveVars(value: string, vars: ReadonlyMap<string, string>, depth = 0): string | undefined {
  if (depth > 10) return undefined;
  let missing = false;
  const resolved = value.replace(/var\(\s*(--[\w-]+)\s*\)/g, (_whole, name: string) => {
    const found = vars.get(name);
    if (found === undefined) missing = true;
    return found === undefined ? '' : (resolveVars(found, vars, depth + 1) ?? ((missing = true), ''));
  });
  return missing ? undefined : resolved;
}

/** Sammen's default for each public colour token (`--sammen-x` → value), light or dark scheme. */
export function sammenDefaults(scheme: 'light' | 'dark'): Map<string, string> {
  const text = readFileSync(TOKENS_FILE, 'utf8');
  const light = text.slice(0, text.indexOf('@media'));
  const dark = text.slice(text.indexOf('prefers-color-scheme: dark'), text.indexOf('forced-colors: active'));
  const read = (block: string) => new Map([...block.matchAll(/--s-[\w-]+:\s*var\((--sammen-[\w-]+),\s*(.+?)\);\n/g)].map((match) => [match[1]!, match[2]!.trim()]));
  const defaults = read(light);
  if (scheme === 'dark') for (const [name, value] of read(dark)) defaults.set(name, value);
  return defaults;
}

/** The colour a widget uses for each `--sammen-*` colour token under `theme` (given the page tokens it reads). */
export function themeColours(themeCss: string, pageTokens: ReadonlyMap<string, string>, scheme: 'light' | 'dark'): { colours: Map<string, Rgba>; set: Set<string> } {
  const defaults = sammenDefaults(scheme);
  const set = new Set<string>();
  const values = new Map(defaults);
  for (const [name, value] of declarations(themeCss)) {
    if (!name.startsWith('--sammen-')) continue;
    const resolved = resolveVars(value, pageTokens);
    if (resolved === undefined) continue;
    values.set(name, resolved);
    set.add(name);
  }
  const text = parseColor(values.get('--sammen-color-text') === 'currentColor' ? '#1f2328' : values.get('--sammen-color-text')!);
  const page = values.get('--sammen-color-background')!;
  const background = page === 'transparent' ? (scheme === 'dark' ? parseColor('#1b1e22') : parseColor('#ffffff')) : over(parseColor(page), parseColor('#ffffff'));
  const colourOf = (value: string): Rgba => {
    const mixed = /^color-mix\(in srgb,\s*(.+?)\s+(\d+)%,\s*(.+)\)$/.exec(value);
    if (mixed) return over(mix(mixed[1] === 'currentColor' ? text : parseColor(mixed[1]!), Number(mixed[2]), parseColor(mixed[3]!)), background);
    return over(value === 'currentColor' ? text : parseColor(value), background);
  };
  const colours = new Map<string, Rgba>();
  for (const [name, value] of values) {
    if (!/color|status|focus-ring-color/.test(name) || name === '--sammen-focus-ring-width') continue;
    colours.set(name, name === '--sammen-color-background' ? background : colourOf(value));
  }
  return { colours, set };
}

/** A pair a widget draws: foreground token on background token, and the least contrast WCAG asks. */
type Pair = readonly [foreground: string, background: string, minimum: number, what: string];

const BG = '--sammen-color-background';
const RAISED = '--sammen-color-surface-raised';
const SURFACE = '--sammen-color-surface';

/** Every pair of colour tokens a widget puts on top of each other. */
export const PAIRS: readonly Pair[] = [
  ...[BG, RAISED, SURFACE].map((bg): Pair => ['--sammen-color-text', bg, 4.5, 'text']),
  ...[BG, SURFACE].map((bg): Pair => ['--sammen-color-text-muted', bg, 4.5, 'secondary text']),
  ['--sammen-color-text', '--sammen-color-primary-surface', 4.5, 'text on a pressed toggle'],
  ['--sammen-color-primary', BG, 4.5, 'links and outlined buttons'],
  ['--sammen-color-on-primary', '--sammen-color-primary', 4.5, 'text on a primary button'],
  ['--sammen-color-danger', BG, 4.5, 'error text'],
  ['--sammen-color-danger', '--sammen-color-danger-surface', 4.5, 'text in the error view'],
  ['--sammen-color-warning', BG, 4.5, 'warning text'],
  ['--sammen-color-warning', '--sammen-color-warning-surface', 4.5, 'text in the privacy guard'],
  ['--sammen-color-success', BG, 4.5, 'saved'],
  ...['on-track', 'at-risk', 'off-track', 'no-data'].map((status): Pair => [`--sammen-status-${status}`, BG, 4.5, `status ${status}`]),
  ...[BG, RAISED].map((bg): Pair => ['--sammen-focus-ring-color', bg, 3, 'focus ring']),
  ...[BG, RAISED, SURFACE].map((bg): Pair => ['--sammen-color-outline', bg, 3, 'field borders and the triangle’s lines']),
  ['--sammen-color-text', BG, 3, 'ties of the relation map'],
  ['--sammen-color-primary', RAISED, 3, 'the selected person’s ring'],
];

/** The pairs of `themeCss` (those with a token it sets) below their minimum, as readable lines. */
export function contrastProblems(themeCss: string, pageTokens: ReadonlyMap<string, string>, scheme: 'light' | 'dark'): { checked: number; problems: string[] } {
  const { colours, set } = themeColours(themeCss, pageTokens, scheme);
  let checked = 0;
  const problems: string[] = [];
  for (const [foreground, background, minimum, what] of PAIRS) {
    if (!set.has(foreground) && !set.has(background)) continue;
    checked += 1;
    const ratio = contrast(colours.get(foreground)!, colours.get(background)!);
    if (ratio < minimum) problems.push(`${what}: ${foreground} on ${background} is ${ratio.toFixed(2)}:1 (needs ${minimum}:1)`);
  }
  return { checked, problems };
}
