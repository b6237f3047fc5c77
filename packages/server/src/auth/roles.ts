/**
 * The role model. Both roles work only inside their own tenant and group:
 * - `staff` (pædagog, health visitor): read, list, write and delete the group's documents;
 *   export and erase what they themselves own.
 * - `leader` (daycare leader): everything staff may, plus export, erase and purge (retention)
 *   for the whole group.
 * A token whose role claim maps to neither is refused (403).
 */
export type Role = 'staff' | 'leader';

/** Everything a route may ask permission for. */
export type Action = 'read' | 'write' | 'delete' | 'export-own' | 'erase-own' | 'export-group' | 'erase-group' | 'purge' | 'import';

const STAFF: ReadonlySet<Action> = new Set(['read', 'write', 'delete', 'export-own', 'erase-own', 'import']);
const LEADER: ReadonlySet<Action> = new Set([...STAFF, 'export-group', 'erase-group', 'purge']);

/** Whether `principal`'s role allows `action` (inside its own tenant and group; nothing else is ever reachable). */
export function may(principal: { role: string }, action: Action): boolean {
  return (principal.role === 'leader' ? LEADER : principal.role === 'staff' ? STAFF : new Set<Action>()).has(action);
}
