/** What staff can be, per partnership. A platform admin (a flag on the user) creates partnerships. */
export const STAFF_ROLES = ["partnership_admin", "analyst", "safeguarding_lead", "implementation_member"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/**
 * Roles that must sign in with a second factor: admins change who can see
 * what, and safeguarding leads can read people's original words.
 */
export const ROLES_NEEDING_SECOND_FACTOR: readonly StaffRole[] = ["partnership_admin", "safeguarding_lead"];
