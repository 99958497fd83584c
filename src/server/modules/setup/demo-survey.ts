import { GROUPING_PRESETS, SURVEY_ITEM_BANK } from '../../../content/comb.js';
import { COMB_FACTORS } from '../../../core/comb.js';
import { withBehaviour } from '../../../core/research/interviews.js';
import type { SurveyDefinition } from '../../../core/survey/definition.js';

const BEHAVIOUR = { nl: 'een vermoed datalek direct melden', en: 'report a suspected data breach straight away' };

/** The demo's baseline survey: two bank statements per factor and both grouping questions. */
export const demoSurveyDefinition: SurveyDefinition = {
  behaviour: BEHAVIOUR.nl,
  intro: {
    nl: 'We willen weten wat het makkelijk of moeilijk maakt om een datalek te melden. Het kost vijf minuten.',
    en: 'We want to know what makes it easy or hard to report a data breach. It takes five minutes.',
  },
  scale: 5,
  items: COMB_FACTORS.flatMap((factor) =>
    SURVEY_ITEM_BANK.filter((b) => b.factor === factor)
      .slice(0, 2)
      .map((b) => ({ id: b.id, factor, bankId: b.id, text: { nl: withBehaviour(b.text.nl, BEHAVIOUR.nl), en: withBehaviour(b.text.en, BEHAVIOUR.en) } })),
  ),
  groups: [
    {
      id: 'department',
      question: GROUPING_PRESETS.department.question,
      options: [
        { id: 'interne', label: { nl: 'Interne geneeskunde', en: 'Internal medicine' } },
        { id: 'chirurgie', label: { nl: 'Chirurgie', en: 'Surgery' } },
        { id: 'longziekten', label: { nl: 'Longziekten', en: 'Pulmonology' } },
      ],
    },
    { id: 'profession', question: GROUPING_PRESETS.profession.question, options: GROUPING_PRESETS.profession.options.filter((o) => ['nurse', 'doctor', 'administration'].includes(o.id)) },
  ],
};

/**
 * 36 made-up answers that tell the demo's story: staff want to report (motivation high) but do
 * not know what counts as a breach or where to report it (psychological capability low).
 */
export function demoSurveyAnswers() {
  const level: Record<(typeof COMB_FACTORS)[number], number> = { 'C-psy': 2, 'C-phy': 4, 'O-phy': 3, 'O-soc': 3, 'M-ref': 4, 'M-aut': 3 };
  const departments = ['interne', 'chirurgie', 'longziekten'];
  return Array.from({ length: 36 }, (_, r) => ({
    answers: Object.fromEntries(demoSurveyDefinition.items.map((item, i) => [item.id, Math.min(5, Math.max(1, level[item.factor!] + (((r * 7 + i * 3) % 3) - 1)))])),
    groups: { department: departments[r % 3]!, profession: r % 4 === 0 ? 'doctor' : r % 5 === 0 ? 'administration' : 'nurse' },
  }));
}
