import type { LocalizedText } from '#core/locale.js';
import type { ObserverCriterion, ObserverScore } from '#core/masterclass/roleplay.js';

/**
 * The observer's checklist for the masterclass's interview practice (src/core/masterclass/roleplay.ts).
 * What good interview questions are follows the Wegwijzer informatieveilig gedrag (IVGZ), stap 3:
 * open, neutral questions per COM-B factor, asked of people from the target group, notes without
 * names. The question types and the risk of leading questions: Kvale & Brinkmann, InterViews, 2nd ed.
 * 2009, "Conducting an interview" and "Interview quality". Asking for the last time it happened: the
 * critical incident technique (Flanagan 1954, Psychological Bulletin 51(4):327–358). Briefing and
 * debriefing: Kvale & Brinkmann 2009, "Conducting an interview". The factor names are those of
 * COMB_FACTOR_TEXT (src/content/comb.ts).
 */

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

export const OBSERVER_CHECKLIST: Record<ObserverCriterion, { label: LocalizedText; lookFor: LocalizedText }> = {
  openQuestions: {
    label: t('Stelt open vragen', 'Asks open questions'),
    lookFor: t(
      'Begint een vraag met wat, hoe, wanneer of waardoor, zodat de collega moet vertellen?',
      'Do questions start with what, how, when or why, so the colleague has to tell a story?',
    ),
  },
  noLeading: {
    label: t('Stelt geen sturende vragen', 'Asks no leading questions'),
    lookFor: t(
      'Laat de interviewer niet merken welk antwoord hij verwacht, zoals bij "Je weet toch dat…?"?',
      'Does the interviewer avoid hinting at the expected answer, as in "You do know that…, don’t you?"?',
    ),
  },
  asksExamples: {
    label: t('Vraagt naar voorbeelden', 'Asks for examples'),
    lookFor: t(
      'Vraagt de interviewer door naar een echt voorbeeld, zoals "Wanneer gebeurde dat de laatste keer?"?',
      'Does the interviewer ask for a real example, such as "When did that last happen?"?',
    ),
  },
  neutral: {
    label: t('Blijft neutraal', 'Stays neutral'),
    lookFor: t(
      'Luistert de interviewer zonder oordeel, en geeft hij tijdens het gesprek geen advies of uitleg over de regels?',
      'Does the interviewer listen without judging, and give no advice or lecture about the rules during the interview?',
    ),
  },
  coversFactors: {
    label: t('Vraagt naar alle zes factoren', 'Covers all six factors'),
    lookFor: t(
      'Komen alle zes COM-B-factoren aan bod? Vink aan welke factoren de interviewer heeft gevraagd.',
      'Does the interview cover all six COM-B factors? Tick the factors the interviewer asked about.',
    ),
  },
  closesProperly: {
    label: t('Sluit goed af', 'Closes properly'),
    lookFor: t(
      'Vat de interviewer samen, bedankt hij de collega en zegt hij wat er met de aantekeningen gebeurt?',
      'Does the interviewer summarise, thank the colleague and say what happens with the notes?',
    ),
  },
};

/** The observer's scale, as the checklist shows it beside each criterion. */
export const OBSERVER_SCORE_LABELS: Record<ObserverScore, LocalizedText> = {
  0: t('Niet gezien', 'Not seen'),
  1: t('Deels', 'Partly'),
  2: t('Goed', 'Well'),
};
