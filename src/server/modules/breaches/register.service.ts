import { z } from 'zod';
import { apFormView } from '../../../core/breach/ap-form.js';
import { proposeNotification } from '../../../core/breach/assessment.js';
import { clockRunning, deadlineStatus, fromAmsterdamWallClock } from '../../../core/breach/deadline.js';
import { subjectLetter } from '../../../core/breach/letter.js';
import { BreachRegister, registerFromReport, registerMissing } from '../../../core/breach/register.js';
import { Moment, type BreachReport } from '../../../core/breach/report.js';
import { breachReportsSeries, breachStatistics, monthOf, type Month } from '../../../core/breach/statistics.js';
import { BREACH_STATUSES, checkTransition, nextSteps, type BreachStatus, type DecisionSummary, type TransitionBlock, type WorkflowFacts } from '../../../core/breach/workflow.js';
import type { Locale } from '../../../core/locale.js';
import { breachPolicy } from '../../../core/policies/index.js';
import { Paragraph } from '../../../core/worksheets/fields.js';
import type { Database } from '../../db/client.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../auth/actor.js';
import type { OrganisationRow } from '../organisation/repository.js';
import type { OrganisationService } from '../organisation/service.js';
import { readApDetails } from '../../../core/breach/ap-details.js';
import { registerRepository as repo, type BreachRow, type DecisionRow, type RegisterFilter } from './register.repository.js';

/** The notification decision as the officer sends it; the reasoning is what the register must keep (art. 33(5)). */
export const DecisionBody = z.strictObject({ notifyAp: z.boolean(), informSubjects: z.boolean(), reasoning: Paragraph.min(1) });
export type DecisionBody = z.infer<typeof DecisionBody>;

/** A correction of the moment the organisation became aware, which moves the 72 hours. */
export const AwareAtBody = z.strictObject({ awareAt: Moment, reason: Paragraph.min(1) });
export type AwareAtBody = z.infer<typeof AwareAtBody>;

/** A step in the workflow, with what that step records: when the AP was notified (and why late), when the people were informed. */
export const TransitionBody = z.strictObject({
  status: z.enum(BREACH_STATUSES),
  apNotifiedAt: Moment.optional(),
  lateReason: Paragraph.min(1).optional(),
  subjectsInformedAt: Moment.optional(),
});
export type TransitionBody = z.infer<typeof TransitionBody>;

/** The steps that may record each moment. */
const RECORDED_ON: Record<'apNotifiedAt' | 'lateReason' | 'subjectsInformedAt', readonly BreachStatus[]> = {
  apNotifiedAt: ['notified'],
  lateReason: ['notified'],
  subjectsInformedAt: ['notified', 'closed'],
};

/** A month range for lists and statistics: months of the Amsterdam calendar, both included. */
export interface MonthRange {
  from?: Month;
  to?: Month;
}
export type ListFilter = Omit<RegisterFilter, 'from' | 'to'> & MonthRange;

const TRANSITION_ERRORS: Record<Exclude<TransitionBlock, 'registerIncomplete'>, () => AppError> = {
  notANextStep: () => conflict('breachNotANextStep', 'status'),
  decisionRequired: () => conflict('breachDecisionRequired', 'status'),
  decisionNotToNotify: () => conflict('breachDecisionNotToNotify', 'status'),
  decisionToNotify: () => conflict('breachDecisionToNotify', 'status'),
  apNotifiedAtRequired: () => invalid('breachApNotifiedAtRequired', 'apNotifiedAt'),
  lateReasonRequired: () => invalid('breachLateReasonRequired', 'lateReason'),
  subjectsInformedAtRequired: () => invalid('breachSubjectsInformedAtRequired', 'subjectsInformedAt'),
};

/** The first moment of an Amsterdam calendar month. */
const startOf = (month: Month) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return fromAmsterdamWallClock({ year, month: m, day: 1, hour: 0, minute: 0 });
};
const nextMonth = (month: Month): Month => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};
const previousMonth = (month: Month): Month => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
};

