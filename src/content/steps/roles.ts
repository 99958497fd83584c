import type { LocalizedText } from '../../core/locale.js';

/** Roles that recur in the who-does-what tables of the steps. */
export const ROLE = {
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
  stakeholders: { nl: 'Belanghebbenden', en: 'Stakeholders' },
} satisfies Record<string, LocalizedText>;
