import { inSentence, type LocalizedText } from '../locale.js';
import { withBehaviour } from '../research/interviews.js';

/**
 * The target behaviour in the forms the statement bank (`src/content/comb.ts`) fills in. Dutch
 * needs two, because a separable verb splits ("invullen", "in te vullen") and no rule can tell from
 * a phrase which verbs do; so the team writes both, and the statements never quote the phrase:
 *
 * - `nl`: the bare infinitive phrase, without a person: "de reden invullen bij gebruik van de
 *   noodknop". It fits after a verb such as "zien" ("Ik zie mijn collega’s …") and, since the
 *   Dutch plural present is the infinitive, after "dat we" or "als we".
 * - `nlTe`: the same with "te": "de reden in te vullen bij gebruik van de noodknop", after "om".
 * - `en`: "fill in the reason when using the emergency button"; English needs one form.
 *
 * A first-person main clause ("ik vul de reden in …") is not among them: a statement that opens by
 * saying the respondent does it cannot be disagreed with by one who does not, and within a sentence
 * Dutch needs yet another word order ("… dat ik de reden invul").
 */
export interface BehaviourPhrases {
  nl: string;
  nlTe: string;
  en: string;
}

/** Where a template takes the bare infinitive phrase, and (Dutch only) the te-infinitive. */
export const PLACEHOLDER = '{behaviour}';
export const TE_PLACEHOLDER = '{te-behaviour}';

/**
 * One template with its phrase; empty when that phrase is not written yet. The phrase runs on
 * inside the sentence (every template puts it after a word or two), so a phrase typed as if it
 * began one ("De reden invullen") loses its capital; an abbreviation or a name such as ZorgMail keeps it.
 */
function fill(template: string, infinitive: string, te: string): string {
  const usesTe = template.includes(TE_PLACEHOLDER);
  const phrase = (usesTe ? te : infinitive).trim();
  return phrase ? withBehaviour(usesTe ? template.replaceAll(TE_PLACEHOLDER, PLACEHOLDER) : template, inSentence(phrase)) : '';
}

/** A bank statement in both languages with the team's phrases filled in (a language without its phrase stays empty). */
export function fillStatement(template: LocalizedText, phrases: BehaviourPhrases): LocalizedText {
  return { nl: fill(template.nl, phrases.nl, phrases.nlTe), en: fill(template.en, phrases.en, phrases.en) };
}
