import { randomInt, randomUUID } from 'node:crypto';
import { readApDetails } from '../../../core/breach/ap-details.js';
import { disclosedCheckTally, disclosedSurveyTally, shuffled, type TallyCell } from '../../../core/export/answers.js';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  TABLES,
  findDanglingReference,
  withFreshIds,
  type OrganisationDocument,
  type TableKey,
} from '../../../core/export/document.js';
import { organisationPolicy } from '../../../core/policies/index.js';
import type { Role } from '../../../core/roles.js';
import { SurveyDefinition } from '../../../core/survey/definition.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, forbidden, invalid } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import { fixingsAtOpening } from '../../security/release-rules.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import type { SessionActor } from '../auth/actor.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { assertAcceptablePassword, type AuthService } from '../auth/service.js';
import { newPublicReference } from '../breaches/report.service.js';
import { CheckDefinitionBody, type KnowledgeService } from '../knowledge/service.js';
import type { OrganisationService } from '../organisation/service.js';
import type { RetentionService } from '../retention/service.js';
import { setupRepository } from '../setup/repository.js';
import { setupTokenRefused } from '../setup/service.js';
import { usersRepository } from '../users/repository.js';
import { transferRepository } from './repository.js';

export interface ImportInput {
  /** The installation's one-time set-up token (sent in the SETUP_TOKEN_HEADER): importing takes the place of setting up. */
  token: string;
  /** The person importing; they become its (active) administrator. */
  name: string;
  email: string;
  password: string;
  document: OrganisationDocument;
}

const countsOf = (document: Pick<OrganisationDocument, TableKey>) => Object.fromEntries(TABLES.map(({ key }) => [key, document[key].length]));

type Rows = Record<string, unknown>[];
/** A uniform whole number in [0, n) from the operating system's random source, for shuffling answers. */
const below = (n: number) => randomInt(n);

/**
 * The raw answers and tallies of one kind (surveys or checks) as the export carries them. Raw
 * answers go only for a closed survey or check whose retention keeps them, shuffled, with nothing
 * that tells when they came in (no id, no day): rows in the order they came in would tie them to
 * the colleagues one saw answering. Its tally goes along as it is (it follows from the answers).
 * Without raw answers, a closed one's tally goes cut down to what its results page shows, so the
 * import shows the same results. Of a survey or check still open, nothing: its page shows no
 * results yet, and two exports a day apart would show the answers given in between.
 */
function exportedAnswers(parents: Rows, answers: Rows, tallies: Rows, of: string, expired: Set<string>, cutDown: (parent: Record<string, unknown>, tally: Rows) => object[]) {
  const closed = new Map(parents.filter((p) => p.status === 'closed').map((p) => [p.id as string, p]));
  const raw = (id: string) => closed.has(id) && !expired.has(id);
  const tallyOf = new Map<string, Rows>();
  for (const t of tallies) {
    const id = t[of] as string;
    tallyOf.set(id, tallyOf.get(id) ?? []).get(id)!.push(t);
  }
  return {
    answers: shuffled(answers.filter((a) => raw(a[of] as string)), below),
    tallies: [...tallyOf].flatMap(([id, tally]) => (raw(id) ? tally : closed.has(id) ? cutDown(closed.get(id)!, tally).map((t) => ({ [of]: id, ...t })) : [])),
  };
}

/**
 * Raw answers as the import stores them: in a random order, with new ids (the database's), and as
 * their day the day their survey or check closed (older exports carry the real days, in order).
 */
function storedAnswers<R extends { id?: string; submittedOn?: string }>(rows: R[], parentOf: (row: R) => string, parents: { id: string; closedAt: string | null }[], now: Date) {
  const closedAt = new Map(parents.map((p) => [p.id, p.closedAt]));
  return shuffled(rows, below).map((answer) => {
    const { id: _, submittedOn: __, ...row } = answer;
    const closed = closedAt.get(parentOf(answer));
    return { ...row, submittedOn: amsterdamDay(closed ? new Date(closed) : now) };
  });
}

