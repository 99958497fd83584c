import { responseSchema, storedForm, type SurveyDefinition, type SurveyResponse } from '#core/survey/definition.js';
import type { Database } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import { bodyPartParser } from '../../http/validate.js';
import { hashToken } from '../../security/tokens.js';
import { amsterdamDay } from '../../day.js';
import type { OrganisationService } from '../organisation/service.js';
import { questionnaireOf } from './questionnaire.js';
import { surveysRepository, type SurveyRow } from './repository.js';
import { groupCommit, type AnswerIntake } from '../../db/group-commit.js';

/** A survey as the respondent side uses it; its definition never changes once it is open. */
interface FrozenSurvey {
  id: string;
  title: string;
  linkEnabled: boolean;
  definition: SurveyDefinition;
  parseAnswers: (value: unknown) => SurveyResponse['answers'];
  parseGroups: (value: unknown) => SurveyResponse['groups'];
}

type StoredResponse = Parameters<typeof surveysRepository.insertResponses>[1][number];

export interface SubmittedAnswers {
  token?: string;
  answers: unknown;
  groups?: unknown;
}

/**
 * The anonymous side of surveys: no account, no session. Nothing here writes to the audit log or
 * keeps anything about the respondent: a log entry per answer would itself be the exact time.
 */
export function createSurveyResponsesService(db: Database, deps: { secret: string; intake: AnswerIntake; organisations: OrganisationService }) {
  // Answers on the open link are written in batches per survey (group commit): under load, one
  // statement for many answers; each is acknowledged only after the statement holding it committed.
  const intake = groupCommit((rows: StoredResponse[]) => surveysRepository.insertResponses(db, rows), { ...deps.intake, keyOf: (r) => r.surveyId });
  // Opened surveys are frozen, so their definition and schema can be kept; the status is
  // checked in the database on every answer, so closing works across app instances.
  const frozen = new Map<string, FrozenSurvey>();

  async function load(slug: string): Promise<{ survey: FrozenSurvey; row?: SurveyRow }> {
    const cached = frozen.get(slug);
    if (cached) return { survey: cached };
    const row = await surveysRepository.bySlug(db, slug);
    if (!row || row.status === 'draft') throw notFound();
    const { definition } = row;
    const schema = responseSchema(definition);
    const survey: FrozenSurvey = {
      id: row.id,
      title: row.title,
      linkEnabled: row.linkEnabled,
      definition,
      parseAnswers: bodyPartParser(schema.answers, 'answers') as FrozenSurvey['parseAnswers'],
      parseGroups: bodyPartParser(schema.groups, 'groups') as FrozenSurvey['parseGroups'],
    };
    if (frozen.size > 1_000) frozen.clear();
    frozen.set(slug, survey);
    return { survey, row };
  }

  return {
    /** The questionnaire for the respondent page (see `questionnaireOf`). */
    async questionnaire(slug: string) {
      const { survey, row: loaded } = await load(slug);
      const row = loaded ?? (await surveysRepository.bySlug(db, slug));
      if (!row) throw notFound();
      const { name } = await deps.organisations.byId(db, row.organisationId);
      return questionnaireOf({ title: survey.title, status: row.status, linkEnabled: survey.linkEnabled }, survey.definition, name);
    },

    /**
     * Stores one response. With an invitation token, the token is spent in the same transaction,
     * so it answers exactly once; without one, the survey must allow its open link.
     */
    async submit(slug: string, input: SubmittedAnswers) {
      const { survey } = await load(slug);
      const response: SurveyResponse = {
        answers: survey.parseAnswers(input.answers),
        groups: survey.parseGroups(input.groups ?? {}),
      };
      const stored = { surveyId: survey.id, day: amsterdamDay(), ...storedForm(survey.definition, response) };
      const token = input.token;
      if (!token) {
        if (!survey.linkEnabled) throw new AppError(403, 'surveyTokenRequired', 'token');
        if (!(await intake.add(stored))) throw new AppError(409, 'surveyClosed');
        return;
      }
      await db.transaction(async (tx) => {
        const used = await surveysRepository.useInvitation(tx, survey.id, hashToken(token, deps.secret));
        if (used === 'unknown') throw new AppError(404, 'surveyTokenUnknown', 'token');
        if (used === 'used') throw new AppError(409, 'surveyTokenUsed', 'token');
        if (!(await surveysRepository.insertResponses(tx, [stored]))[0]) throw new AppError(409, 'surveyClosed');
      });
    },
  };
}
export type SurveyResponsesService = ReturnType<typeof createSurveyResponsesService>;
