import type { LocalizedText } from '#core/locale.js';
import type { StepRole } from '#core/role-table.js';

/** The roles that recur in the who-does-what tables of the steps, as the tables show them. */
export const ROLE_LABELS = {
  projectLead: { nl: 'Trajectleider (privacy officer, CISO of security officer)', en: 'Programme lead (privacy officer, CISO or security officer)' },
  coreTeam: { nl: 'Kernteam', en: 'Core team' },
  board: { nl: 'Bestuurder (sponsor)', en: 'Board member (sponsor)' },
  securityOfficer: { nl: 'Security officer', en: 'Security officer' },
  dpo: { nl: 'Functionaris gegevensbescherming (FG)', en: 'Data protection officer (DPO)' },
  careStaff: { nl: 'Zorgmedewerkers uit de doelgroep', en: 'Care staff from the target group' },
  teamManager: { nl: 'Teammanager', en: 'Team manager' },
  applicationManager: { nl: 'Applicatiebeheerder', en: 'Application manager' },
  communication: { nl: 'Communicatieadviseur', en: 'Communication adviser' },
  training: { nl: 'Opleidingsadviseur (HR/leren)', en: 'Training adviser (HR/learning)' },
  // Optional in the Wegwijzer's tables: no step has one by default, a team adds one when it hires one.
  externalAdviser: { nl: 'Externe adviseur', en: 'External adviser' },
  worksCouncil: { nl: 'Ondernemingsraad (OR)', en: 'Works council' },
  stakeholders: { nl: 'Belanghebbenden', en: 'Stakeholders' },
} satisfies Record<StepRole, LocalizedText>;
