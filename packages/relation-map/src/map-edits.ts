// Every change the widget makes to a relation map, as pure functions (map in, new map out): the
// element, the forms, the table and the drag all call these, so one rule holds however an edit is
// made, and undo only has to keep the maps before.
import {
  GROUP_TIE_KINDS,
  PERSON_KINDS,
  SECTORS,
  TIE_QUALITIES,
  createRelationMap,
  newId,
  type MappingRound,
  type Person,
  type RelationMap,
  type Tie,
} from '@sammen/sdk';

export { GROUP_TIE_KINDS, PERSON_KINDS, SECTORS, TIE_QUALITIES, createRelationMap };

const today = (): string => new Date().toISOString().slice(0, 10);

/** The round with `roundId`, else the latest. */
export function roundOf(map: RelationMap, roundId: string | undefined): MappingRound | undefined {
  return map.rounds.find((round) => round.id === roundId) ?? map.rounds[map.rounds.length - 1];
}

function withRound(map: RelationMap, roundId: string | undefined, change: (round: MappingRound) => MappingRound): RelationMap {
  const target = roundOf(map, roundId);
  if (!target) return map;
  return { ...map, rounds: map.rounds.map((round) => (round === target ? change(round) : round)) };
}

/** Adds a person; returns the map and the new person's id. */
export function addPerson(map: RelationMap, person: Omit<Person, 'id'>): { map: RelationMap; id: string } {
  const id = newId();
  return { map: { ...map, people: [...map.people, { ...person, id } as Person] }, id };
}

export function updatePerson(map: RelationMap, id: string, patch: Partial<Omit<Person, 'id'>>): RelationMap {
  return { ...map, people: map.people.map((person) => (person.id === id ? ({ ...person, ...patch } as Person) : person)) };
}

/** Removes a person and every tie and closeness rating they are part of, in every round. */
export function removePerson(map: RelationMap, id: string): RelationMap {
  return {
    ...map,
    people: map.people.filter((person) => person.id !== id),
    rounds: map.rounds.map((round) => ({
      ...round,
      ties: round.ties.filter((tie) => tie.from !== id && tie.to !== id),
      ...(round.closeness ? { closeness: round.closeness.filter((rating) => rating.adult !== id && rating.child !== id) } : {}),
    })),
  };
}

/** Where a person stands in the drawing; a moved person keeps this place (pinned). */
export function movePerson(map: RelationMap, id: string, position: { x: number; y: number }): RelationMap {
  const rounded = { x: Math.round(position.x * 10) / 10, y: Math.round(position.y * 10) / 10 };
  return updatePerson(map, id, { position: rounded });
}

/** A tie as the forms make it: everything but the id, which the map gives it. */
export type TieInput = Omit<Tie, 'id'>;

/** A tie's key in the DOM and in the ties' focus controller. */
export const tieKey = (tie: Pick<Tie, 'id'>): string => tie.id;

/** Why a tie cannot be added (or changed to `tie`), or undefined when it can. */
export function tieProblem(map: RelationMap, tie: TieInput, roundId: string | undefined, replacing?: string): 'same-person' | 'negative-in-group' | 'exists' | 'missing-person' | undefined {
  if (tie.from === tie.to) return 'same-person';
  const ids = new Set(map.people.map((person) => person.id));
  if (!ids.has(tie.from) || !ids.has(tie.to)) return 'missing-person';
  const groupKinds: readonly string[] = GROUP_TIE_KINDS;
  if (map.mode === 'group' && (!groupKinds.includes(tie.kind) || (tie.quality !== undefined && tie.quality !== 'positive'))) return 'negative-in-group';
  const round = roundOf(map, roundId);
  const clash = round?.ties.find((other) => other.id !== replacing && ((other.from === tie.from && other.to === tie.to) || (other.from === tie.to && other.to === tie.from)));
  return clash ? 'exists' : undefined;
}

/** Adds a tie to a round (the map is returned unchanged when {@link tieProblem} objects); returns the map and the tie's id. */
export function addTie(map: RelationMap, tie: TieInput, roundId: string | undefined): RelationMap {
  if (tieProblem(map, tie, roundId)) return map;
  return withRound(map, roundId, (round) => ({ ...round, ties: [...round.ties, { ...tie, id: newId() } as Tie] }));
}

export function updateTie(map: RelationMap, id: string, tie: TieInput, roundId: string | undefined): RelationMap {
  if (tieProblem(map, tie, roundId, id)) return map;
  return withRound(map, roundId, (round) => ({ ...round, ties: round.ties.map((other) => (other.id === id ? ({ ...tie, id } as Tie) : other)) }));
}

export function removeTie(map: RelationMap, id: string, roundId: string | undefined): RelationMap {
  return withRound(map, roundId, (round) => ({ ...round, ties: round.ties.filter((other) => other.id !== id) }));
}

/** Sets (or with `rating` 0 clears) how close an adult is to a child in a round. */
export function setCloseness(map: RelationMap, adult: string, child: string, rating: number, roundId: string | undefined): RelationMap {
  return withRound(map, roundId, (round) => {
    const others = (round.closeness ?? []).filter((entry) => !(entry.adult === adult && entry.child === child));
    return { ...round, closeness: rating > 0 ? [...others, { adult, child, rating }] : others };
  });
}

/** A new round dated `date`, a copy of the last round's ties and closeness; returns its id. */
export function newRoundFromLast(map: RelationMap, date: string = today()): { map: RelationMap; id: string } {
  const last = map.rounds[map.rounds.length - 1];
  const id = newId();
  const round: MappingRound = { id, date, ties: last ? last.ties.map((tie) => ({ ...tie })) : [], ...(last?.closeness ? { closeness: last.closeness.map((c) => ({ ...c })) } : {}) };
  return { map: { ...map, rounds: [...map.rounds, round] }, id };
}
