// What the person and tie forms do when submitted: a pure edit from map-edits.ts through the
// widget's edit() (undoable, saved, announced), then focus to the person (APG "persistence of
// focus"). Part of the lazy edit part: only a page that opens a form needs it.
import { msg, str } from '@lit/localize';
import type { Person } from '@sammen/sdk';
import type { PersonFields } from '../forms-view.js';
import { addPerson, addTie, tieProblem, updatePerson, updateTie, type TieInput } from '../map-edits.js';
import type { SammenRelationMap } from '../relation-map.js';
import { actionsOf } from './actions-of.js';

export function submitPerson(host: SammenRelationMap, fields: PersonFields, id: string | undefined): void {
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

export function submitTie(host: SammenRelationMap, tie: TieInput, key: string | undefined): void {
  const doc = host.doc;
  if (!doc) return;
  const roundId = host.currentRound?.id;
  const problem = tieProblem(doc, tie, roundId, key);
  if (problem) {
    host.formProblem = actionsOf(host).problemText(problem);
    return;
  }
  const text = `${host.nameOf(tie.from)} – ${host.nameOf(tie.to)}`;
  if (key) host.edit((map) => updateTie(map, key, tie, roundId), 'tie-changed', msg(str`The tie ${text} was saved.`));
  else host.edit((map) => addTie(map, tie, roundId), 'tie-added', msg(str`Tie added: ${text}.`));
  host.openForm(undefined);
  void host.people$focus.focus(tie.from);
}
