import { GROUPING_PRESETS } from '#content/comb.js';
import type { LocalizedText } from '#core/locale.js';
import { allInSector, type Sector } from '#core/sector.js';

/** One of the demo's three places of work (a ward, a district team, a group home), as its texts name it. */
export interface DemoUnit {
  /** The option's id in the survey's department question. */
  id: string;
  /** Its name as a label: the survey option, the team list, a manager's title. */
  label: LocalizedText;
  /** Its name in a sentence, with the article it takes: "de interne geneeskunde", "wijkteam Noord". */
  the: string;
  /** The preposition for being there: "op de interne geneeskunde", "bij wijkteam Noord". */
  on: 'op' | 'bij' | 'in';
}

/**
 * The words that make the demo a hospital's, a home-care organisation's, a mental-health
 * organisation's, a disability-care organisation's or a forensic clinic's. The demo's texts are
 * written once, with these filled in; the care recipient's word comes from core/sector.ts.
 */
export interface DemoStory {
  units: readonly [DemoUnit, DemoUnit, DemoUnit];
  /** All three in one phrase: "interne geneeskunde, chirurgie en longziekten". */
  allUnits: string;
  /** What one of them is: "afdeling" (de), "wijkteam" (het); `on` as in "op alle drie de afdelingen". */
  unitWord: { one: string; many: string; article: 'de' | 'het'; on: DemoUnit['on'] };
  /** The survey's question which of them you work in. */
  unitQuestion: LocalizedText;
  /** Where the problem is, opening its sentence: "Op de verpleegafdelingen". */
  where: string;
  /** A breach typical of the sector: "een mail met patiëntgegevens aan de verkeerde ontvanger". */
  breachExample: string;
  /** The problem of screens left unlocked, told as it happens there. */
  unlockedScreen: string;
  /** Where others can look at a screen: "aan de afdelingsbalie". */
  peekPlace: string;
  /** Where the staff's own room is, once and more often: "de teampost", "de teamposten". */
  staffRoom: { one: string; many: string };
  /** The stakeholder who manages the units: "Teammanagers verpleegafdelingen". */
  managers: string;
  /** The core-team member from the care practice. */
  staffRole: string;
  /** The staff the campaign speaks to. */
  staff: string;
  /** The target behaviour's group, and the professions in it. */
  targetGroup: string;
  professions: string;
  /** Where they work when they find a breach: "op de afdeling". */
  workplace: string;
  /** The care record's short name. */
  record: 'EPD' | 'ECD';
  /**
   * The survey's profession options: the largest group first, then a smaller one, then the
   * smallest (demo-survey.ts answers them in that proportion).
   */
  surveyProfessions: readonly [SurveyOption, SurveyOption, SurveyOption];
}

type SurveyOption = { id: string; label: LocalizedText };

const profession = (id: string): SurveyOption => GROUPING_PRESETS.profession.options.find((o) => o.id === id)!;
const unit = (id: string, nl: string, en: string, the: string, on: DemoUnit['on']): DemoUnit => ({ id, label: { nl, en }, the, on });

/*
 * Wording per sector after the sector's own usage: wijkverpleging, zorgleefplan and ECD in the vvt;
 * FACT-team, kliniek and behandelaar in the ggz; woongroep, (persoonlijk) begeleider and
 * ondersteuningsplan in disability care; afdeling, sociotherapeut and verlof in a forensic clinic.
 */
