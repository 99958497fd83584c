import type { Role } from '../roles.js';

/** Who is asking: taken from the session, never from the request body. */
export interface Actor {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
}

/** Anything that belongs to one organisation. */
export interface Owned {
  organisationId: string;
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));
export const sameOrganisation = (actor: Actor, resource: Owned): boolean => actor.organisationId === resource.organisationId;
