import type { LocalizedText } from '#core/locale.js';
import type { RoleplayRole } from '#core/masterclass/roleplay.js';

/**
 * The three roles of the interview practice (src/core/masterclass/roleplay.ts), with what each
 * player does. The interviewer asks per COM-B factor and gives no advice (Wegwijzer
 * informatieveilig gedrag (IVGZ), stap 3; Kvale & Brinkmann, InterViews, 2nd ed. 2009, "Conducting
 * an interview"). The colleague tells a barrier only when asked well, so the interviewer has to
 * find it. The observer's feedback starts with what went well, as in Pendleton's rules (Pendleton,
 * Schofield, Tate & Havelock 1984, The Consultation: An Approach to Learning and Teaching).
 */

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

export const ROLEPLAY_ROLE_TEXT: Record<RoleplayRole, { label: LocalizedText; task: LocalizedText }> = {
  interviewer: {
    label: t('Interviewer', 'Interviewer'),
    task: t(
      'Je interviewt de collega over het gedrag. Vraag per COM-B-factor wat het makkelijk of moeilijk maakt. Geef geen advies.',
      'You interview the colleague about the behaviour. Ask per COM-B factor what makes it easy or hard. Give no advice.',
    ),
  },
  colleague: {
    label: t('Collega', 'Colleague'),
    task: t(
      'Je speelt de collega van de kaart. Antwoord eerlijk, maar vertel een belemmering pas als de interviewer er goed naar vraagt.',
      'You play the colleague on the card. Answer honestly, but tell a barrier only when the interviewer asks about it well.',
    ),
  },
  observer: {
    label: t('Observator', 'Observer'),
    task: t(
      'Je kijkt en luistert mee met de checklist. Vink aan naar welke factoren gevraagd is. Noem na afloop eerst wat goed ging.',
      'You watch and listen with the checklist. Tick the factors that were asked about. Afterwards, first say what went well.',
    ),
  },
};