const STORIES: Record<Sector, DemoStory> = {
  hospital: {
    units: [
      unit('interne', 'Interne geneeskunde', 'Internal medicine', 'de interne geneeskunde', 'op'),
      unit('chirurgie', 'Chirurgie', 'Surgery', 'de chirurgie', 'op'),
      unit('longziekten', 'Longziekten', 'Pulmonology', 'de longziekten', 'op'),
    ],
    allUnits: 'interne geneeskunde, chirurgie en longziekten',
    unitWord: { one: 'afdeling', many: 'afdelingen', article: 'de', on: 'op' },
    unitQuestion: GROUPING_PRESETS.department.question,
    where: 'Op de verpleegafdelingen',
    breachExample: 'een mail met {patiënt}gegevens aan de verkeerde ontvanger',
    unlockedScreen: 'Op de afdelingsbalie blijven computers ontgrendeld achter terwijl {patiënten} en bezoekers langslopen.',
    peekPlace: 'aan de afdelingsbalie',
    staffRoom: { one: 'de teampost', many: 'de teamposten' },
    managers: 'Teammanagers verpleegafdelingen',
    staffRole: 'Verpleegkundige',
    staff: 'Verpleegkundigen',
    targetGroup: 'Verpleegkundigen en doktersassistenten',
    professions: 'Verpleegkundigen, doktersassistenten en secretariaat',
    workplace: 'op de afdeling',
    record: 'EPD',
    surveyProfessions: [profession('nurse'), profession('doctor'), profession('administration')],
  },
  vvt: {
    units: [
      unit('wijkteam-noord', 'Wijkteam Noord', 'District team North', 'wijkteam Noord', 'bij'),
      unit('wijkteam-zuid', 'Wijkteam Zuid', 'District team South', 'wijkteam Zuid', 'bij'),
      unit('wijkteam-west', 'Wijkteam West', 'District team West', 'wijkteam West', 'bij'),
    ],
    allUnits: 'wijkteam Noord, Zuid en West',
    unitWord: { one: 'wijkteam', many: 'wijkteams', article: 'het', on: 'bij' },
    unitQuestion: { nl: 'In welk wijkteam werk je?', en: 'Which district team do you work in?' },
    where: 'In de wijkverpleging',
    breachExample: 'een mail met het zorgleefplan aan de familie van een andere cliënt',
    unlockedScreen: 'Bij de cliënt thuis blijven laptop en telefoon met het ECD ontgrendeld liggen, terwijl familie en bezoek kunnen meekijken.',
    peekPlace: 'bij de cliënt thuis',
    staffRoom: { one: 'het teamkantoor', many: 'de teamkantoren' },
    managers: 'Teammanagers wijkverpleging',
    staffRole: 'Wijkverpleegkundige',
    staff: 'Wijkverpleegkundigen en verzorgenden',
    targetGroup: 'Wijkverpleegkundigen en verzorgenden',
    professions: 'Wijkverpleegkundigen, verzorgenden IG en planners',
    workplace: 'bij de cliënt thuis of op het teamkantoor',
    record: 'ECD',
    surveyProfessions: [profession('carer'), profession('nurse'), profession('administration')],
  },
  ggz: {
    units: [
      unit('fact-noord', 'FACT-team Noord', 'FACT team North', 'FACT-team Noord', 'bij'),
      unit('fact-zuid', 'FACT-team Zuid', 'FACT team South', 'FACT-team Zuid', 'bij'),
      unit('kliniek', 'Kliniek De Brug', 'Inpatient clinic De Brug', 'kliniek De Brug', 'in'),
    ],
    allUnits: 'FACT-team Noord, FACT-team Zuid en kliniek De Brug',
    unitWord: { one: 'team', many: 'teams', article: 'het', on: 'in' },
    unitQuestion: { nl: 'In welk team werk je?', en: 'Which team do you work in?' },
    where: 'In de FACT-teams en de kliniek',
    breachExample: 'een brief over de behandeling aan de verkeerde huisarts',
    unlockedScreen: 'Op de teampost van de kliniek blijven computers ontgrendeld achter terwijl {patiënten} en bezoekers langslopen.',
    peekPlace: 'op de teampost van de kliniek',
    staffRoom: { one: 'de teampost', many: 'de teamposten' },
    managers: 'Teammanagers FACT-teams en kliniek',
    staffRole: 'Sociaal psychiatrisch verpleegkundige',
    staff: 'Verpleegkundigen en behandelaars',
    targetGroup: 'Verpleegkundigen en behandelaars',
    professions: 'Verpleegkundigen, psychologen, psychiaters en secretariaat',
    workplace: 'in de kliniek, op kantoor of bij de {patiënt} thuis',
    record: 'EPD',
    surveyProfessions: [profession('nurse'), profession('allied-health'), profession('doctor')],
  },
  disability: {
    units: [
      unit('de-linde', 'Woongroep De Linde', 'Group home De Linde', 'woongroep De Linde', 'op'),
      unit('de-eik', 'Woongroep De Eik', 'Group home De Eik', 'woongroep De Eik', 'op'),
      unit('de-beuk', 'Woongroep De Beuk', 'Group home De Beuk', 'woongroep De Beuk', 'op'),
    ],
    allUnits: 'woongroep De Linde, De Eik en De Beuk',
    unitWord: { one: 'woongroep', many: 'woongroepen', article: 'de', on: 'op' },
    unitQuestion: { nl: 'Op welke woongroep werk je?', en: 'Which group home do you work in?' },
    where: 'Op de woongroepen',
    breachExample: 'een mail met het ondersteuningsplan aan de ouders van een andere cliënt',
    unlockedScreen: 'In de huiskamer van de woongroep blijft de laptop met het ECD ontgrendeld staan, terwijl cliënten en familie langslopen.',
    peekPlace: 'in de huiskamer van de woongroep',
    staffRoom: { one: 'het kantoor van de woongroep', many: 'de kantoren van de woongroepen' },
    managers: 'Teammanagers woongroepen',
    staffRole: 'Persoonlijk begeleider',
    staff: 'Begeleiders',
    targetGroup: 'Begeleiders en persoonlijk begeleiders',
    professions: 'Begeleiders, persoonlijk begeleiders en gedragsdeskundigen',
    workplace: 'op de woongroep',
    record: 'ECD',
    surveyProfessions: [{ id: 'support-worker', label: { nl: 'Begeleider', en: 'Support worker' } }, profession('carer'), profession('allied-health')],
  },
  forensic: {
    units: [
      unit('opname', 'Opnameafdeling', 'Admission ward', 'de opnameafdeling', 'op'),
      unit('behandel', 'Behandelafdeling', 'Treatment ward', 'de behandelafdeling', 'op'),
      unit('resocialisatie', 'Resocialisatieafdeling', 'Rehabilitation ward', 'de resocialisatieafdeling', 'op'),
    ],
    allUnits: 'de opname-, behandel- en resocialisatieafdeling',
    unitWord: { one: 'afdeling', many: 'afdelingen', article: 'de', on: 'op' },
    unitQuestion: GROUPING_PRESETS.department.question,
    where: 'Op de afdelingen van de kliniek',
    breachExample: 'een mail over het verlof van een {patiënt} aan de verkeerde ontvanger',
    unlockedScreen: 'Op de teampost blijven computers ontgrendeld achter, terwijl {patiënten} door het raam kunnen meekijken.',
    peekPlace: 'door het raam van de teampost',
    staffRoom: { one: 'de teampost', many: 'de teamposten' },
    managers: 'Teammanagers van de afdelingen',
    staffRole: 'Sociotherapeut',
    staff: 'Sociotherapeuten',
    targetGroup: 'Sociotherapeuten en verpleegkundigen',
    professions: 'Sociotherapeuten, verpleegkundigen, behandelaars en secretariaat',
    workplace: 'op de afdeling',
    record: 'EPD',
    surveyProfessions: [{ id: 'sociotherapist', label: { nl: 'Sociotherapeut', en: 'Sociotherapist' } }, profession('nurse'), profession('allied-health')],
  },
};

/** The demo's story in the sector: its places, people and examples, with the sector's word for whom it cares for. */
export const demoStory = (sector: Sector): DemoStory => allInSector(STORIES[sector], sector);

/** Being at a unit: "op de longziekten", "bij wijkteam West". */
export const atUnit = (u: DemoUnit) => `${u.on} ${u.the}`;

/** "de eigen afdeling", "het eigen wijkteam". */
export const ownUnit = ({ unitWord }: DemoStory) => `${unitWord.article} eigen ${unitWord.one}`;

/** The units' phrase at the start of a field: "Interne geneeskunde, chirurgie en longziekten". */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
