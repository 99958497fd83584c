import { z } from 'zod';
import * as letterTexts from '#content/breach-letter.js';
import { apFormView } from '#core/breach/ap-form.js';
import {
  ApReference,
  apReferenceRefusal,
  followUpRefusal,
  receiptRefusal,
  type ApFollowUpBody,
  type ApNotificationRefusal,
  type ApReferenceBody,
} from '#core/breach/ap-notification.js';
import { proposeNotification } from '#core/breach/assessment.js';
import {
  awarenessRefusal,
  lateReasonNeeded,
  reporterAwareAt,
  type AwarenessConfirmation,
  type AwarenessFacts,
  type AwarenessRefusal,
} from '#core/breach/awareness.js';
import { careDuties } from '#core/breach/care-duties.js';
import { clockRunning, deadlineStatus } from '#core/breach/deadline.js';
import type { DecisionBody } from '#core/breach/decision.js';
import { subjectLetter, type LetterAddressee } from '#core/breach/letter.js';
import { readStoredRegister, registerFromReport, registerMissing, type BreachRegister } from '#core/breach/register.js';
import { Moment } from '#core/breach/report.js';
import {
  boardFigureMonths,
  breachHandledInTimeSeries,
  breachReportsSeries,
  breachStatistics,
  lastSettledMonth,
  monthFigures,
  monthOf,
  shiftMonth,
  startOfMonth,
  sumFigures,
  type Month,
} from '#core/breach/statistics.js';
import {
  BREACH_STATUSES,
  checkTransition,
  nextSteps,
  type BreachStatus,
  type DecisionSummary,
  type TransitionBlock,
  type WorkflowFacts,
} from '#core/breach/workflow.js';
import type { Locale } from '#core/locale.js';
import { breachPolicy } from '#core/policies/index.js';
import { Paragraph } from '#core/worksheets/fields.js';
import type { Database } from '../../db/client.js';
import { AppError, conflict, invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationRow, OrganisationService } from '../organisation/service.js';
import { readApDetails } from '#core/breach/ap-details.js';
import { registerRepository as repo, type BreachRow, type DecisionRow, type FollowUpRow, type RegisterFilter } from './register.repository.js';

/**
 * A step in the workflow, with what that step records: when the AP was notified (and why late), the
 * AP's meldnummer and receipt when already known, when the people were informed.
 */
export const TransitionBody = z.strictObject({
  status: z.enum(BREACH_STATUSES),
  apNotifiedAt: Moment.optional(),
  lateReason: Paragraph.min(1).optional(),
  apReference: ApReference.optional(),
  apReceivedAt: Moment.optional(),
  subjectsInformedAt: Moment.optional(),
});
export type TransitionBody = z.infer<typeof TransitionBody>;

/** The steps that may record each moment. */
const RECORDED_ON: Record<Exclude<keyof TransitionBody, 'status'>, readonly BreachStatus[]> = {
  apNotifiedAt: ['notified'],
  lateReason: ['notified'],
  apReference: ['notified'],
  apReceivedAt: ['notified'],
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
  awarenessUnconfirmed: () => conflict('breachAwarenessUnconfirmed', 'awareAt'),
  decisionRequired: () => conflict('breachDecisionRequired', 'status'),
  decisionNotToNotify: () => conflict('breachDecisionNotToNotify', 'status'),
  decisionToNotify: () => conflict('breachDecisionToNotify', 'status'),
  apNotifiedAtRequired: () => invalid('breachApNotifiedAtRequired', 'apNotifiedAt'),
  lateReasonRequired: () => invalid('breachLateReasonRequired', 'lateReason'),
  subjectsInformedAtRequired: () => invalid('breachSubjectsInformedAtRequired', 'subjectsInformedAt'),
};

const AWARENESS_ERRORS: Record<AwarenessRefusal, () => AppError> = {
  momentInFuture: () => invalid('breachMomentInFuture', 'awareAt'),
  reasonRequired: () => invalid('breachAwareReasonRequired', 'reason'),
  lateReasonRequired: () => invalid('breachLateReasonRequired', 'lateReason'),
};

const AP_NOTIFICATION_ERRORS: Record<ApNotificationRefusal['code'], (field: string) => AppError> = {
  notNotified: (field) => conflict('breachApNotNotified', field),
  referenceUnknown: (field) => conflict('breachApReferenceRequired', field),
  momentInFuture: (field) => invalid('breachMomentInFuture', field),
  beforeNotification: (field) => invalid('breachFollowUpBeforeNotification', field),
  receivedBeforeSent: (field) => invalid('breachReceivedBeforeSent', field),
};
const refuse = (refusal: ApNotificationRefusal | null) => {
  if (refusal) throw AP_NOTIFICATION_ERRORS[refusal.code](refusal.field);
};

