// What the table, the ties list, the toolbar and the drag ask the widget to do, in one place (part
// of the lazy edit part, parts/edit-part.ts: a page that only shows a map never needs it): each is a
// pure edit from map-edits.ts, said once through the live region, with focus put somewhere sensible
// afterwards (never dropped to <body>: APG "persistence of focus").
import { msg, str } from '@lit/localize';
import { askToConfirm, focusAfterUpdate } from '@sammen/core';
import type { MappingRound, RelationMap, Tie } from '@sammen/sdk';
import { addTie, newRoundFromLast, removePerson, removeTie, tieProblem, type TieInput } from './map-edits.js';
import type { SammenRelationMap } from './relation-map.js';
import { tieKindName } from './texts.js';
import { childrenWithFewCloseAdults } from './analysis/closeness.js';

export class MapActions {
  constructor(private readonly host: SammenRelationMap) {}

  fewCloseAdults(map: RelationMap, round: MappingRound): Set<string> {
    return new Set(childrenWithFewCloseAdults(map, round).map((entry) => entry.child));
  }

  private get roundId(): string | undefined {
    return this.host.currentRound?.id;
  }

  problemText(problem: ReturnType<typeof tieProblem>): string {
    switch (problem) {
      case 'same-person':
        return msg('A tie needs two different people.');
      case 'negative-in-group':
        return msg('A group map records positive choices only.');
      case 'exists':
        return msg('These two already have a tie in this round. Edit that tie instead.');
      default:
        return msg('Choose two people of this map.');
    }
  }

  /** A tie drawn by dragging from one person to another: a positive, medium, one-way choice (edit it after). */
  connect(from: string, to: string): void {
    const host = this.host;
    const doc = host.doc;
    if (!doc) return;
    const tie: TieInput = { from, to, kind: doc.mode === 'group' ? 'plays-with' : 'support', strength: 2, direction: doc.mode === 'group' ? 'one-way' : 'mutual' };
    const problem = tieProblem(doc, tie, this.roundId);
    if (problem) {
      host.announcer.announce(this.problemText(problem));
      return;
    }
    const kind = doc.mode === 'group' ? ` ${tieKindName(tie.kind)} ` : ' – ';
    host.edit((map) => addTie(map, tie, this.roundId), 'tie-added', msg(str`Tie added: ${host.nameOf(from)}${kind}${host.nameOf(to)}.`));
  }

  removeTie(tie: Tie): void {
    const host = this.host;
    host.edit((map) => removeTie(map, tie.id, this.roundId), 'tie-removed', msg(str`The tie ${host.nameOf(tie.from)} – ${host.nameOf(tie.to)} was removed.`));
    // Focus persistence: to the next tie of the list, else the person.
    void focusAfterUpdate(host, () => host.renderRoot.querySelector<HTMLElement>('.tie-button') ?? host.renderRoot.querySelector<HTMLElement>('#ties-heading'));
  }

  removePerson(id: string): void {
    const host = this.host;
    const name = host.nameOf(id);
    const ids = host.doc?.people.map((person) => person.id) ?? [];
    const next = ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1];
    host.edit((map) => removePerson(map, id), 'person-removed', msg(str`${name} was removed.`));
    if (next && host.view === 'drawing') void host.people$focus.focus(next);
  }

  newRound(): void {
    const host = this.host;
    let id = '';
    host.edit((map) => {
      const result = newRoundFromLast(map);
      id = result.id;
      return result.map;
    }, 'round-added', msg('A new round was started from a copy of the last.'));
    if (id) {
      host.setRound(id);
      void host.roundTabs.focus(id);
    }
  }

  /** Deletes the map from the store after the user confirms. */
  async deleteMap(): Promise<void> {
    const host = this.host;
    if (!(await askToConfirm(host.confirmDialog))) return;
    await host.stored.remove();
    host.undoer.clear();
    host.announcer.announce(msg('The map was deleted.'));
  }
}
