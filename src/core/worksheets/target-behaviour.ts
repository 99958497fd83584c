import { z } from 'zod';
import { Line, Paragraph, filled, requireFields, type Missing } from './fields.js';

/** 2.3: the target behaviour in the method's questions (who, does what, when, where, how often, with what). */
export const TargetBehaviour = z
  .object({
    targetGroup: Line,
    departments: Line,
    professions: Line,
    /** Roughly how many people the target group has. */
    size: z.number().int().min(1).max(1_000_000).nullable(),
    action: Line,
    when: Line,
    where: Line,
    howOften: Line,
    withWhat: Line,
    /**
     * The behaviour as the survey's statements name it, which the survey builder proposes; written by
     * the team because Dutch verbs split (src/core/survey/phrases.ts): "de reden invullen bij gebruik
     * van de noodknop" and "de reden in te vullen bij gebruik van de noodknop". Empty in worksheets
     * saved before they were asked for, and optional: a team that runs no survey needs neither.
     */
    infinitive: Line.optional(),
    teInfinitive: Line.optional(),
    currentSituation: Paragraph,
    desiredSituation: Paragraph,
  })
  .strict();
export type TargetBehaviour = z.infer<typeof TargetBehaviour>;

export const emptyTargetBehaviour = (): TargetBehaviour => ({
  targetGroup: '',
  departments: '',
  professions: '',
  size: null,
  action: '',
  when: '',
  where: '',
  howOften: '',
  withWhat: '',
  currentSituation: '',
  desiredSituation: '',
});

export const TARGET_BEHAVIOUR_REQUIRED = ['targetGroup', 'action', 'when', 'where', 'howOften', 'desiredSituation'] as const;

/**
 * The target behaviour in one sentence, built from the team's own words so it reads the same in
 * every interface language: "Nurses (wards A and B) check the address, before sending, at the
 * ward, every time, with the address check." Null until at least who and what are known.
 */
export function targetBehaviourSummary(t: TargetBehaviour): string | null {
  if (!filled(t.targetGroup) || !filled(t.action)) return null;
  // Each part may end in a full stop of its own; only the sentence as a whole gets one.
  const part = (s: string) => s.trim().replace(/[.\s]+$/, '');
  const who = filled(t.departments) ? `${part(t.targetGroup)} (${part(t.departments)})` : part(t.targetGroup);
  const circumstances = [t.when, t.where, t.howOften, t.withWhat].filter(filled).map(part);
  const sentence = [`${who} ${part(t.action)}`, ...circumstances].join(', ');
  return /[!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

export function targetBehaviourMissing(t: TargetBehaviour): Missing[] {
  return requireFields(t, TARGET_BEHAVIOUR_REQUIRED);
}
