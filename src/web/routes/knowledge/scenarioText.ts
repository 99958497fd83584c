import { useTranslation } from 'react-i18next';
import { scenarioByKey } from '#content/knowledge-scenarios.js';
import { useLocalized } from '../../lib/localized.js';

/** A scenario's texts in the interface language, for lists and results. */
export function useScenarioText() {
  const { t } = useTranslation();
  const local = useLocalized();
  return {
    situation: (key: string) => {
      const scenario = scenarioByKey(key);
      return scenario ? local(scenario.situation) : key;
    },
    option: (key: string, index: number) => {
      const option = scenarioByKey(key)?.options[index];
      return option ? local(option) : String(index + 1);
    },
    /** The right option (content knows it; the results count the choices). */
    right: (key: string) => scenarioByKey(key)?.right ?? -1,
    kind: (key: string) => {
      const scenario = scenarioByKey(key);
      return scenario ? t(`knowledge.kinds.${scenario.kind}`) : '';
    },
  };
}
