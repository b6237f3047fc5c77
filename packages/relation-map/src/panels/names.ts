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

/** A function from person id to display name for one map (an unknown id shows as itself). */
export function namesOf(map: RelationMap, presentation = false): (id: string) => string {
  const byId = new Map(map.people.map((person) => [person.id, displayName(person, presentation)]));
  return (id) => byId.get(id) ?? id;
}
