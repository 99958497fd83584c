import { randomInt, randomUUID } from 'node:crypto';
import { readApDetails } from '#core/breach/ap-details.js';
import { shuffled } from '#core/export/answers.js';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  TABLES,
  findDanglingReference,
  findDuplicateKey,
  withFreshIds,
  type OrganisationDocument,
  type TableKey,
} from '#core/export/document.js';
import { organisationPolicy } from '#core/policies/index.js';
import type { Role } from '#core/roles.js';
import { readSector } from '#core/sector.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, invalid } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { assertAcceptablePassword, hashPassword } from '../../security/passwords.js';
import { fixingsAtOpening } from '../../security/release-rules.js';
import { hashToken, randomToken } from '../../security/tokens.js';
import type { SessionActor } from '../../context.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { newPublicReference } from '../breaches/report.service.js';
import type { KnowledgeService } from '../knowledge/service.js';
import type { OrganisationService } from '../organisation/service.js';
import type { RetentionService } from '../retention/service.js';
import type { SessionsService } from '../sessions/service.js';
import type { SurveysService } from '../surveys/service.js';
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

/** A uniform whole number in [0, n) from the operating system's random source, for shuffling answers. */
const below = (n: number) => randomInt(n);

/**
 * Raw answers as the import stores them: in a random order, with new ids (the database's), and as
 * their day the day their survey or check closed (older exports carry the real days, in order).
 */
function storedAnswers<R extends { id?: string; submittedOn?: string }>(
  rows: R[],
  parentOf: (row: R) => string,
  parents: { id: string; closedAt: string | null }[],
  now: Date,
) {
  const closedAt = new Map(parents.map((p) => [p.id, p.closedAt]));
  return shuffled(rows, below).map((answer) => {
    const { id: _, submittedOn: __, ...row } = answer;
    const closed = closedAt.get(parentOf(answer));
    return { ...row, submittedOn: amsterdamDay(closed ? new Date(closed) : now) };
  });
}

/**
 * A round (survey or knowledge check) as an import stores it. One that opened keeps the minimum it
 * opened with or, in a document from before the release rules, the export's organisation minimum:
 * following the minimum of the day, lowering it would release a second view whose difference
 * isolates a small group. One still open gets a fresh noise seed, never one from the document
 * (whoever wrote that would know it and could take the noise back off). A closed one shows its
 * released results or, in a document from before them, its exact figures: those were shown already.
 */
function withReleaseFixings<R extends { status: string; minGroupSize?: number | null }>(
  round: R,
  organisationMinimum: number,
): R & { noiseSeed: string | null } {
  if (round.status === 'draft') return { ...round, noiseSeed: null };
  const opening = fixingsAtOpening(organisationMinimum);
  return { ...round, minGroupSize: round.minGroupSize ?? opening.minGroupSize, noiseSeed: round.status === 'open' ? opening.noiseSeed : null };
}

/** Answers and tallies never leave the server in an export (docs/anonymity.md): these tables go empty. */
const ANSWER_TABLES = new Set<TableKey>(['surveyResponses', 'surveyTallies', 'knowledgeCheckResponses', 'knowledgeCheckTallies']);

