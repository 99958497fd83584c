import { useQuery } from '@tanstack/react-query';
import type { AnchoringProgress } from '../../../core/anchoring/checklist.js';
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
  actions: ActionSummary;
  nextCheckin: string | null;
  lastCheckin: string | null;
  kpis: DashboardKpi[];
  anchoring: AnchoringProgress;
}

export const useDashboard = () =>
  useQuery({ queryKey: ['dashboard'], queryFn: () => get<{ today: string; programmes: DashboardProgramme[] }>('/api/dashboard') });
