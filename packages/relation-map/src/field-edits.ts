// The edits a person types or picks in place — a name, a kind, a strength in the table — run at
// once, not after the lazy edit part arrives: the table commits each field on `change` (and on
// pagehide, core's PendingFields), and an edit that waited for a download was lost when the page
// reloaded in that moment (found from the outside: the first table edit after a load, reloaded at
// once, was gone). Each is one pure edit from map-edits.ts through the element's `edit`, which
// journals it synchronously.
import { msg, str } from '@lit/localize';
import type { Person, Tie } from '@sammen/sdk';
import { updatePerson, updateTie } from './map-edits.js';
import type { SammenRelationMap } from './relation-map.js';

/** Renames a person (an empty name is no edit). */
export function renamePerson(host: SammenRelationMap, id: string, label: string): void {
  const name = label.trim();
  if (name) host.edit((map) => updatePerson(map, id, { label: name }), 'person-changed', msg(str`Renamed to ${name}.`));
}

export function setKind(host: SammenRelationMap, id: string, kind: Person['kind']): void {
  host.edit((map) => updatePerson(map, id, { kind }), 'person-changed');
}

export function setStrength(host: SammenRelationMap, tie: Tie, strength: number): void {
  host.edit((map) => updateTie(map, tie.id, { ...tie, strength }, host.currentRound?.id), 'tie-changed');
}
