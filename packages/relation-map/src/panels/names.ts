import type { Person, RelationMap } from '@sammen/sdk';

/**
 * A person's initials: the ones staff chose, else the first letter of each word of the label (at
 * most three), for presentation mode, where a shared screen must not show names.
 */
export function initialsOf(person: Pick<Person, 'label' | 'initials'>): string {
  if (person.initials?.trim()) return person.initials.trim();
  const letters = person.label
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 3)
    .map((word) => [...word][0]!.toUpperCase());
  return letters.join('') || '?';
}

/** What a person is called on screen: the label, or only initials in presentation mode. */
export function displayName(person: Pick<Person, 'label' | 'initials'>, presentation = false): string {
  return presentation ? initialsOf(person) : person.label.trim() || initialsOf(person);
}

const shownInitials = new WeakMap<readonly Person[], ReadonlyMap<string, string>>();

/**
 * Each person's initials for presentation mode, told apart: derived initials two people share
 * (Liv and Lene, both "L") take the next letter of the first word ("Li", "Le"), and where that is
 * not enough a number ("B1", "B2" for "Barn 1", "Barn 2"), so "H og L" never means two people.
 * Initials staff chose are kept as chosen. Found from the outside.
 */
export function presentationNames(people: readonly Person[]): ReadonlyMap<string, string> {
  const cached = shownInitials.get(people);
  if (cached) return cached;
  const names = new Map(people.map((person) => [person.id, initialsOf(person)]));
  const derived = people.filter((person) => !person.initials?.trim());
  // Who shares a name is decided before any changes, for each step on the names as they then are.
  const clashing = () => {
    const counts = new Map<string, number>();
    for (const name of names.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
    return new Set(derived.filter((person) => counts.get(names.get(person.id)!)! > 1).map((person) => person.id));
  };
  for (const id of clashing()) {
    const person = derived.find((candidate) => candidate.id === id)!;
    const name = names.get(id)!;
    const first = [...(person.label.trim().split(/\s+/)[0] ?? '')];
    if (first.length > 1) names.set(id, `${first[0]!.toUpperCase()}${first[1]!.toLowerCase()}${name.slice(1)}`);
  }
  const seen = new Map<string, number>();
  for (const id of clashing()) {
    const name = names.get(id)!;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    names.set(id, `${name}${count}`);
  }
  shownInitials.set(people, names);
  return names;
}

/** A function from person id to display name for one map (an unknown id shows as itself). */
export function namesOf(map: RelationMap, presentation = false): (id: string) => string {
  const initials = presentation ? presentationNames(map.people) : undefined;
  const byId = new Map(map.people.map((person) => [person.id, initials?.get(person.id) ?? displayName(person)]));
  return (id) => byId.get(id) ?? id;
}
