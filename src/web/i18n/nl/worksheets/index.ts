import { behaviours } from './behaviours.js';
import { fieldNames, missing, worksheetCommon } from './common.js';
import { diagnosis } from './diagnosis.js';
import { planning } from './planning.js';
import { priorities } from './priorities.js';
import { problems } from './problems.js';
import { research } from './research.js';
import { stakeholders } from './stakeholders.js';
import { target } from './target.js';
import { team } from './team.js';

export const worksheets = {
  ...worksheetCommon,
  missing,
  fieldNames,
  problems,
  team,
  stakeholders,
  planning,
  behaviours,
  priorities,
  target,
  research,
  diagnosis,
};
