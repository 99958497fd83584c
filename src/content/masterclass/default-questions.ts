import { COMB_FACTORS, type CombFactor } from '#core/comb.js';
import type { Locale } from '#core/locale.js';
import { withBehaviour } from '#core/research/interviews.js';
import { inSector, type Sector } from '#core/sector.js';
import { INTERVIEW_QUESTIONS } from '../comb.js';

/**
 * The questions of the interview practice when the programme's 3.2 guide has none yet
 * (`interviewerGuide` in src/core/masterclass/roleplay.ts). They are the first questions per factor
 * of the bank the 3.2 guide is generated from (INTERVIEW_QUESTIONS: open and neutral, asking for
 * examples), so participants practise with the questions they will use; one bank, no second copy.
 * Two per factor keeps a round short while every factor of COM-B gets asked (Wegwijzer
 * informatieveilig gedrag (IVGZ), stap 3: questions per COM-B factor).
 */
export const DEFAULT_QUESTIONS_PER_FACTOR = 2;

/** Per factor the default questions in one language, with the persona's behaviour and the sector's word filled in. */
export function roleplayDefaultQuestions(locale: Locale, sector: Sector, behaviour: string): Record<CombFactor, string[]> {
  return Object.fromEntries(
    COMB_FACTORS.map((factor) => [
      factor,
      INTERVIEW_QUESTIONS[factor].slice(0, DEFAULT_QUESTIONS_PER_FACTOR).map((q) => withBehaviour(inSector(q[locale], sector), behaviour)),
    ]),
  ) as Record<CombFactor, string[]>;
}
