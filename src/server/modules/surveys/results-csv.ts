import { COMB_FACTOR_TEXT } from '#content/comb.js';
import type { Locale } from '#core/locale.js';
import { inLocale, type SurveyDefinition } from '#core/survey/definition.js';
import type { Scores, SurveyResults } from '#core/survey/results.js';
import { toCsv } from '../../export/csv.js';

const HEADER: Record<Locale, string[]> = {
  nl: ['groepsvraag', 'groep', 'respondenten', 'soort', 'code', 'tekst', 'gemiddelde'],
  en: ['grouping question', 'group', 'respondents', 'kind', 'code', 'text', 'mean'],
};
const KIND: Record<Locale, { factor: string; item: string; all: string }> = {
  nl: { factor: 'factor', item: 'stelling', all: 'iedereen' },
  en: { factor: 'factor', item: 'statement', all: 'everyone' },
};

/** The results that may be shown, one row per factor and statement per group; never raw answers. */
export function resultsCsv(definition: SurveyDefinition, results: SurveyResults, locale: Locale): string {
  const scale = Array.from({ length: definition.scale }, (_, i) => `${locale === 'nl' ? 'aantal' : 'count'} ${i + 1}`);
  const rows: (string | number)[][] = [];
  const add = (question: string, group: string, scores: Scores) => {
    for (const f of scores.factors) {
      rows.push([question, group, scores.n, KIND[locale].factor, f.factor, COMB_FACTOR_TEXT[f.factor].name[locale], round(f.mean), ...f.distribution]);
    }
    scores.items.forEach((item, i) => {
      rows.push([
        question,
        group,
        scores.n,
        KIND[locale].item,
        item.itemId,
        inLocale(definition.items[i]!.text, locale),
        round(item.mean),
        ...item.distribution,
      ]);
    });
  };
  if (results.overall) add('', KIND[locale].all, results.overall);
  results.questions.forEach((q, d) => {
    const question = definition.groups[d]!;
    for (const g of q.groups) add(inLocale(question.question, locale), inLocale(question.options.find((o) => o.id === g.optionId)!.label, locale), g);
  });
  return toCsv([...HEADER[locale], ...scale], rows);
}

const round = (x: number) => Math.round(x * 100) / 100;
