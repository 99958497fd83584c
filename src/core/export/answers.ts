/**
 * Anonymous answers taken over from an older organisation export, which carried them in the order
 * they came in (newer exports carry released results only: docs/anonymity.md).
 */

/**
 * A uniformly shuffled copy (Fisher–Yates). `below(n)` must give a uniform whole number in [0, n)
 * from a cryptographic source (crypto.randomInt): the order of rows is what could tie an answer to
 * the colleague one saw answering first, so it must not be predictable either.
 */
export function shuffled<T>(items: readonly T[], below: (n: number) => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
