import type { nl } from '../nl/index.js';
import type { Translation } from '../types.js';
import { audit } from './audit.js';
import { worksheets } from './worksheets/index.js';
import { auth } from './auth.js';
import { common } from './common.js';
import { navigator } from './navigator.js';
import { programmes } from './programmes.js';
import { settings } from './settings.js';
import { surveys } from './surveys.js';
import { interventions } from './interventions.js';
import { library } from './library.js';
import { users } from './users.js';
import { execution } from './execution.js';
import { anchoring } from './anchoring.js';
import { dashboard } from './dashboard.js';
import { measurement } from './measurement.js';
import { measurementPlan } from './measurementPlan.js';
import { reports } from './reports.js';
import { knowledge } from './knowledge.js';
import { breaches } from './breaches.js';
import { masterclass } from './masterclass.js';
import { mcAssignments } from './mcAssignments.js';
import { mcExchange } from './mcExchange.js';
import { mcPractice } from './mcPractice.js';

export const en: Translation<typeof nl> = {
  common,
  auth,
  programmes,
  navigator,
  users,
  audit,
  settings,
  worksheets,
  surveys,
  interventions,
  library,
  execution,
  measurement,
  measurementPlan,
  anchoring,
  dashboard,
  reports,
  knowledge,
  breaches,
  masterclass,
  mcAssignments,
  mcExchange,
  mcPractice,
};
