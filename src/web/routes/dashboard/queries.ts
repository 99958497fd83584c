import { useQuery } from '@tanstack/react-query';
import type { AnchoringProgress } from '../../../core/anchoring/checklist.js';
import type { MonthFigures } from '../../../core/breach/statistics.js';
import type { ProgrammeStatus } from '../../../core/dashboard/status.js';
import type { ActionSummary } from '../../../core/execution/actions.js';
import type { Attention } from '../../../core/execution/attention.js';
import type { KpiDirection, KpiStatus, Measurement } from '../../../core/measurement/kpis.js';
import type { Progress, StepNumber } from '../../../core/steps.js';
import { get } from '../../lib/api.js';

export interface DashboardKpi {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  baseline: number | null;
  target: number | null;
  targetDate: string | null;
  latest: Measurement | null;
  status: KpiStatus;
  /** The KPI's line as 6.1 draws it, oldest first. */
  points: Measurement[];
}

/** One programme as the board sees it (GET /api/dashboard). */
export interface DashboardProgramme {
  id: string;
  title: string;
  status: 'active' | 'archived';
  updatedAt: string;
  currentStep: StepNumber;
  progress: Progress;
  attention: Attention;
  /** On track or needs attention, with the reasons; null once archived. */
  standing: ProgrammeStatus | null;
  actions: ActionSummary;
  nextCheckin: string | null;
  lastCheckin: string | null;
  kpis: DashboardKpi[];
  anchoring: AnchoringProgress;
}

/** The breach register's figures over the last twelve complete months, for those who may see them. */
export interface BreachFigures {
  months: MonthFigures[];
  total: Omit<MonthFigures, 'month'>;
}

export interface Dashboard {
  today: string;
  programmes: DashboardProgramme[];
  /** Null for a role that may not see the register's figures. */
  breaches: BreachFigures | null;
}

export const useDashboard = () => useQuery({ queryKey: ['dashboard'], queryFn: () => get<Dashboard>('/api/dashboard') });
