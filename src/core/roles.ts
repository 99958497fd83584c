/**
 * Roles of an account within its organisation (docs/architecture.md, "Who may do what"). A user holds
 * one or more. `trainer` belongs to a training organisation that runs masterclasses (docs/masterclass.md).
 */
export const ROLES = ['admin', 'coordinator', 'member', 'viewer', 'privacy', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
