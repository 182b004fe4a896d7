// Which seats (MemberRole) an organization of each kind has: the one rule, read by the server
// (addMember, changeMemberRole refuse any other) and by the client (the role selects offer these).
// 网格员 belong to the residents' committee (居委会) that runs the grid; a 协调员 coordinates the
// volunteers of a 红色驿站 (PARTY_STATION). Every organization has a chair, members and staff.
import type { EnumValue } from './enums.js';

type Kind = EnumValue<'OrganizationKind'>;
type Role = EnumValue<'MemberRole'>;

const EVERY_KIND: readonly Role[] = ['CHAIR', 'MEMBER', 'STAFF'];
const SPECIAL: Partial<Record<Kind, readonly Role[]>> = {
  RESIDENTS_COMMITTEE: ['GRID_WORKER'],
  PARTY_STATION: ['COORDINATOR'],
};

/** The roles an organization of this kind gives, in the order of `ENUM_VALUES.MemberRole`. */
export function rolesOfKind(kind: string): readonly Role[] {
  return [...EVERY_KIND, ...(SPECIAL[kind as Kind] ?? [])];
}

/** Whether an organization of this kind gives this role. */
export function kindHasRole(kind: string, role: string): boolean {
  return (rolesOfKind(kind) as readonly string[]).includes(role);
}
