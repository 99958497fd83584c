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
  const who = filled(t.departments) ? `${t.targetGroup.trim()} (${t.departments.trim()})` : t.targetGroup.trim();
  const circumstances = [t.when, t.where, t.howOften, t.withWhat].filter(filled).map((s) => s.trim());
  const sentence = [`${who} ${t.action.trim()}`, ...circumstances].join(', ');
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

export function targetBehaviourMissing(t: TargetBehaviour): Missing[] {
  return requireFields(t, TARGET_BEHAVIOUR_REQUIRED);
}
