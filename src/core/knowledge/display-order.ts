/**
 * The order in which a check shows a scenario's options. Written by hand, right answers cluster
 * in the first places and in the most careful (longest) wording, so a fixed order lets people
 * score by position instead of knowledge. Only the page reorders: answers keep naming the option
 * by its place in the content (its canonical index), so stored answers, tallies and results keep
 * their meaning.
 *
 * Deterministic from a seed (the check's link and the scenario): everyone answering one check sees
 * the same order, so a team can talk about "the third answer" afterwards, and a reload or a switch
 * of language does not move the options under someone's finger. Not a secret: it only has to be
 * unrelated to which option is right.
 */
export function displayOrder(count: number, seed: string): number[] {
  const next = mulberry32(fnv1a(seed));
  const order = Array.from({ length: count }, (_, i) => i);
  // Fisher–Yates: every permutation equally likely for a uniform source.
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** FNV-1a, 32 bits: spreads similar seeds ("…/breach-a", "…/breach-b") over unrelated states. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Mulberry32: a small 32-bit generator, uniform enough to shuffle four options. */
function mulberry32(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
