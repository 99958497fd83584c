/**
 * "Weet ik niet / niet van toepassing": an answer to a statement that is no point on the scale. Sent
 * and stored as 0 (stored answers are 1..scale, so those of before keep their meaning), and counted
 * as missing, never as a score (`results.ts`). Kept free of zod so the respondent page
 * (src/web/respond) can use it; `definition.ts` re-exports it.
 */
export const DONT_KNOW = 0;
