import type { ComponentType } from 'react';
import type { TextsUnder } from '../../i18n/keys.js';
import type { CohortDetail } from '../../queries/masterclass.queries.js';
import { AssignmentsTab } from './assignments/AssignmentsTab.js';
import { BoardTab } from './BoardTab.js';
import { ExchangeTab } from './exchange/ExchangeTab.js';
import { MembersTab } from './MembersTab.js';
import { PracticeTab, showsPractice } from './practice/PracticeTab.js';
import { ProgrammeTab } from './ProgrammeTab.js';
import { SharingTab } from './SharingTab.js';

/** One tab of the cohort page: its address (/masterclass/:id/<path>), its name, who sees it and its panel. */
export interface CohortTab {
  path: string;
  /** Its name under masterclass.tabs. */
  label: TextsUnder<'masterclass.tabs'>;
  /** Whether the caller sees it, from what the cohort answer says of them (`you`). */
  shows: (cohort: CohortDetail) => boolean;
  Panel: ComponentType<{ cohort: CohortDetail }>;
}

/**
 * The cohort page's tabs, in order; the first one the caller sees opens by default. A new part of the
 * masterclass (assignments, role-play practice, the exchange) is one entry here and its name in
 * masterclass.tabs (nl and en).
 */
export const COHORT_TABS: CohortTab[] = [
  { path: 'programme', label: 'programme', shows: () => true, Panel: ProgrammeTab },
  { path: 'assignments', label: 'assignments', shows: () => true, Panel: AssignmentsTab },
  { path: 'practice', label: 'practice', shows: showsPractice, Panel: PracticeTab },
  { path: 'members', label: 'members', shows: () => true, Panel: MembersTab },
  { path: 'board', label: 'board', shows: (c) => c.you.trainer, Panel: BoardTab },
  { path: 'sharing', label: 'sharing', shows: (c) => c.you.participationId !== null, Panel: SharingTab },
  { path: 'exchange', label: 'exchange', shows: () => true, Panel: ExchangeTab },
];
