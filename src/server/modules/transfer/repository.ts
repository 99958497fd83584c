import { eq, getTableColumns, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { documentColumns, type TableKey } from '#core/export/document.js';
import type { Database } from '../../db/client.js';
import * as schema from '../../db/schema.js';

type OwnedTable = PgTable & { organisationId: Column };

/** The database table behind each part of the document. */
export const TABLE_OF: Record<TableKey, OwnedTable> = {
  users: schema.users,
  ssoIdentities: schema.ssoIdentities,
  programmes: schema.programmes,
  programmeMembers: schema.programmeMembers,
  substepStates: schema.substepStates,
  worksheetVersions: schema.worksheetVersions,
  surveys: schema.surveys,
  surveyTallies: schema.surveyTallies,
  surveyResponses: schema.surveyResponses,
  organisationInterventions: schema.organisationInterventions,
  interventionCandidates: schema.interventionCandidates,
  candidateVotes: schema.candidateVotes,
  apeaseRatings: schema.apeaseRatings,
  checkins: schema.checkins,
  actions: schema.actions,
  communicationItems: schema.communicationItems,
  kpis: schema.kpis,
  kpiMeasurements: schema.kpiMeasurements,
  measurementPlans: schema.measurementPlans,
  stepRoleTables: schema.stepRoleTables,
  anchoringItems: schema.anchoringItems,
  breaches: schema.breaches,
  breachSequences: schema.breachSequences,
  breachDecisions: schema.breachDecisions,
  breachApFollowUps: schema.breachApFollowUps,
  knowledgeChecks: schema.knowledgeChecks,
  knowledgeCheckTallies: schema.knowledgeCheckTallies,
  knowledgeCheckResponses: schema.knowledgeCheckResponses,
  auditLog: schema.auditLog as unknown as OwnedTable,
};

/** PostgreSQL takes at most 65,535 parameters per statement. */
const MAX_PARAMETERS = 30_000;

export const transferRepository = {
  /** The organisation's rows of one table, with only the columns the document carries. */
  rows(db: Database, key: TableKey, organisationId: string): Promise<Record<string, unknown>[]> {
    const table = TABLE_OF[key];
    const columns = getTableColumns(table);
    const picked = Object.fromEntries(documentColumns(key).map((name) => [name, columns[name]!]));
    return db.select(picked).from(table).where(eq(table.organisationId, organisationId)) as Promise<Record<string, unknown>[]>;
  },

  /** Inserts rows as the document has them (moments as ISO text) into the organisation. */
  async insert(db: Database, key: TableKey, organisationId: string, rows: Record<string, unknown>[]) {
    if (rows.length === 0) return;
    const table = TABLE_OF[key];
    const columns = getTableColumns(table);
    const values = rows.map((row) => {
      const value: Record<string, unknown> = { organisationId };
      for (const [name, v] of Object.entries(row)) value[name] = columns[name]?.dataType === 'date' && typeof v === 'string' ? new Date(v) : v;
      return value;
    });
    const batch = Math.max(1, Math.floor(MAX_PARAMETERS / (Object.keys(values[0]!).length + 1)));
    for (let i = 0; i < values.length; i += batch) await db.insert(table).values(values.slice(i, i + batch) as never);
  },
};
