// The words the widget uses for kinds, strengths and ties, in the page's language (msg() at call
// time, so a language switch re-renders them). Words follow the field's ethics: positive choices,
// "children to invite in", never "isolated" (issue 16).
import { msg, str } from '@lit/localize';
import type { Sector, Tie, TieKind } from '@sammen/sdk';
import { sectorLabel, tieKindLabel } from './panels/labels.js';

/** A sector's name, as written in the drawing and the person form (the panels' word for it). */
export const sectorName = (sector: string): string => sectorLabel(sector as Sector);

export function kindName(kind: string): string {
  switch (kind) {
    case 'child':
      return msg('Child');
    case 'parent':
      return msg('Parent');
    case 'family':
      return msg('Family');
    case 'staff':
      return msg('Staff');
    case 'adult':
      return msg('Adult');
    default:
      return msg('Service');
  }
}

/** A tie's kind in a sentence ("Ada asks for help from Bo"); the panels' words otherwise. */
export function tieKindName(kind: string | undefined): string {
  return kind === 'asks-for-help' ? msg('asks for help from') : tieKindLabel((kind ?? 'plays-with') as TieKind);
}

export function strengthName(strength: number): string {
  return strength >= 3 ? msg('strong') : strength === 2 ? msg('medium') : msg('weak');
}

export function valenceName(valence: string): string {
  return valence === 'strained' ? msg('strained') : valence === 'mixed' ? msg('mixed') : msg('good');
}

/** "Ada plays with Bo (mutual, strong)"; in a network map "Ada – Bo: nabo (good, strong)". */
export function tieSentence(tie: Tie, nameOf: (id: string) => string, mode: 'group' | 'network', from?: string): string {
  const [a, b] = from === tie.to && tie.direction === 'mutual' ? [tie.to, tie.from] : [tie.from, tie.to];
  const strength = strengthName(tie.strength);
  if (mode === 'group') {
    const how = tie.direction === 'mutual' ? msg(str`mutual, ${strength}`) : strength;
    return `${nameOf(a)} ${tieKindName(tie.kind)} ${nameOf(b)} (${how})`;
  }
  const quality = valenceName(tie.quality ?? 'positive');
  const arrow = tie.direction === 'mutual' ? '↔' : '→';
  return `${nameOf(a)} ${arrow} ${nameOf(b)}: ${tieKindName(tie.kind)} (${quality}, ${strength})`;
}
