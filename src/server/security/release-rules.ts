import { createHmac } from 'node:crypto';
import { effectiveMinimum, liveCount } from '#core/survey/anonymity.js';
import { noiseScales, type Noise } from '#core/survey/noise.js';
import { randomToken } from './tokens.js';

/**
 * What an answer round (a staff survey or a knowledge check) is fixed to when it opens, before the
 * first answer: the minimum group size and the secret seed of its noise (docs/anonymity.md).
 */
export interface ReleaseFixings {
  minGroupSize: number | null;
  noiseSeed: string | null;
}

export const fixingsAtOpening = (organisationMinimum: number): ReleaseFixings => ({
  minGroupSize: effectiveMinimum(organisationMinimum),
  noiseSeed: randomToken(32),
});

/**
 * A seeded noise source: HMAC-SHA256 of the label under the round's secret seed, read as a number
 * in (0, 1). The same label always gives the same number, so the released figures never change.
 */
export function seededNoise(seed: string, groupQuestions: number): Noise {
  return {
    ...noiseScales(groupQuestions),
    source: (label) => {
      const bits = createHmac('sha256', seed).update(label).digest().readUIntBE(0, 6);
      return (bits + 0.5) / 2 ** 48;
    },
  };
}

/**
 * The rules a round's results are released by: the minimum it opened with and its noise. Rounds
 * closed before the noise existed have none: their exact figures had been shown already.
 */
export function releaseRules(round: ReleaseFixings, groupQuestions: number, organisationMinimum: number) {
  return {
    minimum: effectiveMinimum(round.minGroupSize ?? organisationMinimum),
    noise: round.noiseSeed ? seededNoise(round.noiseSeed, groupQuestions) : null,
  };
}

/**
 * The answer count a team may see. Once closed, the exact one (the results show it anyway). While
 * open, the answers up to yesterday rounded down to the round's minimum: a live, exact count would
 * show the moment one colleague answered (core `liveCount`).
 */
export function visibleCount(round: { status: string; minGroupSize: number | null }, exact: number, beforeToday: number) {
  if (round.status !== 'open') return { responses: exact, countRounded: false };
  return { responses: liveCount(beforeToday, effectiveMinimum(round.minGroupSize ?? 0)), countRounded: true };
}

/**
 * How many answered a round: as counted, or for one taken over from an organisation export (which
 * carries its released results, not its answers) as those results say.
 */
export function answeredCount(round: { releasedResults: { responses: number } | null }, counted: number): number {
  return round.releasedResults?.responses ?? counted;
}
