// Round mode: whose turn it is, from names or roles typed in for the meeting. Pure; the list is
// kept only in the element's memory, never stored.

/** The participants in a typed list: one per line or comma, trimmed, blanks dropped, ≤ 40. */
export function parseParticipants(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter(Boolean)
    .slice(0, 40);
}

/** The next turn, wrapping after the last participant. */
export function nextTurn(turn: number, count: number): number {
  return count === 0 ? 0 : (turn + 1) % count;
}
