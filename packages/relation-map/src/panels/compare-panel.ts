// The compare-rounds panel: what changed from one round to another, in careful words.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingLevel } from '@sammen/core';
import type { MappingRound, RelationMap } from '@sammen/sdk';
import { childrenNoOneChose, compareRounds, isUnchanged, peerChoices, type ChangedTie, type ComparedTie, type RoundComparison } from '../analysis/index.js';
import { roundName, type PanelOptions } from './analysis-panel.js';
import { qualityLabel, tieKindLabel } from './labels.js';
import { namesOf } from './names.js';

/** "Cille and Ulla: plays with, both ways, strength 2" / "Pil to Emil: seeks out, one way, strength 1". */
export function tieSentence(tie: ComparedTie, name: (id: string) => string): string {
  return tie.direction === 'mutual'
    ? msg(str`${name(tie.from)} and ${name(tie.to)}: ${tieKindLabel(tie.kind)}, both ways, strength ${tie.strength}`)
    : msg(str`${name(tie.from)} to ${name(tie.to)}: ${tieKindLabel(tie.kind)}, one way, strength ${tie.strength}`);
}

/**
 * What changed about a tie in both rounds: "… strength 3 (was 2)", "… (was strained, now good)",
 * or, when its direction changed, the tie as it was: "Alba and Otto: plays with, both ways,
 * strength 2 (was Otto to Alba: plays with, one way, strength 1)".
 */
function changedTieSentence(tie: ChangedTie, name: (id: string) => string): string {
  if (!tie.directionChange) {
    return tie.before.strength === tie.after.strength
      ? msg(str`${tieSentence(tie, name)} (was ${qualityLabel(tie.before.quality)}, now ${qualityLabel(tie.after.quality)})`)
      : msg(str`${tieSentence(tie, name)} (was ${tie.before.strength})`);
  }
  const now = tieSentence(tie, name);
  const before = tieSentence({ ...tie, ...tie.before }, name);
  return msg(str`${now} (before: ${before})`);
}

const list = (items: readonly string[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
const section = (level: number, title: string, part: string, items: readonly string[]) =>
  items.length === 0 ? nothing : html`<section class="panel-section" part=${part}>${heading(level, title)}${list(items)}</section>`;

/** Options of the compare panel: the panel's, plus the comparison when the caller has it. */
export interface ComparePanelOptions extends Omit<PanelOptions, 'analysis'> {
  comparison?: RoundComparison;
}

/**
 * What changed from `before` to `after`: who now has a playmate and who no longer does, who no
 * one chose in either round, new and lost ties, and ties whose direction, strength or quality
 * changed (one tie per two people and kind, however each round recorded its direction).
 */
export function renderComparePanel(map: RelationMap, before: MappingRound, after: MappingRound, options: ComparePanelOptions = {}): TemplateResult {
  const level = headingLevel(options.headingLevel ?? 3);
  const name = namesOf(map, options.presentation);
  const comparison = options.comparison ?? compareRounds(map, before, after);
  const [from, to] = [roundName(before), roundName(after)];
  const stillNoOne = map.mode === 'group' ? childrenNoOneChose(peerChoices(map, after)).filter((id) => childrenNoOneChose(peerChoices(map, before)).includes(id)) : [];
  const sub = level + 1;
  return html`<div class="compare-panel" part="compare-panel">
    ${heading(level, msg(str`From ${from} to ${to}`))}
    ${isUnchanged(comparison) ? html`<p>${msg('Nothing changed between these two rounds.')}</p>` : nothing}
    ${section(sub, msg('Now chosen by someone'), 'compare-out-of-no-one', comparison.movedOutOfNoOneChose.map((id) => msg(str`No one chose ${name(id)} in ${from}; in ${to} someone did.`)))}
    ${section(sub, msg('Children to invite in now'), 'compare-into-no-one', comparison.movedIntoNoOneChose.map((id) => msg(str`Someone chose ${name(id)} in ${from}; in ${to} no one did — a child to invite in.`)))}
    ${section(sub, msg('Still children to invite in'), 'compare-still-no-one', stillNoOne.map((id) => msg(str`No one chose ${name(id)} in either round — still a child to invite in.`)))}
    ${section(sub, msg('New ties'), 'compare-new', comparison.newTies.map((tie) => tieSentence(tie, name)))}
    ${section(sub, msg('Ties no longer seen'), 'compare-lost', comparison.lostTies.map((tie) => tieSentence(tie, name)))}
    ${section(sub, msg('Changed ties'), 'compare-changed', comparison.changedTies.map((tie) => changedTieSentence(tie, name)))}
  </div>`;
}
