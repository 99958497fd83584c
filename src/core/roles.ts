/** Roles of an account within its organisation (docs/architecture.md, "Who may do what"). A user holds one or more. */
export const ROLES = ['admin', 'coordinator', 'member', 'viewer', 'privacy'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