/**
 * From the first report's month to `to`, or null while there is none: by default the last complete
 * month, as a month in progress would look like a drop in a KPI's line.
 */
function completeMonths(rows: readonly { reportedAt: Date }[], to: Month = shiftMonth(monthOf(new Date()), -1)): { from: Month; to: Month } | null {
  const from = rows.map((r) => monthOf(r.reportedAt)).sort()[0];
  return from && from <= to ? { from, to } : null;
}

const storedRegister = (row: BreachRow) => (row.register === null ? null : readStoredRegister(row.register));
/** The officer's register, or while there is none, a first one derived from the report. */
const workingRegister = (row: BreachRow) => storedRegister(row) ?? registerFromReport(row.report);
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
    awarenessConfirmed: row.awareConfirmedAt !== null,
    apNotifiedAt: row.apNotifiedAt,
    lateReason: row.lateReason,
    subjectsInformedAt: row.subjectsInformedAt,
  };
}

const awarenessFacts = (row: BreachRow): AwarenessFacts => ({
  reporterAwareAt: reporterAwareAt(row.report.noticedAt, row.reportedAt),
  awareAt: row.awareAt,
  confirmed: row.awareConfirmedAt !== null,
  apNotifiedAt: row.apNotifiedAt,
  lateReason: row.lateReason,
});
/** The moment of awareness as the audit log keeps it before and after a confirmation. */
const awarenessOf = (row: BreachRow) => ({ awareAt: row.awareAt, awareConfirmedAt: row.awareConfirmedAt, reason: row.awareReason, lateReason: row.lateReason });

const listItem = (row: BreachRow, latest: DecisionSummary | null, now: Date) => ({
  id: row.id,
  reference: row.reference,
  publicReference: row.publicReference,
  status: row.status,
  reportedAt: row.reportedAt,
  awareAt: row.awareAt,
  department: row.department,
  kind: workingRegister(row).incidentKind ?? row.report.incidentKind,
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
  /** The proposal of its day, as decide() stored it: its shape changed over time (core StoredProposal). */
  proposal: d.proposal,
  /** The FG's advice the decision was taken on, if asked (core FgAdvice, validated when recorded). */
  fgAdvice: d.fgAdvice,
});

const followUpView = (f: FollowUpRow, recordedByName: string | null) => ({
  id: f.id,
  kind: f.kind,
  sentAt: f.sentAt,
  apReceivedAt: f.apReceivedAt,
  note: f.note,
  recordedAt: f.recordedAt,
  recordedByName,
});

/** The breach's own columns as the audit log keeps them before and after a step. */
const stepFacts = (row: BreachRow) => ({
  status: row.status,
  apNotifiedAt: row.apNotifiedAt,
  lateReason: row.lateReason,
  apReference: row.apReference,
  apReceivedAt: row.apReceivedAt,
  subjectsInformedAt: row.subjectsInformedAt,
  closedAt: row.closedAt,
});

/**
 * The privacy officer's breach register (AVG art. 33(5)): the list and the details, the facts,
 * the proposal and the officer's decision, the workflow, the AP-form answers and the statistics.
 * Every change is one transaction with its audit entry; every query stays within the actor's organisation.
 */
/**
 * The organisation as the AP form and the letter know it: its settings' AP details. The AP form takes
 * the officer at work (`actor`) as the contact person where the settings name none; the letter to the
 * people involved does not, it prompts for the settings instead. Empty fields stay out, so they show as missing.
 */
function organisationInfo(organisation: OrganisationRow, actor?: SessionActor) {
  const details = readApDetails(organisation.apDetails);
  const given = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== ''));
  const contact = details.contactName || !actor ? {} : { contactName: actor.name, contactEmail: actor.email };
  return { name: organisation.name, ...contact, ...given };
}

