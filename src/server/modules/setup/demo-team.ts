import type { Role } from '#core/roles.js';
import type { SessionActor } from '../../context.js';

/** The two demo accounts that do the programme's work, as the services see them. */
export interface DemoTeam {
  /** The trajectleider (coordinator and privacy officer). */
  lead: SessionActor;
  /** The core-team member from the care practice. */
  colleague: SessionActor;
}

/** A demo account acting without a login: the loader works through the same services as a person would. */
export function demoActor(organisationId: string, user: { id: string; name: string; email: string }, roles: Role[]): SessionActor {
  return { userId: user.id, organisationId, roles, name: user.name, email: user.email, locale: 'nl', sessionId: 'demo-loader', csrfToken: 'demo-loader' };
}
