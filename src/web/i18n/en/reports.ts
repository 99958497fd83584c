import type { reports as nl } from '../nl/reports.js';
import type { Translation } from '../types.js';

export const reports: Translation<typeof nl> = {
  board: {
    title: 'Plan of approach for the board',
    intro: 'Put the plan of approach before the board before you start step 5. That wins support, time and money for the interventions.',
    grows: 'The plan grows with the programme. Download it again later for the newest version.',
  },
  title: 'Plan of approach and final report',
  intro:
    'Wegwijs compiles both documents from what the core team recorded in the sub-steps. Download them as a Word file (DOCX) to edit them further, or as a PDF to share them with the board and the stakeholders.',
  documents: {
    plan: {
      name: 'Plan of approach',
      contents:
        'What the programme sets out to change and how: the problem, the target behaviour, the core team and who does what per step, the analysis, the chosen interventions, the action plan, the communication plan, the planning, the measurement worksheet and the KPIs with their baseline and target value.',
    },
    report: {
      name: 'Final report',
      contents:
        'The account to the board and the stakeholders: a summary, the problem, the target behaviour, the analysis, the interventions, what was done, the results (the effect measurement of the behaviour, the KPIs and the behavioural factors before and after), the anchoring, the lessons learned and the next problem.',
    },
  },
  incomplete: 'A section with nothing recorded yet is included too, naming the sub-step where you fill it in.',
  lessons: 'Write the lessons learned and the proposal for the next problem in the notes of this sub-step: the final report includes them.',
  language: 'Language of the documents',
  languages: { nl: 'Nederlands', en: 'English' },
  download: 'Download {{document}} as {{format}}',
};
