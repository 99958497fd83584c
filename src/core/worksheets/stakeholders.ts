import { z } from 'zod';
import { ItemId, Line, Paragraph, Rating, filled, rows, type Missing } from './fields.js';

const Stakeholder = z.object({
  id: ItemId,
  name: Line,
  /** What they have at stake in the problem or the programme. */
  interest: Paragraph,
  interestLevel: Rating,
  influenceLevel: Rating,
  /** How and when they are involved. */
  involvement: Paragraph,
  when: Line,
});

export const Stakeholders = z.object({ stakeholders: rows(Stakeholder, 60) }).strict();
export type Stakeholders = z.infer<typeof Stakeholders>;
export type Stakeholder = z.infer<typeof Stakeholder>;

export const emptyStakeholders = (): Stakeholders => ({ stakeholders: [] });

/** The four classic quadrants of an interest/influence grid and the approach each calls for. */
export type StakeholderStrategy = 'manageClosely' | 'keepSatisfied' | 'keepInformed' | 'monitor';

/** Ratings 4 and 5 count as high; a 3 sits on the line and is treated as low, so only clear cases rise. */
export function stakeholderStrategy(s: Pick<Stakeholder, 'interestLevel' | 'influenceLevel'>): StakeholderStrategy | null {
  if (s.interestLevel == null || s.influenceLevel == null) return null;
  const highInterest = s.interestLevel >= 4;
  const highInfluence = s.influenceLevel >= 4;
  if (highInfluence) return highInterest ? 'manageClosely' : 'keepSatisfied';
  return highInterest ? 'keepInformed' : 'monitor';
}

export function stakeholdersMissing(data: Stakeholders): Missing[] {
  const missing: Missing[] = [];
  if (data.stakeholders.length === 0) missing.push({ code: 'noStakeholders', field: 'stakeholders' });
  data.stakeholders.forEach((s, i) => {
    const params = { n: i + 1 };
    if (!filled(s.name)) missing.push({ code: 'stakeholderName', field: `stakeholders.${i}.name`, params });
    if (s.interestLevel == null || s.influenceLevel == null) missing.push({ code: 'stakeholderPlacement', field: `stakeholders.${i}`, params });
    if (!filled(s.involvement)) missing.push({ code: 'stakeholderInvolvement', field: `stakeholders.${i}.involvement`, params });
  });
  return missing;
}
