import type { Role } from '#core/roles.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { conflict } from '../../errors.js';
import { usersRepository } from '../users/repository.js';
import type { DemoAccount } from './demo-accounts.js';

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

/**
 * Creates a demo organisation's accounts, active, with the one demo password. Its hash is made once
 * by the caller and shared: every demo account has the same password, and an argon2id hash costs
 * 19 MiB and tens of milliseconds each (security/passwords.ts). An address taken anywhere in the
 * installation is refused, as users.createActive refuses it.
 */
export async function createDemoUsers(tx: Database, organisationId: string, accounts: readonly DemoAccount[], passwordHash: string) {
  const created = [];
  for (const { email, name, roles } of accounts) {
    if (await usersRepository.byEmail(tx, email)) throw conflict('emailTaken', 'email');
    created.push(await usersRepository.insert(tx, { organisationId, email, name, roles, status: 'active', passwordHash }));
  }
  return created;
}
