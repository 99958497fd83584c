import { z } from 'zod';
import { Diagnosis, diagnosisMissing, emptyDiagnosis } from '../research/diagnosis.js';
import { FactorResearch, emptyFactorResearch, factorResearchMissing, redactInterviews } from '../research/interviews.js';
import type { SubstepKey } from '../steps.js';
import { BehaviourList, behaviourListMissing, emptyBehaviourList } from './behaviours.js';
import { CoreTeam, coreTeamMissing, emptyCoreTeam } from './core-team.js';
import { StorableJson, plainText, type Missing } from './fields.js';
import { Planning, emptyPlanning, planningMissing } from './planning.js';
import { Prioritisation, emptyPrioritisation, prioritisationMissing } from './prioritisation.js';
import { ProblemInventory, emptyProblemInventory, problemInventoryMissing } from './problem-inventory.js';
import { Stakeholders, emptyStakeholders, stakeholdersMissing } from './stakeholders.js';
import { TargetBehaviour, emptyTargetBehaviour, targetBehaviourMissing } from './target-behaviour.js';

/** The structured worksheets by sub-step: what may be saved, and an empty start. */
export const WORKSHEETS = {
  '1.1': { schema: ProblemInventory, empty: emptyProblemInventory },
  '1.2': { schema: CoreTeam, empty: emptyCoreTeam },
  '1.3': { schema: Stakeholders, empty: emptyStakeholders },
  '1.4': { schema: Planning, empty: emptyPlanning },
  '2.1': { schema: BehaviourList, empty: emptyBehaviourList },
  '2.2': { schema: Prioritisation, empty: emptyPrioritisation },
  '2.3': { schema: TargetBehaviour, empty: emptyTargetBehaviour },
  '3.2': { schema: FactorResearch, empty: emptyFactorResearch },
  '3.4': { schema: Diagnosis, empty: emptyDiagnosis },
} as const;

/**
 * One stored version of a sub-step's worksheet: the notes and, for a sub-step with a form, its
 * fields. Fields are read back through `readFields`, which lets those of an older schema start
 * empty, so any JSON is readable there; the notes are shown as they are.
 */
export const StoredWorksheet = z.strictObject({ notes: plainText(), fields: StorableJson.optional() });
/** A stored version as read back: its fields stay unknown until `readFields` reads them, as they may be of an older form. */
export type StoredWorksheet = { notes: string; fields?: unknown };

export type WorksheetKey = keyof typeof WORKSHEETS;
export type WorksheetFields<K extends WorksheetKey> = z.infer<(typeof WORKSHEETS)[K]['schema']>;
/** The latest saved fields of a programme's worksheets; a worksheet never saved is absent. */
export type WorksheetSet = { [K in WorksheetKey]?: WorksheetFields<K> };

export const WORKSHEET_KEYS = Object.keys(WORKSHEETS) as WorksheetKey[];

export function hasWorksheet(key: SubstepKey): key is SubstepKey & WorksheetKey {
  return key in WORKSHEETS;
}

/**
 * When a worksheet is complete enough to call its sub-step done. Some rules read another worksheet
 * of the same programme (2.2 rates the behaviours of 2.1), so each gets the whole set.
 */
const COMPLETENESS: Record<WorksheetKey, (s: WorksheetSet) => Missing[]> = {
  '1.1': (s) => problemInventoryMissing(get(s, '1.1')),
  '1.2': (s) => coreTeamMissing(get(s, '1.2')),
  '1.3': (s) => stakeholdersMissing(get(s, '1.3')),
  '1.4': (s) => planningMissing(get(s, '1.4')),
  '2.1': (s) => behaviourListMissing(get(s, '2.1')),
  '2.2': (s) => prioritisationMissing(get(s, '2.2'), get(s, '2.1')),
  '2.3': (s) => targetBehaviourMissing(get(s, '2.3')),
  '3.2': (s) => factorResearchMissing(get(s, '3.2')),
  '3.4': (s) => diagnosisMissing(get(s, '3.4')),
};

/** A worksheet's saved fields, or its empty start. */
export function get<K extends WorksheetKey>(set: WorksheetSet, key: K): WorksheetFields<K> {
  return (set[key] ?? WORKSHEETS[key].empty()) as WorksheetFields<K>;
}

/**
 * Reads stored fields back through the schema. Something that no longer fits (written by an older
 * version of the schema) starts empty rather than breaking the page; its versions keep the original.
 */
export function readFields<K extends WorksheetKey>(key: K, stored: unknown): WorksheetFields<K> | undefined {
  if (stored === undefined || stored === null) return undefined;
  const parsed = WORKSHEETS[key].schema.safeParse(stored);
  return parsed.success ? (parsed.data as WorksheetFields<K>) : undefined;
}

/**
 * Worksheets with parts only those who work on the programme read, and what everyone else (a viewer,
 * the audit log) gets instead: 3.2 without what identifies an interviewee or what they said.
 */
const REDACTIONS: { [K in WorksheetKey]?: (fields: WorksheetFields<K>) => WorksheetFields<K> } = {
  '3.2': redactInterviews,
};

export const hasRedaction = (key: SubstepKey): boolean => key in REDACTIONS;

/**
 * Stored fields as a reader who does not work on the programme gets them. Fields that no longer fit
 * the schema are left out whole: what in them must be withheld cannot be told.
 */
export function redactedFields(key: WorksheetKey, stored: unknown): unknown {
  const redact = REDACTIONS[key] as ((fields: unknown) => unknown) | undefined;
  if (!redact) return stored;
  const fields = readFields(key, stored);
  return fields === undefined ? null : redact(fields);
}

/** What keeps a sub-step from "done"; sub-steps without a structured worksheet have no requirements. */
export function worksheetMissing(key: SubstepKey, set: WorksheetSet): Missing[] {
  return hasWorksheet(key) ? COMPLETENESS[key](set) : [];
}

export type { Missing } from './fields.js';

/** The set of a programme's worksheets from their latest stored fields. */
export function collectWorksheets(entries: readonly { key: string; fields: unknown }[]): WorksheetSet {
  const set: Record<string, unknown> = {};
  for (const { key, fields } of entries) {
    if (key in WORKSHEETS) set[key] = readFields(key as WorksheetKey, fields);
  }
  return set as WorksheetSet;
}

/** Why each structured worksheet of a programme is not complete yet (an empty list: it is). */
export function completeness(set: WorksheetSet): Record<WorksheetKey, Missing[]> {
  return Object.fromEntries(WORKSHEET_KEYS.map((k) => [k, COMPLETENESS[k](set)])) as Record<WorksheetKey, Missing[]>;
}