export function createBreachRegisterService(db: Database, deps: { audit: AuditService; organisations: OrganisationService }) {
  const { audit } = deps;

  async function load(tx: Database, actor: SessionActor, id: string, rule: keyof typeof breachPolicy) {
    authorize(breachPolicy[rule], actor);
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
    return { ...rest, from: from ? startOfMonth(from) : undefined, to: to ? startOfMonth(shiftMonth(to, 1)) : undefined };
  }

  return {
    async list(actor: SessionActor, filter: ListFilter, page: { offset: number; limit: number }) {
      authorize(breachPolicy.read, actor);
      const now = new Date();
      const { rows, total } = await repo.list(db, actor.organisationId, rangeFilter(filter), page, now);
      const latest = await repo.latestDecisions(
        db,
        actor.organisationId,
        rows.map((r) => r.id),
      );
      return { now, total, breaches: rows.map((r) => listItem(r, summaryOf(latest.get(r.id)), now)) };
    },

    /**
     * The breaches not closed yet, for the signals in the app (the badge, the panel): reference, status
     * and clock only. Most urgent first: running clocks by deadline, then those whose clock stopped.
     */
    async open(actor: SessionActor) {
      authorize(breachPolicy.read, actor);
      const now = new Date();
      const rows = await repo.open(db, actor.organisationId);
      const latest = await repo.latestDecisions(
        db,
        actor.organisationId,
        rows.map((r) => r.id),
      );
      const breaches = rows.map((row) => ({
        id: row.id,
        reference: row.reference,
        status: row.status,
        reportedAt: row.reportedAt,
        awareAt: row.awareAt,
        deadline: deadlineOf(row, summaryOf(latest.get(row.id)), now),
      }));
      // The rows come by deadline; the sort is stable, so that order holds within both groups.
      return { breaches: breaches.sort((a, b) => Number(b.deadline.running) - Number(a.deadline.running)) };
    },

    /** Everything the officer needs on one page: the report as sent, the facts, clock, proposal, decisions and history. */
    async get(actor: SessionActor, id: string) {
      const row = await load(db, actor, id, 'read');
      const now = new Date();
      const [decisions, history, followUps, organisation, awareConfirmedByName] = await Promise.all([
        repo.decisions(db, actor.organisationId, id),
        audit.history(actor.organisationId, 'breach', id),
        repo.followUps(db, actor.organisationId, id),
        deps.organisations.byId(db, actor.organisationId),
        repo.userName(db, actor.organisationId, row.awareConfirmedBy),
      ]);
      const latest = summaryOf(decisions.at(-1)?.decision);
      const register = workingRegister(row);
      const { cbwApplies } = readApDetails(organisation.apDetails);
      return {
        now,
        breach: {
          id: row.id,
          reference: row.reference,
          /** What the reporter was given (and the letter names): a reporter who reports again quotes this one. */
          publicReference: row.publicReference,
          status: row.status,
          report: row.report,
          department: row.department,
          reportedAt: row.reportedAt,
          awareAt: row.awareAt,
          /** The proposal for the moment of awareness: when the reporter noticed it, at the latest when the report came in. */
          reporterAwareAt: awarenessFacts(row).reporterAwareAt,
          /** Null while the moment of awareness is still the reporter's, unconfirmed. */
          awareConfirmedAt: row.awareConfirmedAt,
          awareConfirmedByName,
          awareReason: row.awareReason,
          apNotifiedAt: row.apNotifiedAt,
          apReference: row.apReference,
          apReceivedAt: row.apReceivedAt,
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
        /** Duties beside the 72 hours (Wkkgz, VIM, CSIRT), each with its own clock where it has one. */
        careDuties: careDuties({ register, awareAt: row.awareAt, cbwApplies, closed: row.status === 'closed', now }),
        cbwApplies,
        proposal: proposeNotification(register),
        decisions: decisions.map((d) => decisionView(d.decision, d.decidedByName)),
        /** Messages to the AP after the first notification, in the order they were sent. */
        apFollowUps: followUps.map((f) => followUpView(f.followUp, f.recordedByName)),
        nextSteps: nextSteps(workflowFacts(row, latest)),
        history: history.map((h) => ({ id: h.id, at: h.at, actorName: h.actorName, action: h.action, before: h.before, after: h.after })),
        permissions: { handle: breachPolicy.handle(actor) },
      };
    },

    updateRegister(actor: SessionActor, id: string, register: BreachRegister) {
      return db.transaction(async (tx) => {
        const before = await loadOpen(tx, actor, id);
        await repo.update(tx, actor.organisationId, id, { register });
        await audit.record(tx, asAuditActor(actor), {
          action: 'breach.register.update',
          entity: 'breach',
          entityId: id,
          before: before.register,
          after: register,
        });
      });
    },

    /**
     * The officer confirms when the organisation became aware (or changes a confirmed moment): the
     * 72 hours run from it. Refused for a moment to come, and without a reason where one is needed (core awareness.ts).
     */
    confirmAwareness(actor: SessionActor, id: string, body: AwarenessConfirmation) {
      return db.transaction(async (tx) => {
        const before = await loadOpen(tx, actor, id);
        const awareAt = new Date(body.awareAt);
        const now = new Date();
        const facts = awarenessFacts(before);
        const refusal = awarenessRefusal(facts, { awareAt, reason: body.reason, lateReason: body.lateReason }, now);
        if (refusal) throw AWARENESS_ERRORS[refusal]();
        // Confirming the same moment again needs no reason and keeps the one on record.
        const awareReason = body.reason || before.awareReason;
        const lateReason = lateReasonNeeded(facts, awareAt) ? body.lateReason : before.lateReason;
        const after = await repo.update(tx, actor.organisationId, id, {
          awareAt,
          awareConfirmedAt: now,
          awareConfirmedBy: actor.userId,
          awareReason,
          lateReason,
        });
        await audit.record(tx, asAuditActor(actor), {
          action: 'breach.awareAt.correct',
          entity: 'breach',
          entityId: id,
          before: awarenessOf(before),
          after: awarenessOf(after),
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
        const apReceivedAt = moments.apReceivedAt ? new Date(moments.apReceivedAt) : before.apReceivedAt;
        const subjectsInformedAt = moments.subjectsInformedAt ? new Date(moments.subjectsInformedAt) : before.subjectsInformedAt;
        if (apNotifiedAt && apNotifiedAt > now) throw invalid('breachMomentInFuture', 'apNotifiedAt');
        if (apNotifiedAt) refuse(receiptRefusal(apNotifiedAt, apReceivedAt, now));
        if (subjectsInformedAt && subjectsInformedAt > now) throw invalid('breachMomentInFuture', 'subjectsInformedAt');
        const changes = {
          status: to,
          apNotifiedAt,
          lateReason: moments.lateReason ?? before.lateReason,
          apReference: moments.apReference ?? before.apReference,
          apReceivedAt,
          subjectsInformedAt,
          closedAt: to === 'closed' ? now : before.closedAt,
        };
        const facts = workflowFacts({ ...before, ...changes, status: before.status }, await latestOf(tx, actor, id));
        const check = checkTransition(facts, to);
        if (!check.allowed) {
          if (check.reason === 'registerIncomplete') {
            throw new AppError(409, 'breachRegisterIncomplete', 'register', {}, { missing: registerMissing(workingRegister(before)) });
          }
          throw TRANSITION_ERRORS[check.reason]();
        }
        const after = await repo.update(tx, actor.organisationId, id, changes);
        await audit.record(tx, asAuditActor(actor), {
          action: 'breach.status',
          entity: 'breach',
          entityId: id,
          before: stepFacts(before),
          after: stepFacts(after),
        });
        return { status: after.status };
      });
    },

    /** The AP's meldnummer and its confirmation of receipt, recorded while the breach stands as notified. */
    recordApReference(actor: SessionActor, id: string, body: ApReferenceBody) {
      return db.transaction(async (tx) => {
        const before = await loadOpen(tx, actor, id);
        const apReceivedAt = body.apReceivedAt ? new Date(body.apReceivedAt) : null;
        refuse(apReferenceRefusal(before, apReceivedAt, new Date()));
        const after = await repo.update(tx, actor.organisationId, id, { apReference: body.apReference, apReceivedAt });
        await audit.record(tx, asAuditActor(actor), {
          action: 'breach.apReference.record',
          entity: 'breach',
          entityId: id,
          before: stepFacts(before),
          after: stepFacts(after),
        });
      });
    },

    /** Appends a follow-up message to the AP under the notification's meldnummer; follow-ups are never changed. */
    addApFollowUp(actor: SessionActor, id: string, body: ApFollowUpBody) {
      return db.transaction(async (tx) => {
        const breach = await loadOpen(tx, actor, id);
        const sentAt = new Date(body.sentAt);
        const apReceivedAt = body.apReceivedAt ? new Date(body.apReceivedAt) : null;
        refuse(followUpRefusal(breach, sentAt, apReceivedAt, new Date()));
        const created = await repo.insertFollowUp(tx, {
          organisationId: actor.organisationId,
          breachId: id,
          kind: body.kind,
          sentAt,
          apReceivedAt,
          note: body.note,
          recordedBy: actor.userId,
        });
        await audit.record(tx, asAuditActor(actor), {
          action: 'breach.apFollowUp.add',
          entity: 'breach',
          entityId: id,
          after: { followUpId: created.id, apReference: breach.apReference, ...body },
        });
        return followUpView(created, actor.name);
      });
    },

    /** The answers for the AP's online form, in its order, each recorded, derived or missing. */
    async apForm(actor: SessionActor, id: string) {
      const row = await load(db, actor, id, 'read');
      const organisation = await deps.organisations.byId(db, actor.organisationId);
      const now = new Date();
      const chapters = apFormView({
        organisation: organisationInfo(organisation, actor),
        report: row.report,
        register: storedRegister(row),
        officer: { name: actor.name, email: actor.email },
        decision: await latestOf(db, actor, id),
        timeline: {
          awareAt: row.awareAt,
          awareConfirmed: row.awareConfirmedAt !== null,
          apNotifiedAt: row.apNotifiedAt,
          lateReason: row.lateReason,
          subjectsInformedAt: row.subjectsInformedAt,
        },
        now,
      });
      return { reference: row.reference, chapters };
    },

    /** A draft letter or e-mail to the people involved (or their parent or representative), from the register and the organisation's contact points. */
    async letter(actor: SessionActor, id: string, locale: Locale, addressee: LetterAddressee) {
      const row = await load(db, actor, id, 'read');
      const organisation = await deps.organisations.byId(db, actor.organisationId);
      return subjectLetter(
        { organisation: organisationInfo(organisation), register: workingRegister(row), reference: row.publicReference, addressee },
        locale,
        letterTexts,
      );
    },

    /** Every breach that matches, with its latest decision, oldest report first (for the CSV export). */
    async export(actor: SessionActor, filter: ListFilter) {
      authorize(breachPolicy.read, actor);
      const now = new Date();
      const rows = await repo.all(db, actor.organisationId, rangeFilter(filter), now);
      const latest = await repo.latestDecisions(
        db,
        actor.organisationId,
        rows.map((r) => r.id),
      );
      return rows.map((row) => ({
        row,
        register: workingRegister(row),
        latest: latest.get(row.id) ?? null,
        deadline: deadlineOf(row, summaryOf(latest.get(row.id)), now),
      }));
    },

    async statistics(actor: SessionActor, range: MonthRange) {
      authorize(breachPolicy.read, actor);
      const rows = await repo.statRows(db, actor.organisationId);
      const from = range.from ?? (range.to ? rows.map((r) => monthOf(r.reportedAt)).sort()[0] : undefined);
      const to = range.to ?? (range.from ? monthOf(new Date()) : undefined);
      return breachStatistics(rows, from && to ? { from, to } : undefined);
    },

    /**
     * The built-in KPI "breachReports": reports per month from the first report to the last complete
     * month (a month in progress would look like a drop). Counts only, read under the same rule as
     * the board's figures (breachPolicy.readFigures).
     */
    async monthlyReports(tx: Database, actor: SessionActor) {
      authorize(breachPolicy.readFigures, actor);
      const rows = await repo.statRows(tx, actor.organisationId);
      const range = completeMonths(rows);
      return range ? breachReportsSeries(rows, range) : [];
    },

    /**
     * The built-in KPI "breachHandledInTime": per complete month, the percentage of its reports
     * handled within the 72 hours (core handlingTiming). Shares of counts only, read under the same
     * rule as the board's figures (breachPolicy.readFigures).
     */
    async monthlyHandledInTime(tx: Database, actor: SessionActor) {
      authorize(breachPolicy.readFigures, actor);
      const rows = await repo.clockRows(tx, actor.organisationId);
      const now = new Date();
      // As on the board: a month's share moves while its clocks run.
      const range = completeMonths(rows, lastSettledMonth(now));
      return range ? breachHandledInTimeSeries(rows, range, now) : [];
    },

    /**
     * The register's figures for the board dashboard, over the last twelve settled months
     * (core boardFigureMonths): reports, how many were handled within the 72 hours, and AP
     * notifications, per month and together. Counts only (breachPolicy.readFigures). No month whose
     * reports may still have a clock running: a board member refreshing the page could tie a new
     * report, or a decision on it, to an event they saw.
     */
    async figures(actor: SessionActor) {
      authorize(breachPolicy.readFigures, actor);
      const now = new Date();
      const { from, to } = boardFigureMonths(now);
      const rows = await repo.clockRows(db, actor.organisationId, { from: startOfMonth(from), before: startOfMonth(shiftMonth(to, 1)) });
      const months = monthFigures(rows, { from, to }, now);
      return { months, total: sumFigures(months) };
    },
  };
}
export type BreachRegisterService = ReturnType<typeof createBreachRegisterService>;
