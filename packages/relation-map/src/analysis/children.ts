import { chooseEachOther, type PeerChoices } from './choices.js';

/**
 * Children no other child chose in the round — children to invite in. Never called isolated or
 * unpopular: the map records what staff observed in one period, not what a child is.
 */
export function childrenNoOneChose(choices: PeerChoices): string[] {
  return choices.children.filter((child) => choices.chosenBy.get(child)!.size === 0);
}

/** Children who chose at least one other child, none of whom chose them back. */
export function childrenWithOnlyOneWayChoices(choices: PeerChoices): string[] {
  return choices.children.filter((child) => {
    const chosen = [...choices.chose.get(child)!];
    return chosen.length > 0 && chosen.every((other) => !chooseEachOther(choices, child, other));
  });
}

/** How many other children chose each child (every child has an entry, 0 included). */
export function timesChosen(choices: PeerChoices): Map<string, number> {
  return new Map(choices.children.map((child) => [child, choices.chosenBy.get(child)!.size]));
}