const reportOf = (row: BreachRow) => row.report as BreachReport;
const storedRegister = (row: BreachRow) => (row.register === null ? null : BreachRegister.parse(row.register));
/** The officer's register, or while there is none, a first one derived from the report. */
const workingRegister = (row: BreachRow) => storedRegister(row) ?? registerFromReport(reportOf(row));
const summaryOf = (d: DecisionRow | undefined): DecisionSummary | null => (d ? { notifyAp: d.notifyAp, informSubjects: d.informSubjects } : null);

function deadlineOf(row: BreachRow, latest: DecisionSummary | null, now: Date) {
  const status = deadlineStatus(row.awareAt, now, row.apNotifiedAt);
  const running = clockRunning({ apNotifiedAt: row.apNotifiedAt, closed: row.status === 'closed', notifyAp: latest?.notifyAp ?? null });
  return { deadline: status.deadline, state: status.state, hoursLeft: status.hoursLeft, running };
}

function workflowFacts(row: BreachRow, latest: DecisionSummary | null): WorkflowFacts {
  return {
    status: row.status,
    latestDecision: latest,
    register: storedRegister(row),
    awareAt: row.awareAt,
    apNotifiedAt: row.apNotifiedAt,
    lateReason: row.lateReason,
    subjectsInformedAt: row.subjectsInformedAt,
  };
}

const listItem = (row: BreachRow, latest: DecisionSummary | null, now: Date) => ({
  id: row.id,
  reference: row.reference,
  status: row.status,
  reportedAt: row.reportedAt,
  awareAt: row.awareAt,
  department: row.department,
  kind: workingRegister(row).incidentKind ?? reportOf(row).incidentKind,
  latestDecision: latest,
  deadline: deadlineOf(row, latest, now),
});

const decisionView = (d: DecisionRow, decidedByName: string | null) => ({
  id: d.id,
  decidedAt: d.decidedAt,
  decidedBy: d.decidedBy,
  /** The officer's name, while the account exists. */
  decidedByName,
  notifyAp: d.notifyAp,
  informSubjects: d.informSubjects,
  reasoning: d.reasoning,
  proposal: d.proposal,
});

/** The breach's own columns as the audit log keeps them before and after a step. */
const stepFacts = (row: BreachRow) => ({
  status: row.status,
  apNotifiedAt: row.apNotifiedAt,
  lateReason: row.lateReason,
  subjectsInformedAt: row.subjectsInformedAt,
  closedAt: row.closedAt,
});

/**
 * The privacy officer's breach register (AVG art. 33(5)): the list and the details, the facts,
 * the proposal and the officer's decision, the workflow, the AP-form answers and the statistics.
 * Every change is one transaction with its audit entry; every query stays within the actor's organisation.
 */
/**
 * The organisation as the AP form and the letter know it: its settings' AP details, with the officer
 * at work as the contact point where the settings name none. Empty fields stay out, so they show as missing.
 */
function organisationInfo(organisation: OrganisationRow, actor: SessionActor) {
  const details = readApDetails(organisation.apDetails);
  const given = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== ''));
  const contact = details.contactName ? {} : { contactName: actor.name, contactEmail: actor.email };
  return { name: organisation.name, ...contact, ...given };
}

