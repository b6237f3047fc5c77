// What the forms, the table, the toolbar and the drag ask the widget to do, in one place: each is a
// pure edit from map-edits.ts, said once through the live region, with focus put somewhere sensible
// afterwards (never dropped to <body>: APG "persistence of focus").
import { msg, str } from '@lit/localize';
import { focusAfterUpdate } from '@sammen/core';
import type { MappingRound, Person, RelationMap, Tie } from '@sammen/sdk';
import type { PersonFields } from './forms-view.js';
import { addPerson, addTie, newRoundFromLast, removePerson, removeTie, tieProblem, updatePerson, updateTie, type TieInput } from './map-edits.js';
import type { SammenRelationMap } from './relation-map.js';
import { tieKindName } from './texts.js';
import { childrenWithFewCloseAdults } from './analysis/index.js';
import type { MapView } from './view-model.js';

const download = (text: string, type: string, name: string) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};


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

  submitPerson(fields: PersonFields, id: string | undefined): void {
    const host = this.host;
    const patch = { label: fields.label, kind: fields.kind, symbol: fields.symbol, note: fields.note, ...(fields.sector ? { sector: fields.sector, ring: fields.ring } : {}) } as Omit<Person, 'id'>;
    if (id) {
      host.edit((doc) => updatePerson(doc, id, patch), 'person-changed', msg(str`${fields.label} was saved.`));
      host.openForm(undefined);
      void host.people$focus.focus(id);
      return;
    }
    let added = '';
    host.edit((doc) => {
      const result = addPerson(doc, patch);
      added = result.id;
      return result.map;
    }, 'person-added', msg(str`${fields.label} was added.`));
    host.openForm(undefined);
    if (added && host.view === 'drawing') void host.people$focus.focus(added);
  }

  submitTie(tie: TieInput, key: string | undefined): void {
    const host = this.host;
    const doc = host.doc;
    if (!doc) return;
    const problem = tieProblem(doc, tie, this.roundId, key);
    if (problem) {
      host.formProblem = this.problemText(problem);
      return;
    }
    const text = `${host.nameOf(tie.from)} – ${host.nameOf(tie.to)}`;
    if (key) host.edit((map) => updateTie(map, key, tie, this.roundId), 'tie-changed', msg(str`The tie ${text} was saved.`));
    else host.edit((map) => addTie(map, tie, this.roundId), 'tie-added', msg(str`Tie added: ${text}.`));
    host.openForm(undefined);
    void host.people$focus.focus(tie.from);
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

  exportJson(): void {
    const doc = this.host.doc;
    if (doc) download(JSON.stringify(doc, null, 2), 'application/json', `${doc.title || 'relation-map'}.json`);
  }

  /** The drawing as it is now (zoom, presentation mode's initials) as an SVG file. */
  exportSvg(): void {
    const svg = this.host.renderRoot.querySelector('svg.drawing__svg');
    if (!svg) return;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.removeAttribute('aria-hidden');
    const box = svg.getBoundingClientRect();
    copy.setAttribute('width', String(Math.round(box.width)));
    copy.setAttribute('height', String(Math.round(box.height)));
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = 'line.tie{stroke:#333;stroke-width:2}.ring,.sector-line{fill:none;stroke:#767676}.node__circle{fill:#fff;stroke:#1d5a85;stroke-width:2}text{font:12px sans-serif;fill:#111}';
    copy.prepend(style);
    download(new XMLSerializer().serializeToString(copy), 'image/svg+xml', `${this.host.doc?.title || 'relation-map'}.svg`);
  }

  /** Deletes the map from the store after the user confirms. */
  async deleteMap(): Promise<void> {
    const host = this.host;
    if (!(await host.confirmDialog?.ask())) return;
    await host.stored.remove();
    host.undoer.clear();
    host.announcer.announce(msg('The map was deleted.'));
  }

  /** The edits the views call. */
  viewActions(): Pick<MapView, 'removeTie' | 'removePerson' | 'renamePerson' | 'setKind' | 'setStrength'> {
    const host = this.host;
    return {
      removeTie: (tie) => this.removeTie(tie),
      removePerson: (id) => this.removePerson(id),
      renamePerson: (id, label) => {
        if (label.trim()) host.edit((map) => updatePerson(map, id, { label: label.trim() }), 'person-changed', msg(str`Renamed to ${label.trim()}.`));
      },
      setKind: (id, kind) => host.edit((map) => updatePerson(map, id, { kind }), 'person-changed'),
      setStrength: (tie, strength) => host.edit((map) => updateTie(map, tie.id, { ...tie, strength }, this.roundId), 'tie-changed'),
    };
  }
}
