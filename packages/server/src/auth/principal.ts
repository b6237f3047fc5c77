/**
 * Who is asking, as the server understands it after the bearer token was verified. Every route
 * reads this and nothing else about the caller: a document belongs to one `tenant` (a
 * municipality) and one `group` (a daycare or a team), and every query is scoped by both.
 */
export interface Principal {
  /** The municipality (or vendor customer) the caller signed in through. */
  tenant: string;
  /** The daycare or team the caller works in now; the only group whose documents they see. */
  group: string;
  /** The person, stable per identity provider (`sub`); owner of what they create. */
  subject: string;
  /** What the caller may do inside the group; see {@link may}. */
  role: Role;
}

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
export function may(principal: Principal, action: Action): boolean {
  return (principal.role === 'leader' ? LEADER : STAFF).has(action);
}

/** Whether a stored document, owned by `tenant`/`group`, is within `principal`'s reach. */
export function ownsScope(principal: Principal, owner: { tenant: string; group: string }): boolean {
  return principal.tenant === owner.tenant && principal.group === owner.group;
}