export function createBreachRegisterService(db: Database, deps: { audit: AuditService; organisations: OrganisationService }) {
  const { audit } = deps;

  async function load(tx: Database, actor: SessionActor, id: string, rule: keyof typeof breachPolicy) {
    if (!breachPolicy[rule](actor)) throw forbidden();
    const row = rule === 'handle' ? await repo.forUpdate(tx, actor.organisationId, id) : await repo.byId(tx, actor.organisationId, id);
    if (!row) throw notFound();
    return row;
  }

  /** A breach to change: closed is final. */
  async function loadOpen(tx: Database, actor: SessionActor, id: string) {
    const row = await load(tx, actor, id, 'handle');
    if (row.status === 'closed') throw conflict('breachClosed', 'status');
    return row;
  }

  async function latestOf(tx: Database, actor: SessionActor, id: string) {
    return summaryOf((await repo.latestDecisions(tx, actor.organisationId, [id])).get(id));
  }

  function rangeFilter({ from, to, ...rest }: ListFilter): RegisterFilter {
    return { ...rest, from: from ? startOf(from) : undefined, to: to ? startOf(nextMonth(to)) : undefined };
  }

  return {
    async list(actor: SessionActor, filter: ListFilter, page: { offset: number; limit: number }) {
      if (!breachPolicy.read(actor)) throw forbidden();
      const now = new Date();
      const { rows, total } = await repo.list(db, actor.organisationId, rangeFilter(filter), page, now);
      const latest = await repo.latestDecisions(db, actor.organisationId, rows.map((r) => r.id));
      return { now, total, breaches: rows.map((r) => listItem(r, summaryOf(latest.get(r.id)), now)) };
    },

    /** Everything the officer needs on one page: the report as sent, the facts, clock, proposal, decisions and history. */
    async get(actor: SessionActor, id: string) {
      const row = await load(db, actor, id, 'read');
      const now = new Date();
      const [decisions, history] = await Promise.all([repo.decisions(db, actor.organisationId, id), audit.history(actor.organisationId, 'breach', id)]);
      const latest = summaryOf(decisions.at(-1)?.decision);
      const register = workingRegister(row);
      return {
        now,
        breach: {
          id: row.id,
          reference: row.reference,
          status: row.status,
          report: reportOf(row),
          department: row.department,
          reportedAt: row.reportedAt,
          awareAt: row.awareAt,
          apNotifiedAt: row.apNotifiedAt,
          lateReason: row.lateReason,
          subjectsInformedAt: row.subjectsInformedAt,
          closedAt: row.closedAt,
          updatedAt: row.updatedAt,
        },
        register,
        /** False while the register is only what the report suggests. */
        registerRecorded: row.register !== null,
        registerMissing: registerMissing(register),
        deadline: deadlineOf(row, latest, now),
        proposal: proposeNotification(register),
        decisions: decisions.map((d) => decisionView(d.decision, d.decidedByName)),
        nextSteps: nextSteps(workflowFacts(row, latest)),
        history: history.map((h) => ({ id: h.id, at: h.at, actorName: h.actorName, action: h.action, before: h.before, after: h.after })),
        permissions: { handle: breachPolicy.handle(actor) },
      };
    },

    updateRegister(actor: SessionActor, id: string, register: BreachRegister) {
      return db.transaction(async (tx) => {
        const before = await loadOpen(tx, actor, id);
        await repo.update(tx, actor.organisationId, id, { register });
        await audit.record(tx, asAuditActor(actor), { action: 'breach.register.update', entity: 'breach', entityId: id, before: before.register, after: register });
      });
    },

    /** The organisation knew earlier than the report came in (never later: the report reaching us is awareness). */
    correctAwareAt(actor: SessionActor, id: string, body: AwareAtBody) {
      return db.transaction(async (tx) => {
        const before = await loadOpen(tx, actor, id);
        const awareAt = new Date(body.awareAt);
        if (awareAt > before.reportedAt) throw invalid('breachAwareAfterReport', 'awareAt');
        await repo.update(tx, actor.organisationId, id, { awareAt });
        await audit.record(tx, asAuditActor(actor), {
          action: 'breach.awareAt.correct',
          entity: 'breach',
          entityId: id,
          before: { awareAt: before.awareAt },
          after: { awareAt, reason: body.reason },
        });
      });
    },

    /** Appends a decision with the proposal as it stands now; earlier decisions are never changed. */
    decide(actor: SessionActor, id: string, body: DecisionBody) {
      return db.transaction(async (tx) => {
        const row = await loadOpen(tx, actor, id);
        const proposal = proposeNotification(workingRegister(row));
        const created = await repo.insertDecision(tx, { organisationId: actor.organisationId, breachId: id, decidedBy: actor.userId, proposal, ...body });
        await audit.record(tx, asAuditActor(actor), { action: 'breach.decide', entity: 'breach', entityId: id, after: { decisionId: created.id, ...body } });
        return decisionView(created, actor.name);
      });
    },

    /** One step in the workflow, if the core workflow allows it; otherwise the first reason why not. */
    transition(actor: SessionActor, id: string, body: TransitionBody) {
      return db.transaction(async (tx) => {
        const before = await load(tx, actor, id, 'handle');
        const { status: to, ...moments } = body;
        for (const field of Object.keys(moments) as (keyof typeof moments)[]) {
          if (!RECORDED_ON[field].includes(to)) throw invalid('breachNotForThisStep', field);
        }
        const now = new Date();
        const apNotifiedAt = moments.apNotifiedAt ? new Date(moments.apNotifiedAt) : before.apNotifiedAt;
        const subjectsInformedAt = moments.subjectsInformedAt ? new Date(moments.subjectsInformedAt) : before.subjectsInformedAt;
        if (apNotifiedAt && apNotifiedAt > now) throw invalid('breachMomentInFuture', 'apNotifiedAt');
        if (subjectsInformedAt && subjectsInformedAt > now) throw invalid('breachMomentInFuture', 'subjectsInformedAt');
        const changes = { status: to, apNotifiedAt, lateReason: moments.lateReason ?? before.lateReason, subjectsInformedAt, closedAt: to === 'closed' ? now : before.closedAt };
        const facts = workflowFacts({ ...before, ...changes, status: before.status }, await latestOf(tx, actor, id));
        const check = checkTransition(facts, to);
        if (!check.allowed) {
          if (check.reason === 'registerIncomplete') {
            throw new AppError(409, 'breachRegisterIncomplete', 'register', {}, { missing: registerMissing(workingRegister(before)) });
          }
          throw TRANSITION_ERRORS[check.reason]();
        }
        const after = await repo.update(tx, actor.organisationId, id, changes);
        await audit.record(tx, asAuditActor(actor), { action: 'breach.status', entity: 'breach', entityId: id, before: stepFacts(before), after: stepFacts(after) });
        return { status: after.status };
      });
    },

    /** The answers for the AP's online form, in its order, each recorded, derived or missing. */
    async apForm(actor: SessionActor, id: string) {
      const row = await load(db, actor, id, 'read');
      const organisation = await deps.organisations.byId(db, actor.organisationId);
      const now = new Date();
      const chapters = apFormView({
        organisation: { ...organisationInfo(organisation, actor), notifierName: actor.name },
        report: reportOf(row),
        register: storedRegister(row),
        decision: await latestOf(db, actor, id),
        timeline: { awareAt: row.awareAt, apNotifiedAt: row.apNotifiedAt, lateReason: row.lateReason, subjectsInformedAt: row.subjectsInformedAt },
        now,
      });
      return { reference: row.reference, chapters };
    },

    /** A draft letter or e-mail to the people involved, from the register, with the organisation's contact point. */
    async letter(actor: SessionActor, id: string, locale: Locale) {
      const row = await load(db, actor, id, 'read');
      const organisation = await deps.organisations.byId(db, actor.organisationId);
      return subjectLetter({ organisation: organisationInfo(organisation, actor), register: workingRegister(row), reference: row.reference }, locale);
    },

    /** Every breach that matches, with its latest decision, oldest report first (for the CSV export). */
    async export(actor: SessionActor, filter: ListFilter) {
      if (!breachPolicy.read(actor)) throw forbidden();
      const now = new Date();
      const rows = await repo.all(db, actor.organisationId, rangeFilter(filter), now);
      const latest = await repo.latestDecisions(db, actor.organisationId, rows.map((r) => r.id));
      return rows.map((row) => ({ row, register: workingRegister(row), latest: latest.get(row.id) ?? null, deadline: deadlineOf(row, summaryOf(latest.get(row.id)), now) }));
    },

    async statistics(actor: SessionActor, range: MonthRange) {
      if (!breachPolicy.read(actor)) throw forbidden();
      const rows = await repo.statRows(db, actor.organisationId);
      const from = range.from ?? (range.to ? rows.map((r) => monthOf(r.reportedAt)).sort()[0] : undefined);
      const to = range.to ?? (range.from ? monthOf(new Date()) : undefined);
      return breachStatistics(rows, from && to ? { from, to } : undefined);
    },

    /**
     * The built-in KPI "breachReports": reports per month from the first report to the last complete
     * month (a month in progress would look like a drop). Counts only, so every KPI reader may see them.
     */
    async monthlyReports(tx: Database, organisationId: string) {
      const rows = await repo.statRows(tx, organisationId);
      const first = rows.map((r) => monthOf(r.reportedAt)).sort()[0];
      const to = previousMonth(monthOf(new Date()));
      return first && first <= to ? breachReportsSeries(rows, { from: first, to }) : [];
    },
  };
}
export type BreachRegisterService = ReturnType<typeof createBreachRegisterService>;
