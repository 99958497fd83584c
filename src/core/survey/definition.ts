import { z } from 'zod';
import { COMB_FACTORS, type CombFactor } from '../comb.js';
import { ItemId, Line, Paragraph, filled, plainText, rows } from '../worksheets/fields.js';
import { DONT_KNOW } from './dont-know.js';
import { inLocale } from './in-locale.js';

/** Agreement scales the method uses: five or seven points, 1 = strongly disagree. */
export const SCALES = [5, 7] as const;
export type Scale = (typeof SCALES)[number];

/** A text in both interface languages; one of them may be left empty (the other is shown). */
export const SurveyText = z
  .object({ nl: Line, en: Line })
  .strict()
  .refine((t) => filled(t.nl) || filled(t.en), { message: 'textRequired', path: ['nl'] });
export type SurveyText = z.infer<typeof SurveyText>;

const Item = z.object({
  id: ItemId,
  /** Null for a team's own statement that belongs to no single factor: shown per item, not in a factor score. */
  factor: z.enum(COMB_FACTORS).nullable(),
  text: SurveyText,
  /** The item bank statement it came from, if any (stored with the definition, so storable text). */
  bankId: plainText().max(60).nullable(),
});

const Option = z.object({ id: ItemId, label: SurveyText });

/** A grouping question (department, profession): answering is optional for the respondent. */
const GroupQuestion = z.object({
  id: ItemId,
  question: SurveyText,
  options: rows(Option, 40).min(2),
});

/**
 * A questionnaire: agreement statements per COM-B factor about the target behaviour, and optional
 * grouping questions. Frozen once the survey opens, so every answer is to the same questions.
 */
export const SurveyDefinition = z
  .object({
    /**
     * The behaviour as the bank statements were filled with it (`src/core/survey/phrases.ts`): the
     * Dutch bare infinitive phrase, the Dutch te-infinitive and the English phrase. Surveys built
     * before the last two were stored lack them; their statements keep the texts they were saved with.
     */
    behaviour: Line,
    behaviourTe: Line.optional(),
    behaviourEn: Line.optional(),
    intro: z.object({ nl: Paragraph, en: Paragraph }).strict(),
    scale: z.union([z.literal(5), z.literal(7)]),
    items: rows(Item, 60).min(1),
    groups: rows(GroupQuestion, 3),
  })
  .strict();
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;
export type SurveyItem = z.infer<typeof Item>;
export type GroupQuestion = z.infer<typeof GroupQuestion>;

/**
 * A statement's text as compared for repeats: case, spacing, punctuation, symbols, accents and
 * characters that show as nothing (zero-width space, soft hyphen, variation selectors, fillers)
 * aside, after Unicode compatibility decomposition.
 */
const comparable = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

/**
 * No statement twice, in either language, and no bank statement twice: each statement's counts
 * get their own noise, so the figures of one statement asked five times could be averaged into
 * a colleague's answer (docs/anonymity.md). The later one is named, with the number of the first.
 */
function noRepeatedStatements(items: readonly SurveyItem[], ctx: z.RefinementCtx) {
  const first = new Map<string, number>();
  const named = new Set<string>();
  const check = (key: string, index: number, path: string[], message: string) => {
    const earlier = first.get(key);
    const at = ['items', index, ...path];
    if (earlier === undefined) first.set(key, index);
    // Once per field: a text shown in both languages can repeat another in both.
    else if (!named.has(at.join('.'))) {
      named.add(at.join('.'));
      ctx.addIssue({ code: 'custom', message, path: at, params: { statement: earlier + 1 } });
    }
  };
  items.forEach((item, index) => {
    // As a respondent reads it: a statement written in one language only is shown in the other too.
    for (const locale of ['nl', 'en'] as const) {
      const text = comparable(inLocale(item.text, locale));
      const field = item.text[locale].trim() ? locale : locale === 'nl' ? 'en' : 'nl';
      if (text) check(`${locale}:${text}`, index, ['text', field], 'repeatedStatement');
    }
    if (item.bankId !== null) check(`bank:${item.bankId}`, index, ['bankId'], 'repeatedBankStatement');
  });
}

/**
 * A definition as a team saves or opens it. Stored ones are read with `SurveyDefinition`, so a
 * survey saved before this rule still lists, shows its results and exports.
 */
export const NewSurveyDefinition = SurveyDefinition.superRefine((definition, ctx) => noRepeatedStatements(definition.items, ctx));

/** The text in the reader's language, or in the other one when the team wrote only that (zod-free module). */
export { inLocale };
export { DONT_KNOW };

/** The factors a definition measures, in the model's order. */
export function measuredFactors(definition: SurveyDefinition): CombFactor[] {
  return COMB_FACTORS.filter((f) => definition.items.some((i) => i.factor === f));
}

/**
 * What a respondent sends: an answer to every statement, a point on the scale or `DONT_KNOW` (a
 * short questionnaire, and a choice on each one tells a statement overlooked from one the
 * respondent cannot answer) and, optionally, a group per question.
 */
export function responseSchema(definition: SurveyDefinition) {
  const answer = z.number().int().min(DONT_KNOW).max(definition.scale);
  return {
    answers: z.object(Object.fromEntries(definition.items.map((i) => [i.id, answer]))).strict(),
    groups: z
      .object(
        Object.fromEntries(
          definition.groups.map((g) => [
            g.id,
            z
              .enum(g.options.map((o) => o.id) as [string, ...string[]])
              .nullable()
              .optional(),
          ]),
        ),
      )
      .strict(),
  };
}
export type SurveyResponse = { answers: Record<string, number>; groups: Record<string, string | null | undefined> };

/** A response as stored: answers and groups by position in the frozen definition, nothing else. */
export function storedForm(definition: SurveyDefinition, response: SurveyResponse) {
  return {
    answers: definition.items.map((i) => response.answers[i.id]!),
    groups: definition.groups.map((g) => response.groups[g.id] ?? null),
  };
}
