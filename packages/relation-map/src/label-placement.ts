// Which names the drawing can show without two of them, or a name and another person's circle or a
// sector's name, overlapping. On a narrow screen a network map's rings sit close together and the
// names ran into each other (screenshots at 320 px). Greedy, in order of importance: the child in
// the centre, then whoever has the most ties, keeps their name; a name that would collide with one
// already shown is hidden. Nothing is lost: the circle still shows the initials or symbol, and the
// person's button over the drawing is named in full for a screen reader.

/** A box on screen (px), as from getBoundingClientRect. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelCandidate {
  id: string;
  box: Box;
  /** Higher first. */
  priority: number;
}

/** Obstacles that are always drawn: circles and sector names, each with its owner's id if any. */
export interface Obstacle {
  box: Box;
  owner?: string;
}

/** Do two boxes overlap (touching edges do not)? */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The ids whose names can be shown, chosen greedily by priority (ties keep the given order). */
export function visibleLabels(candidates: readonly LabelCandidate[], obstacles: readonly Obstacle[] = []): Set<string> {
  const order = candidates.map((candidate, index) => ({ candidate, index })).sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  const shown: Box[] = [];
  const visible = new Set<string>();
  for (const { candidate } of order) {
    const blocked = shown.some((box) => overlaps(box, candidate.box)) || obstacles.some((obstacle) => obstacle.owner !== candidate.id && overlaps(obstacle.box, candidate.box));
    if (blocked) continue;
    shown.push(candidate.box);
    visible.add(candidate.id);
  }
  return visible;
}