/**
 * A round (survey or knowledge check) as an import stores it, when the document predates its
 * release rules. One that opened keeps the organisation's minimum of the export: following the
 * minimum of the day, lowering it would release a second view whose difference isolates a small
 * group. One still open gets a fresh noise seed: without noise, answers stuffed into a colleague's
 * group and subtracted give the colleague's answers back exactly. A closed one stays without
 * noise: its exact figures were shown already.
 */
function withReleaseFixings<R extends { status: string; minGroupSize?: number | null; noiseSeed?: string | null }>(round: R, organisationMinimum: number): R {
  if (round.status === 'draft') return round;
  const opening = fixingsAtOpening(organisationMinimum);
  return { ...round, minGroupSize: round.minGroupSize ?? opening.minGroupSize, noiseSeed: round.noiseSeed ?? (round.status === 'open' ? opening.noiseSeed : null) };
}

export function createTransferService(
  db: Database,
  deps: { secret: string; audit: AuditService; auth: AuthService; organisations: OrganisationService; retention: RetentionService; knowledge: KnowledgeService },
) {
  return {
    /** Everything the organisation holds, as one document; one transaction, so it is consistent. */
    export(actor: SessionActor, now = new Date()): Promise<OrganisationDocument> {
      if (!organisationPolicy.transfer(actor)) throw forbidden();
      return db.transaction(async (tx) => {
        const organisation = await deps.organisations.byId(tx, actor.organisationId);
        const retention = await deps.retention.settingsOf(tx, organisation.id);
        const expired = await deps.retention.expiredIds(tx, organisation.id, retention, now);
        const tables = {} as Record<TableKey, Rows>;
        for (const { key } of TABLES) tables[key] = await transferRepository.rows(tx, key, organisation.id);
        // Cut down by the results pages' own rule, with the minimum each survey or check opened with.
        const minimum = (round: Record<string, unknown>) => (round.minGroupSize as number | null) ?? organisation.minGroupSize;
        const surveys = exportedAnswers(tables.surveys, tables.surveyResponses, tables.surveyTallies, 'surveyId', expired.survey, (survey, tally) =>
          disclosedSurveyTally(tally as unknown as TallyCell[], SurveyDefinition.parse(survey.definition).groups.length, minimum(survey)),
        );
        const checks = exportedAnswers(tables.knowledgeChecks, tables.knowledgeCheckResponses, tables.knowledgeCheckTallies, 'checkId', expired.knowledge_check, (check, tally) =>
          disclosedCheckTally(
            CheckDefinitionBody.parse(check.definition).departments,
            tally.map((t) => ({ department: t.department === '' ? null : (t.department as string), answers: t.answers as number[], n: t.n as number })),
            minimum(check),
          ).map((c) => ({ ...c, department: c.department ?? '' })),
        );
        [tables.surveyResponses, tables.surveyTallies] = [surveys.answers, surveys.tallies];
        [tables.knowledgeCheckResponses, tables.knowledgeCheckTallies] = [checks.answers, checks.tallies];
        const document = {
          format: DOCUMENT_FORMAT,
          version: DOCUMENT_VERSION,
          exportedAt: now.toISOString(),
          organisation: {
            name: organisation.name,
            minGroupSize: organisation.minGroupSize,
            defaultLocale: organisation.defaultLocale,
            breachReportRequiresLogin: organisation.breachReportRequiresLogin,
            apDetails: readApDetails(organisation.apDetails),
            ...retention,
          },
          ...tables,
        } as OrganisationDocument;
        await deps.audit.record(tx, asAuditActor(actor), { action: 'organisation.export', entity: 'organisation', entityId: organisation.id, after: countsOf(document) });
        return document;
      });
    },

    /**
     * A new installation takes over an exported organisation, in one transaction: fresh ids for
     * everything, new links for surveys and knowledge checks. Passwords do not travel: the importer
     * becomes an active administrator with the password given here; everyone else is invited again
     * (the administrator sends new invitation links from the users page), deactivated accounts stay so.
     */
    async import(input: ImportInput) {
      const { document } = input;
      assertAcceptablePassword(input.password, [input.name, input.email, document.organisation.name], 'password');
      const dangling = findDanglingReference(document);
      if (dangling) throw invalid('importReference', `document.${dangling}`);
      const email = input.email.trim().toLowerCase();
      const passwordHash = await hashPassword(input.password);
      const now = new Date();
      try {
        return await db.transaction(async (tx) => {
          if (await deps.organisations.hasRealOrganisation(tx)) throw conflict('setupDone');
          if (!(await setupRepository.useToken(tx, hashToken(input.token, deps.secret), now))) throw setupTokenRefused();
          const { surveyResponsesMonths, knowledgeResponsesMonths, ...settings } = document.organisation;
          const organisation = await deps.organisations.create(tx, { ...settings, name: settings.name.trim() });
          if (surveyResponsesMonths !== null || knowledgeResponsesMonths !== null) {
            await deps.retention.setFor(tx, organisation.id, { surveyResponsesMonths, knowledgeResponsesMonths });
          }

          const rows = withFreshIds(document, randomUUID);
          const importer = rows.users.find((u) => u.email.toLowerCase() === email);
          rows.users = rows.users.map((u) => ({ ...u, email: u.email.toLowerCase(), status: u.status === 'deactivated' ? 'deactivated' : 'invited' }));
          // A document from before the confirmation of awareness: a closed breach keeps its moment as confirmed, as migration 0012 does.
          rows.breaches = rows.breaches.map((b) => (b.status === 'closed' && b.awareConfirmedAt === null ? { ...b, awareConfirmedAt: b.updatedAt } : b));
          rows.surveyResponses = storedAnswers(rows.surveyResponses, (r) => r.surveyId, rows.surveys, now);
          rows.knowledgeCheckResponses = storedAnswers(rows.knowledgeCheckResponses, (r) => r.checkId, rows.knowledgeChecks, now);
          // A document from before the public references: each breach gets one, as migration 0013 gave them.
          rows.breaches = rows.breaches.map((b) => ({ ...b, publicReference: b.publicReference ?? newPublicReference() }));
          // A document from before the release rules: what migration 0013 gave rounds of the day (docs/anonymity.md).
          rows.surveys = rows.surveys.map((s) => withReleaseFixings(s, document.organisation.minGroupSize));
          rows.knowledgeChecks = rows.knowledgeChecks.map((c) => withReleaseFixings(c, document.organisation.minGroupSize));
          // A follow-up survey points at its baseline: baselines go in first.
          rows.surveys.sort((a, b) => Number(a.baselineSurveyId !== null) - Number(b.baselineSurveyId !== null));
          for (const { key } of TABLES) {
            const extra = key === 'surveys' || key === 'knowledgeChecks' ? () => ({ publicSlug: randomToken(16) }) : () => ({});
            await transferRepository.insert(tx, key, organisation.id, (rows[key] as Record<string, unknown>[]).map((r) => ({ ...r, ...extra() })));
          }
          // A document from before the knowledge-check tallies: closed checks get theirs from the answers.
          const tallied = new Set(rows.knowledgeCheckTallies.map((t) => t.checkId));
          for (const check of rows.knowledgeChecks) if (check.status === 'closed' && !tallied.has(check.id)) await deps.knowledge.tally(tx, check.id);

          const adminFields = { name: input.name.trim(), passwordHash, status: 'active' as const, lastLoginAt: now };
          const user = importer
            ? await usersRepository.update(tx, organisation.id, importer.id, { ...adminFields, roles: [...new Set<Role>([...importer.roles, 'admin'])] })
            : await usersRepository.insert(tx, { ...adminFields, organisationId: organisation.id, email, roles: ['admin', 'coordinator'] });
          await deps.audit.record(
            tx,
            { userId: user.id, organisationId: organisation.id, name: user.name },
            { action: 'organisation.import', entity: 'organisation', entityId: organisation.id, after: { exportedAt: document.exportedAt, admin: user.email, ...countsOf(document) } },
          );
          return deps.auth.startSession(tx, user, organisation, now);
        });
      } catch (error) {
        // An address in the document that already has an account on this installation (e.g. in the demo).
        if (isUniqueViolation(error)) throw conflict('emailTaken', 'document.users');
        throw error;
      }
    },
  };
}
export type TransferService = ReturnType<typeof createTransferService>;
