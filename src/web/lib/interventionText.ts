import type { ApeaseCriterion } from '#core/interventions/apease.js';
import type { InterventionFunction } from '#core/interventions/functions.js';
import type { IndicatorKey } from '#core/interventions/indicators.js';
import type { Effort, TargetBehaviourTag } from '#core/interventions/library.js';
import { BCT_GROUPS, bctById } from '#content/bct-taxonomy.js';
import { APEASE_TEXT, BEHAVIOUR_TAG_TEXT, EFFORT_TEXT, FUNCTION_TEXT, INDICATOR_TEXT } from '#content/intervention-texts.js';
import { useLocalized } from './localized.js';
import { useLocale } from './combText.js';

/** Step 4's reference texts (functions, APEASE, tags, techniques) in the interface language. */
export function useInterventionText() {
  const locale = useLocale();
  const l = useLocalized();
  return {
    locale,
    fnName: (f: InterventionFunction) => FUNCTION_TEXT[f].name[locale],
    fnDescription: (f: InterventionFunction) => l(FUNCTION_TEXT[f].description),
    criterion: (c: ApeaseCriterion) => APEASE_TEXT[c].name[locale],
    criterionQuestion: (c: ApeaseCriterion) => l(APEASE_TEXT[c].question),
    behaviour: (b: TargetBehaviourTag) => BEHAVIOUR_TAG_TEXT[b][locale],
    effort: (e: Effort) => EFFORT_TEXT[e][locale],
    indicator: (k: IndicatorKey) => INDICATOR_TEXT[k].name[locale],
    indicatorUnit: (k: IndicatorKey) => INDICATOR_TEXT[k].unit[locale],
    /** "2.2 Feedback on behaviour", or the id alone when unknown. */
    bct: (id: string) => {
      const b = bctById(id);
      return b ? `${id} ${b.label[locale]}` : id;
    },
    bctGroup: (n: number) => BCT_GROUPS.find((g) => g.number === n)?.label[locale] ?? String(n),
  };
}
