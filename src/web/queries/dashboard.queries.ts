import { useQuery } from '@tanstack/react-query';
import type { Dashboard } from '#contract/dashboard.js';
import { get } from '../lib/api.js';

export type { BreachFigures } from '#contract/breaches.js';
export type { DashboardKpi, DashboardProgramme } from '#contract/dashboard.js';

export const useDashboard = () => useQuery({ queryKey: ['dashboard'], queryFn: () => get<Dashboard>('/api/dashboard') });
