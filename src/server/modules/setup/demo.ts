import { DEFAULT_SECTOR, inSector, type Sector } from '#core/sector.js';
import type { SubstepKey } from '#core/steps.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { hashPassword } from '../../security/passwords.js';
import { randomToken } from '../../security/tokens.js';
import type { Services } from '../../services.js';
import { ALL_DEMO_LOGINS, DEMO_ACCOUNTS, DEMO_ORGANISATION_NAME, type DemoLoginOf } from './demo-accounts.js';
import { loadDemoBreaches } from './demo-breaches.js';
import { loadDemoExecution } from './demo-execution.js';
import { loadDemoInterventions } from './demo-interventions.js';
import { loadDemoMasterclass } from './demo-masterclass.js';
import { loadDemoResults } from './demo-results.js';
import { demoStory } from './demo-story.js';
import { BASELINE_LEVELS, answerDemoSurvey, demoSurveyAnswers, demoSurveyDefinitionIn } from './demo-survey.js';
import { createDemoUsers, demoActor, type DemoTeam } from './demo-team.js';
import { demoWorksheets } from './demo-worksheets.js';

export { DEMO_ORGANISATION_NAME } from './demo-accounts.js';

/** What the console prints once the demo is loaded: every login with its roles and organisation, the one password and the sector. */
export interface DemoLogin {
  password: string;
  accounts: readonly DemoLoginOf[];
  sector: Sector;
}

/** Where the demo programme stands: steps 1–4 done (3.2's interviews left out), 5 and 6 under way, the final report still to come. */
const DONE: SubstepKey[] = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4'];
const UNDER_WAY: SubstepKey[] = ['5.1', '5.2', '5.3', '6.1', '6.2'];

type DemoServices = Pick<
  Services,
  | 'audit'
  | 'organisations'
  | 'programmes'
  | 'roleTables'
  | 'substeps'
  | 'surveys'
  | 'surveyResponses'
  | 'interventions'
  | 'execution'
  | 'communication'
  | 'checkins'
  | 'measurement'
  | 'anchoring'
  | 'breachReports'
  | 'breachRegister'
>;

/**
 * Loads the clearly marked demo organisation with one programme well under way, once: worksheets
 * for steps 1–3, a closed baseline survey, chosen interventions, actions, a check-in, KPIs, a
 * follow-up survey and the anchoring checklist, all dated around today so the demo looks current.
 * Everything goes through the services, as a person would do it; only the surveys are dated back
 * afterwards. The password is random per installation (printed in the console) so a forgotten
 * demo is not an open door. The texts use the sector's word for whom the organisation cares for.
 * With it come the demo masterclass's training organisation and two more demo organisations
 * (demo-masterclass.ts), all with the same password.
 */
export async function loadDemo(
  db: Database,
  deps: DemoServices,
  { password = randomToken(12), sector = DEFAULT_SECTOR }: { password?: string; sector?: Sector } = {},
): Promise<DemoLogin | null> {
  if (await deps.organisations.demoOrganisation()) return null;
  // One hash for every demo account, made once (demo-team.ts createDemoUsers).
  const passwordHash = await hashPassword(password);
  const { organisation, accounts } = await db.transaction(async (tx) => {
    const organisation = await deps.organisations.create(tx, { name: DEMO_ORGANISATION_NAME, isDemo: true, sector });
    const accounts = await createDemoUsers(tx, organisation.id, DEMO_ACCOUNTS, passwordHash);
    await deps.audit.record(
      tx,
      { userId: null, organisationId: organisation.id, name: 'Wegwijs' },
      {
        action: 'organisation.demo_load',
        entity: 'organisation',
        entityId: organisation.id,
      },
    );
    return { organisation, accounts };
  });

  const [, coordinator, member] = accounts;
  const team: DemoTeam = {
    lead: demoActor(organisation.id, coordinator!, DEMO_ACCOUNTS[1]!.roles),
    colleague: demoActor(organisation.id, member!, DEMO_ACCOUNTS[2]!.roles),
  };
  const { lead } = team;
  const today = amsterdamDay();
  const story = demoStory(sector);
  const programme = await deps.programmes.create(lead, {
    title: 'Datalekken sneller melden',
    problem: inSector(
      `${story.where} worden datalekken (zoals ${story.breachExample}) laat of niet gemeld. Daardoor halen we de meldtermijn van 72 uur niet altijd.`,
      sector,
    ),
  });
  // The colleague gets access by being on 1.2, the one core-team list, saved below.
  const sheets = demoWorksheets({ coordinatorId: coordinator!.id, memberId: member!.id }, today, sector);
  const notes: Partial<Record<keyof typeof sheets, string>> = {
    '1.1': 'Gekozen uit de incidentregistratie en de interne audit: het aantal meldingen is laag, terwijl de audit meerdere niet-gemelde incidenten vond.',
  };
  for (const key of Object.keys(sheets) as (keyof typeof sheets)[]) {
    await deps.substeps.save(lead, programme.id, key, { baseVersion: 0, notes: notes[key] ?? '', fields: sheets[key] });
  }

  // Who does what in step 4, as the team set it: the team manager and an external adviser consulted.
  await deps.roleTables.save(lead, programme.id, 4, {
    responsible: [{ role: 'projectLead' }],
    accountable: [{ role: 'board' }],
    consulted: [{ role: 'careStaff' }, { role: 'teamManager' }, { role: 'communication' }, { role: 'externalAdviser' }],
    informed: [{ role: 'stakeholders' }, { text: 'Cliëntenraad' }],
  });

  // The survey of behavioural factors, closed before the interventions, so the results in 3.3 can be seen at once.
  const baseline = await deps.surveys.create(lead, programme.id, {
    title: 'Vragenlijst gedragsfactoren: datalekken melden',
    linkEnabled: true,
    definition: demoSurveyDefinitionIn(sector),
  });
  await answerDemoSurvey(db, deps, lead, programme.id, baseline, demoSurveyAnswers(BASELINE_LEVELS, 60), 'baseline', today);

  // The breach register of the year behind the programme, which its KPI and the board's figures read.
  await loadDemoBreaches(db, deps, lead, { breachSlug: organisation.breachSlug, sector });
  const chosen = await loadDemoInterventions(deps, team, programme.id, today, story);
  await loadDemoExecution(deps, team, programme.id, chosen, today, story);
  await loadDemoResults(db, deps, team, programme.id, { baselineSurveyId: baseline.id, chosen }, today, story);
  for (const key of DONE) await deps.substeps.setStatus(lead, programme.id, key, 'done');
  for (const key of UNDER_WAY) await deps.substeps.setStatus(lead, programme.id, key, 'in_progress');

  // The demo masterclass: a trainer, two more organisations, and a cohort this programme takes part in.
  await loadDemoMasterclass(db, deps, {
    main: { organisationId: organisation.id, name: DEMO_ORGANISATION_NAME, sector, programmeId: programme.id, team },
    passwordHash,
    today,
  });
  return { password, accounts: ALL_DEMO_LOGINS, sector };
}
