import { describe, expect, it } from 'vitest';
import { STEP_GUIDANCE, defaultRoleTable } from '#content/steps.js';
import { ROLE_LABELS } from '#content/steps/roles.js';
import { RoleTable, STEP_ROLES } from '#core/role-table.js';

const table = (over: Partial<Record<keyof RoleTable, unknown>> = {}) => ({
  responsible: [{ role: 'projectLead' }],
  accountable: [{ role: 'board' }],
  consulted: [],
  informed: [],
  ...over,
});
const codes = (input: unknown) => (RoleTable.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);

describe('the default who-does-what tables', () => {
  it.each(STEP_GUIDANCE.map((s) => [s.number]))('step %i follows the rules a team is held to', (step) => {
    expect(RoleTable.safeParse(defaultRoleTable(step as 1)).success).toBe(true);
  });

  it('consult the team manager in step 4, where the interventions are chosen for his team', () => {
    expect(defaultRoleTable(4).consulted).toContainEqual({ role: 'teamManager' });
    expect(defaultRoleTable(4).informed).not.toContainEqual({ role: 'teamManager' });
  });

  it('offer the external adviser as a role without putting one in any step', () => {
    expect(ROLE_LABELS.externalAdviser.nl).toBe('Externe adviseur');
    expect(STEP_GUIDANCE.flatMap((s) => Object.values(s.roles).flat())).not.toContain('externalAdviser');
  });

  it('consult the works council in step 6, where behaviour is measured', () => {
    expect(defaultRoleTable(6).consulted).toContainEqual({ role: 'worksCouncil' });
  });

  it('name every role in both languages', () => {
    for (const role of STEP_ROLES) expect(ROLE_LABELS[role].nl && ROLE_LABELS[role].en).toBeTruthy();
  });
});

describe("a team's own table", () => {
  it("takes known roles and the team's own words", () => {
    expect(codes(table({ consulted: [{ role: 'externalAdviser' }, { text: 'Cliëntenraad' }] }))).toEqual([]);
  });

  it('has exactly one accountable party and someone responsible', () => {
    expect(codes(table({ accountable: [{ role: 'board' }, { role: 'dpo' }] }))).toEqual(['accountable:oneAccountable']);
    expect(codes(table({ accountable: [] }))).toEqual(['accountable:oneAccountable']);
    expect(codes(table({ responsible: [] }))).toHaveLength(1);
  });

  it('refuses a role twice in a column, typed words compared without case', () => {
    expect(codes(table({ consulted: [{ role: 'dpo' }, { role: 'dpo' }] }))).toEqual(['consulted.1:duplicateRole']);
    expect(codes(table({ informed: [{ text: 'OR' }, { text: 'or' }] }))).toEqual(['informed.1:duplicateRole']);
    // "ë" as one character and as e with a diaeresis read the same.
    expect(codes(table({ consulted: [{ text: 'Cli\u00ebntenraad' }, { text: 'Clie\u0308ntenraad' }] }))).toEqual(['consulted.1:duplicateRole']);
    // The same role may do the work and answer for it: the RACI chart allows R and A together.
    expect(codes(table({ responsible: [{ role: 'board' }] }))).toEqual([]);
  });

  it('refuses unknown roles, empty words and mixed entries', () => {
    expect(codes(table({ consulted: [{ role: 'directeur' }] }))).toHaveLength(1);
    expect(codes(table({ consulted: [{ text: '   ' }] }))).toHaveLength(1);
    expect(codes(table({ consulted: [{ role: 'dpo', text: 'FG' }] }))).toHaveLength(1);
  });
});
