import type { SurveyDefinition } from '#core/survey/definition.js';
import type { SurveyRow } from './repository.js';

/**
 * The questionnaire as the respondent page shows it, in both languages (the page switches), with
 * the organisation's name: staff see whose survey it is before they answer. The public link and
 * the team's preview both answer with this, so the preview is what staff will see.
 */
export function questionnaireOf(survey: Pick<SurveyRow, 'title' | 'status' | 'linkEnabled'>, definition: SurveyDefinition, organisation: string) {
  return {
    title: survey.title,
    organisation,
    status: survey.status,
    linkEnabled: survey.linkEnabled,
    scale: definition.scale,
    intro: definition.intro,
    items: definition.items.map((i) => ({ id: i.id, text: i.text })),
    groups: definition.groups.map((g) => ({ id: g.id, question: g.question, options: g.options })),
  };
}
