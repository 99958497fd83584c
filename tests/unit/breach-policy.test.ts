import { describe, expect, it } from 'vitest';
import { breachPolicy, type Actor } from '#core/policies/index.js';
import { ROLES, type Role } from '#core/roles.js';

const OURS = 'org-ours';
const as = (...roles: Role[]): Actor => ({ userId: 'u1', organisationId: OURS, roles });
const ourBreach = { organisationId: OURS };
const theirBreach = { organisationId: 'org-theirs' };

describe('breach register policy', () => {
  it('privacy officers and admins read the register; nobody else does', () => {
    for (const role of ROLES) expect(breachPolicy.read(as(role), ourBreach), role).toBe(role === 'privacy' || role === 'admin');
    expect(breachPolicy.read(as())).toBe(false);
  });

  it('only privacy officers handle a breach: facts, awareness, decisions, status', () => {
    for (const role of ROLES) expect(breachPolicy.handle(as(role), ourBreach), role).toBe(role === 'privacy');
    expect(breachPolicy.handle(as('admin', 'privacy'), ourBreach)).toBe(true);
  });

  it('every role that may read or work on a programme sees the figures (counts only; a trainer alone does not), but only privacy officers and admins the register', () => {
    for (const role of ROLES) expect(breachPolicy.readFigures(as(role), ourBreach), role).toBe(role !== 'trainer');
    expect(breachPolicy.readFigures(as())).toBe(false);
    for (const role of ['viewer', 'coordinator', 'member'] as const) expect(breachPolicy.read(as(role), ourBreach), role).toBe(false);
  });

  it("nobody reads or handles another organisation's breach, whatever their roles", () => {
    const everything = as(...ROLES);
    expect(breachPolicy.read(everything, theirBreach)).toBe(false);
    expect(breachPolicy.readFigures(everything, theirBreach)).toBe(false);
    expect(breachPolicy.handle(everything, theirBreach)).toBe(false);
  });
});
