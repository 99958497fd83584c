import { STEP_GUIDANCE } from '#content/steps.js';
import type { LocalizedText } from '#core/locale.js';
import type { SubstepKey } from '#core/steps.js';

/**
 * The sub-steps' titles, for the pages that name a sub-step without showing its guidance (the
 * programme card's "what to do now"). The build puts the titles alone in their place
 * (src/build/substep-titles.ts): the guidance they come from is 15 kB of gzip.
 */
export const SUBSTEP_TITLES = Object.fromEntries(STEP_GUIDANCE.flatMap((step) => step.substeps.map((substep) => [substep.key, substep.title]))) as Record<
  SubstepKey,
  LocalizedText
>;
