import type { StandardArea } from '#core/anchoring/checklist.js';
import type { LocalizedText } from '#core/locale.js';

/**
 * The starting text of the standard checklist item per area (steps.md 6.2: policy, onboarding,
 * work instructions, recurring training, the PDCA cycle and the NEN 7510 management system). The
 * team makes each one concrete afterwards.
 */
export const STANDARD_ANCHORING_ITEMS: Record<StandardArea, LocalizedText> = {
  policy: {
    nl: 'Opnemen in het informatiebeveiligingsbeleid',
    en: 'Include in the information security policy',
  },
  onboarding: {
    nl: 'Opnemen in het inwerkprogramma voor nieuwe medewerkers',
    en: 'Include in the onboarding programme for new staff',
  },
  workInstructions: {
    nl: 'Verwerken in de werkinstructies en protocollen van de afdelingen',
    en: "Work into the departments' work instructions and protocols",
  },
  training: {
    nl: 'Een vaste plek geven in de terugkerende training of e-learning',
    en: 'Give it a permanent place in the recurring training or e-learning',
  },
  managementReview: {
    nl: 'Meenemen in de PDCA-cyclus en de directiebeoordeling van het managementsysteem (NEN 7510)',
    en: 'Include in the PDCA cycle and the management review of the management system (NEN 7510)',
  },
};
