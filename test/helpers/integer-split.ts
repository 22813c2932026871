/**
 * Amounts spread over periods as an officer would type them: integers that
 * sum to the total. Shared by the sample generators (scripts/samples) and the
 * tests that fill a plan template (fill-template).
 */

/** Split an integer total into parts proportional to weights; parts are integers summing to total. */
export function split(total: number, weights: number[]): number[] {
  const w = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((x) => Math.floor((total * x) / w));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  // Give the remainder to the largest weights first (stable, deterministic).
  const order = weights
    .map((x, i) => [x, i] as const)
    .filter(([x]) => x > 0)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k][1]]++;
  return parts;
}
