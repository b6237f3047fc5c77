// The analysis panel: what the round shows, in careful words, for the element to drop in.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingLevel } from '@sammen/core';
import type { MappingRound, RelationMap } from '@sammen/sdk';
import { analyseRound, type ClosenessThreshold, type RoundAnalysis } from '../analysis/index.js';
import { qualityLabel, tieKindLabel } from './labels.js';
import { namesOf } from './names.js';
import { fewCloseAdultsSentence, listOf, noOneChoseSentence, onlyOneWaySentence, summarySentence } from './sentences.js';

/** How a panel is shown. */
export interface PanelOptions {
  /** The level of the panel's heading; its sections are one below. Default 3. */
  headingLevel?: number;
  /** Initials only, no notes (presentation mode, for a shared screen). */
  presentation?: boolean;
  /** When a child has too few close adults (closeness layer). */
  threshold?: ClosenessThreshold;
  /** The analysis when the caller already has it (else it is computed). */
  analysis?: RoundAnalysis;
}

const section = (level: number, title: string, part: string, body: unknown) =>
  html`<section class="panel-section" part=${part}>${heading(level, title)}${body}</section>`;

const list = (items: readonly string[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;

/** The round's label, else its date. */
export const roundName = (round: Pick<MappingRound, 'label' | 'date'>) => round.label?.trim() || round.date;

function groupSections(map: RelationMap, analysis: RoundAnalysis, name: (id: string) => string, level: number): TemplateResult {
  const sorted = [...analysis.timesChosen].sort((a, b) => b[1] - a[1]);
  return html`
    ${section(
      level,
      msg('Children to invite in'),
      'analysis-invite',
      analysis.noOneChose.length === 0 ? html`<p>${msg('Every child was chosen by at least one other child in this round.')}</p>` : list(analysis.noOneChose.map((id) => noOneChoseSentence(name(id)))),
    )}
    ${analysis.onlyOneWay.length === 0 ? nothing : section(level, msg('Choices not returned'), 'analysis-one-way', list(analysis.onlyOneWay.map((id) => onlyOneWaySentence(name(id)))))}
    ${section(
      level,
      msg('Chose each other'),
      'analysis-mutual',
      analysis.mutualPairs.length === 0
        ? html`<p>${msg('No two children chose each other in this round.')}</p>`
        : list(analysis.mutualPairs.map(([a, b]) => msg(str`${name(a)} and ${name(b)}`))),
    )}
    ${analysis.triads.length === 0
      ? nothing
      : section(level, msg('Three who all chose each other'), 'analysis-triads', list(analysis.triads.map((triad) => listOf(triad.map(name)))))}
    ${analysis.groups.length === 0
      ? nothing
      : section(
          level,
          msg('Play groups'),
          'analysis-groups',
          html`<p class="hint">${msg('Children joined by choosing each other, directly or through others.')}</p>
            ${list(analysis.groups.map((group) => listOf(group.map(name))))}`,
        )}
    ${section(
      level,
      msg('How often each child was chosen'),
      'analysis-chosen',
      html`<table>
        <thead>
          <tr>
            <th scope="col">${msg('Child')}</th>
            <th scope="col">${msg('Chosen by')}</th>
          </tr>
        </thead>
        <tbody>
          ${sorted.map(([id, count]) => html`<tr><th scope="row">${name(id)}</th><td>${count === 1 ? msg('1 child') : msg(str`${count} children`)}</td></tr>`)}
        </tbody>
      </table>`,
    )}
    ${map.rounds.some((round) => (round.closeness?.length ?? 0) > 0) && analysis.fewCloseAdults.length > 0
      ? section(
          level,
          msg('Children with few close adults'),
          'analysis-closeness',
          list(analysis.fewCloseAdults.map((entry) => fewCloseAdultsSentence(name(entry.child), entry.closeAdults.map(name)))),
        )
      : nothing}
  `;
}

function networkSections(map: RelationMap, round: MappingRound, name: (id: string) => string, level: number): TemplateResult {
  const concerns = round.ties.filter((tie) => tie.quality === 'strained' || tie.quality === 'mixed');
  const close = map.people.filter((person) => person.id !== map.centre && person.ring === 1);
  return html`
    ${section(
      level,
      msg('Ties to look at together'),
      'analysis-concerns',
      concerns.length === 0
        ? html`<p>${msg('No tie is marked strained or mixed in this round.')}</p>`
        : list(concerns.map((tie) => msg(str`${name(tie.from)} and ${name(tie.to)}: ${tieKindLabel(tie.kind)}, ${qualityLabel(tie.quality ?? 'positive')}`))),
    )}
    ${section(
      level,
      msg('Closest to the child'),
      'analysis-close',
      close.length === 0 ? html`<p>${msg('No one is placed in the closest ring yet.')}</p>` : html`<p>${listOf(close.map((person) => name(person.id)))}</p>`,
    )}
  `;
}

/**
 * The analysis panel for one round: the summary sentence, then (group mode) children to invite
 * in, choices not returned, mutual choices, triads, play groups, how often each child was chosen
 * and children with few close adults; (network mode) strained and mixed ties and who is closest.
 */
export function renderAnalysisPanel(map: RelationMap, round: MappingRound, options: PanelOptions = {}): TemplateResult {
  const level = headingLevel(options.headingLevel ?? 3);
  const name = namesOf(map, options.presentation);
  const analysis = options.analysis ?? analyseRound(map, round, options.threshold);
  return html`<div class="analysis-panel" part="analysis-panel">
    ${heading(level, msg(str`What ${roundName(round)} shows`))}
    <p class="summary" part="analysis-summary">${summarySentence(analysis.summary)}</p>
    ${map.mode === 'group' ? groupSections(map, analysis, name, level + 1) : networkSections(map, round, name, level + 1)}
  </div>`;
}
