import type { LocalizedText } from '#core/locale.js';
import type { StepRole, VeriColumn } from '#core/role-table.js';
import type { StepNumber, SubstepKey } from '#core/steps.js';

/** Who does what in a step by default (the Wegwijzer's VERI table); a team can change it per programme. */
export type StepRoles = Record<VeriColumn, StepRole[]>;

/** The guidance page of one sub-step: what, how, tips and examples from care practice. */
export interface SubstepGuidance {
  key: SubstepKey;
  title: LocalizedText;
  /** What this sub-step is for ("wat"). */
  purpose: LocalizedText;
  /** How the team goes about it ("hoe"), in a few short paragraphs separated by blank lines. */
  approach: LocalizedText;
  tips: LocalizedText[];
  /**
   * Short practice examples as they could happen in Dutch care: invented by us, so the guidance page
   * heads them "Voorbeelden (fictief)". A figure from a real organisation needs its source in the text.
   */
  examples: LocalizedText[];
  /** What the worksheet of this sub-step records, if it has one. */
  worksheet?: LocalizedText;
}

export interface StepGuidance {
  number: StepNumber;
  title: LocalizedText;
  /** One or two sentences: what the step delivers. */
  summary: LocalizedText;
  roles: StepRoles;
  substeps: SubstepGuidance[];
}
