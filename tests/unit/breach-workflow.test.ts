import { describe, expect, it } from 'vitest';
import { BREACH_STATUSES as STORED_STATUSES } from '#server/db/schema.js';
import { BreachRegister, emptyRegister } from '#core/breach/register.js';
import { allowedNextStatuses, BREACH_STATUSES, checkTransition, nextSteps, type WorkflowFacts } from '#core/breach/workflow.js';

const completeRegister = BreachRegister.parse({
  classification: ['confidentiality'],
  incidentKind: 'emailNoBcc',
  summary: 'Uitnodiging met alle adressen in CC.',
  dataCategories: ['name', 'email'],
  subjectGroups: ['employees'],
  people: { min: 40, max: 40 },
  protection: 'none',
  recipients: 'known',
  cause: 'BCC vergeten.',
  consequenceSeverity: 'negligible',
  consequencesDescription: 'Collega’s zien elkaars adres.',
  measuresTaken: 'Excuses gestuurd.',
});

const aware = new Date('2026-06-01T08:00:00Z');
const facts = (overrides: Partial<WorkflowFacts>): WorkflowFacts => ({
  status: 'reported',
  latestDecision: null,
  register: null,
  awareAt: aware,
  awarenessConfirmed: true,
  apNotifiedAt: null,
  lateReason: null,
  subjectsInformedAt: null,
  ...overrides,
});
const notNotifying = { notifyAp: false, informSubjects: false };
const notifying = { notifyAp: true, informSubjects: false };

describe('the breach workflow', () => {
  it('has the statuses the database stores', () => {
    expect(BREACH_STATUSES).toEqual(STORED_STATUSES);
  });

  it('goes from reported to triage once the moment of awareness is confirmed, not before', () => {
    expect(allowedNextStatuses(facts({}))).toEqual(['triage']);
    expect(checkTransition(facts({ awarenessConfirmed: false }), 'triage')).toEqual({ allowed: false, reason: 'awarenessUnconfirmed' });
    expect(nextSteps(facts({ awarenessConfirmed: false }))).toEqual([{ status: 'triage', check: { allowed: false, reason: 'awarenessUnconfirmed' } }]);
  });

  it('reaches "assessed" only with a decision', () => {
    expect(checkTransition(facts({ status: 'triage' }), 'assessed')).toEqual({ allowed: false, reason: 'decisionRequired' });
    expect(checkTransition(facts({ status: 'triage', latestDecision: notNotifying }), 'assessed')).toEqual({ allowed: true });
  });

  it('never skips a step or leaves "closed"', () => {
    expect(checkTransition(facts({ latestDecision: notNotifying, register: completeRegister }), 'closed')).toEqual({ allowed: false, reason: 'notANextStep' });
    expect(nextSteps(facts({ status: 'closed' }))).toEqual([]);
  });

  it('closes an assessed breach without notifying when the decision says so and the register is complete', () => {
    const assessed = facts({ status: 'assessed', latestDecision: notNotifying, register: completeRegister });
    expect(allowedNextStatuses(assessed)).toEqual(['closed']);
    expect(checkTransition(assessed, 'notified')).toEqual({ allowed: false, reason: 'decisionNotToNotify' });
    expect(checkTransition({ ...assessed, register: emptyRegister() }, 'closed')).toEqual({ allowed: false, reason: 'registerIncomplete' });
    expect(checkTransition({ ...assessed, register: null }, 'closed')).toEqual({ allowed: false, reason: 'registerIncomplete' });
  });

  it('does not close an assessed breach that was decided to be notified', () => {
    expect(checkTransition(facts({ status: 'assessed', latestDecision: notifying, register: completeRegister }), 'closed')).toEqual({
      allowed: false,
      reason: 'decisionToNotify',
    });
  });

  it('marks "notified" only with a decision to notify and the moment it happened', () => {
    const assessed = facts({ status: 'assessed', latestDecision: notifying });
    expect(checkTransition(assessed, 'notified')).toEqual({ allowed: false, reason: 'apNotifiedAtRequired' });
    expect(checkTransition({ ...assessed, apNotifiedAt: new Date('2026-06-02T08:00:00Z') }, 'notified')).toEqual({ allowed: true });
  });

  it('needs a reason for a notification after the 72 hours', () => {
    const late = facts({ status: 'assessed', latestDecision: notifying, apNotifiedAt: new Date('2026-06-05T08:00:00Z') });
    expect(checkTransition(late, 'notified')).toEqual({ allowed: false, reason: 'lateReasonRequired' });
    expect(checkTransition({ ...late, lateReason: 'Pas na onderzoek van de leverancier bleek het een datalek.' }, 'notified')).toEqual({ allowed: true });
  });

  it('closes a notified breach once the people are informed, when that was decided', () => {
    const notified = facts({ status: 'notified', latestDecision: { notifyAp: true, informSubjects: true }, register: completeRegister, apNotifiedAt: aware });
    expect(checkTransition(notified, 'closed')).toEqual({ allowed: false, reason: 'subjectsInformedAtRequired' });
    expect(checkTransition({ ...notified, subjectsInformedAt: new Date('2026-06-03T08:00:00Z') }, 'closed')).toEqual({ allowed: true });
  });
});
