import { SURVEY_ITEM_BANK } from '#content/comb.js';
import { diagnosisSuggestions, domainScores } from '#core/research/diagnosis.js';
import { codedFindings } from '#core/research/interviews.js';
import type { Locale } from '#core/locale.js';
import { get } from '#core/worksheets/index.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import type { SubstepsService } from '../programmes/substeps.service.js';
import type { SurveysService } from '../surveys/service.js';
import { guideOrDefault, interviewGuideDocument } from './interview-guide.js';

/** Step 3's use-cases that read across worksheets and surveys: the interview guide and the diagnosis input. */
export function createResearchService(deps: { substeps: SubstepsService; surveys: SurveysService; organisations: Pick<OrganisationService, 'sectorOf'> }) {
  return {
    async interviewGuide(actor: SessionActor, programmeId: string, locale: Locale) {
      const { programme, worksheets } = await deps.substeps.worksheets(actor, programmeId);
      const guide = guideOrDefault(
        get(worksheets, '3.2').guide,
        get(worksheets, '2.3').action,
        locale,
        await deps.organisations.sectorOf(actor.organisationId),
      );
      return { document: interviewGuideDocument({ programmeTitle: programme.title, guide, locale }), programmeTitle: programme.title };
    },

    /**
     * What the interviews (coded findings of 3.2) and the most recently closed survey (its factor
     * scores and the scores of the TDF domains its bank statements measure, as far as they may be
     * shown) say per factor, for the diagnosis of 3.4.
     */
    async diagnosisSuggestions(actor: SessionActor, programmeId: string) {
      const { worksheets } = await deps.substeps.worksheets(actor, programmeId);
      const closed = (await deps.surveys.list(actor, programmeId)).filter((s) => s.status === 'closed');
      const latest = closed.sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0))[0];
      const results = latest ? (await deps.surveys.results(actor, programmeId, latest.id)).results : null;
      const definition = latest?.definition;
      const survey =
        definition && results?.available && results.overall
          ? {
              scores: [
                ...results.overall.factors.map((f) => ({
                  factor: f.factor,
                  mean: f.mean,
                  scale: definition.scale,
                  n: f.n,
                  distribution: f.distribution,
                  items: f.items,
                })),
                ...domainScores(definition.items, results.overall.items, definition.scale, SURVEY_ITEM_BANK),
              ],
              minGroupSize: results.minGroupSize,
            }
          : null;
      return {
        survey: latest && survey && survey.scores.length > 0 ? { id: latest.id, title: latest.title } : null,
        suggestions: diagnosisSuggestions(codedFindings(get(worksheets, '3.2')), survey),
      };
    },
  };
}
export type ResearchService = ReturnType<typeof createResearchService>;
