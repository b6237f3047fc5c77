import { chooseEachOther, type PeerChoices } from './choices.js';

/** Pairs of children who chose each other, each pair in the map's order, pairs in the map's order. */
export function mutualPairs(choices: PeerChoices): [string, string][] {
  const order = new Map(choices.children.map((child, index) => [child, index]));
  const pairs: [string, string][] = [];
  for (const a of choices.children) {
    for (const b of choices.chose.get(a)!) if (order.get(b)! > order.get(a)! && chooseEachOther(choices, a, b)) pairs.push([a, b]);
  }
  return pairs.sort((x, y) => order.get(x[0])! - order.get(y[0])! || order.get(x[1])! - order.get(y[1])!);
}

/** Groups of three children who all chose each other (each triple once, in the map's order). */
export function triads(choices: PeerChoices): [string, string, string][] {
  const order = new Map(choices.children.map((child, index) => [child, index]));
  const friends = new Map<string, string[]>(choices.children.map((child) => [child, []]));
  for (const [a, b] of mutualPairs(choices)) {
    friends.get(a)!.push(b);
    friends.get(b)!.push(a);
  }
  const found: [string, string, string][] = [];
  for (const [a, b] of mutualPairs(choices)) {
    for (const c of friends.get(b)!) if (order.get(c)! > order.get(b)! && chooseEachOther(choices, a, c)) found.push([a, b, c]);
  }
  return found;
}

/**
 * Play groups: the connected components of the children joined by choices — by mutual choices
 * only (the default: children who found each other) or by any choice. Groups of two or more, the
 * largest first; a child in no group is in none of them. Components rather than a community
 * library (Louvain via graphology would add ~20 kB to a widget whose budget is 14 kB) because
 * with ~25 children and the mutual-choice graph, components already are the play groups staff
 * recognise, and they are exact, deterministic and explainable.
 */
export function playGroups(choices: PeerChoices, by: 'mutual' | 'any' = 'mutual'): string[][] {
  const order = new Map(choices.children.map((child, index) => [child, index]));
  const parent = new Map(choices.children.map((child) => [child, child]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let node = id; node !== root; ) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const [a, chosen] of choices.chose) {
    for (const b of chosen) {
      if (by === 'mutual' && !chooseEachOther(choices, a, b)) continue;
      const [ra, rb] = [find(a), find(b)];
      if (ra === rb) continue;
      // The earlier child in the map's order stays the root, so groups come out in that order.
      if (order.get(ra)! < order.get(rb)!) parent.set(rb, ra);
      else parent.set(ra, rb);
    }
  }
  const groups = new Map<string, string[]>();
  for (const child of choices.children) {
    const root = find(child);
    const group = groups.get(root);
    if (group) group.push(child);
    else groups.set(root, [child]);
  }
  return [...groups.values()].filter((group) => group.length > 1).sort((x, y) => y.length - x.length || order.get(x[0]!)! - order.get(y[0]!)!);
}