export function createTransferService(
  db: Database,
  deps: {
    secret: string;
    audit: AuditService;
    sessions: SessionsService;
    organisations: OrganisationService;
    retention: RetentionService;
    knowledge: KnowledgeService;
    surveys: SurveysService;
  },
) {
  return {
    /** Everything the organisation holds, as one document; one transaction, so it is consistent. */
    export(actor: SessionActor, now = new Date()): Promise<OrganisationDocument> {
      authorize(organisationPolicy.transfer, actor);
      return db.transaction(async (tx) => {
        const organisation = await deps.organisations.byId(tx, actor.organisationId);
        const retention = await deps.retention.settingsOf(tx, organisation.id);
        const tables = {} as Record<TableKey, Record<string, unknown>[]>;
        for (const { key } of TABLES) tables[key] = ANSWER_TABLES.has(key) ? [] : await transferRepository.rows(tx, key, organisation.id);
        // Exact counts or a seed would let an admin who padded a colleague's group with known
        // answers take them back out: a closed round travels with its results as released, an
        // open one with none.
        for (const survey of tables.surveys) {
          survey.releasedResults =
            survey.status === 'closed'
              ? await deps.surveys.exportedResults(tx, organisation.id, survey as { id: string; programmeId: string }, organisation.minGroupSize)
              : null;
        }
        for (const check of tables.knowledgeChecks) {
          check.releasedResults =
            check.status === 'closed' ? await deps.knowledge.exportedResults(tx, organisation.id, check.id as string, organisation.minGroupSize) : null;
        }
        const document = {
          format: DOCUMENT_FORMAT,
          version: DOCUMENT_VERSION,
          exportedAt: now.toISOString(),
          organisation: {
            name: organisation.name,
            minGroupSize: organisation.minGroupSize,
            defaultLocale: organisation.defaultLocale,
            sector: readSector(organisation.sector),
            breachReportRequiresLogin: organisation.breachReportRequiresLogin,
            apDetails: readApDetails(organisation.apDetails),
            firstRunDismissedAt: organisation.firstRunDismissedAt?.toISOString() ?? null,
            ...retention,
          },
          ...tables,
        } as OrganisationDocument;
        await deps.audit.record(tx, asAuditActor(actor), {
          action: 'organisation.export',
          entity: 'organisation',
          entityId: organisation.id,
          after: countsOf(document),
        });
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
      const duplicate = findDuplicateKey(document);
      if (duplicate) throw invalid('importDuplicateKey', `document.${duplicate}`);
      const email = input.email.trim().toLowerCase();
      const passwordHash = await hashPassword(input.password);
      const now = new Date();
      try {
        return await db.transaction(async (tx) => {
          if (await deps.organisations.hasRealOrganisation(tx)) throw conflict('setupDone');
          if (!(await setupRepository.useToken(tx, hashToken(input.token, deps.secret), now))) throw setupTokenRefused();
          const { surveyResponsesMonths, knowledgeResponsesMonths, firstRunDismissedAt, ...settings } = document.organisation;
          const organisation = await deps.organisations.create(tx, {
            ...settings,
            name: settings.name.trim(),
            firstRunDismissedAt: firstRunDismissedAt === null ? null : new Date(firstRunDismissedAt),
          });
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
          // Minimum and seed as docs/anonymity.md asks (a document from before the release rules gets what migration 0013 gave).
          rows.surveys = rows.surveys.map((s) => withReleaseFixings(s, document.organisation.minGroupSize));
          rows.knowledgeChecks = rows.knowledgeChecks.map((c) => withReleaseFixings(c, document.organisation.minGroupSize));
          // A follow-up survey points at its baseline: baselines go in first.
          rows.surveys.sort((a, b) => Number(a.baselineSurveyId !== null) - Number(b.baselineSurveyId !== null));
          for (const { key } of TABLES) {
            const extra = key === 'surveys' || key === 'knowledgeChecks' ? () => ({ publicSlug: randomToken(16) }) : () => ({});
            await transferRepository.insert(
              tx,
              key,
              organisation.id,
              (rows[key] as Record<string, unknown>[]).map((r) => ({ ...r, ...extra() })),
            );
          }
          // A document from before the knowledge-check tallies: closed checks get theirs from the answers.
          const tallied = new Set(rows.knowledgeCheckTallies.map((t) => t.checkId));
          for (const check of rows.knowledgeChecks)
            if (check.status === 'closed' && !check.releasedResults && !tallied.has(check.id)) await deps.knowledge.tally(tx, check.id);
          // A document from before the answers stayed home may carry an open round's answers: they are counted.
          await deps.surveys.recountOpen(tx, organisation.id);
          await deps.knowledge.recountOpen(tx, organisation.id);

          const adminFields = { name: input.name.trim(), passwordHash, status: 'active' as const, lastLoginAt: now };
          const user = importer
            ? await usersRepository.update(tx, organisation.id, importer.id, { ...adminFields, roles: [...new Set<Role>([...importer.roles, 'admin'])] })
            : await usersRepository.insert(tx, { ...adminFields, organisationId: organisation.id, email, roles: ['admin', 'coordinator'] });
          await deps.audit.record(
            tx,
            { userId: user.id, organisationId: organisation.id, name: user.name },
            {
              action: 'organisation.import',
              entity: 'organisation',
              entityId: organisation.id,
              after: { exportedAt: document.exportedAt, admin: user.email, ...countsOf(document) },
            },
          );
          return deps.sessions.start(tx, user, organisation, now);
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
