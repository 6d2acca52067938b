/**
 * Percentile by linear interpolation between the closest ranks (PostgreSQL's percentile_cont,
 * Excel's PERCENTILE.INC): the p90 of 1..10 is 9.1. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (p < 0 || p > 1) throw new RangeError(`percentile needs 0 <= p <= 1; got ${p}`);
  if (values.length === 0) return null;
  const sorted = new Float64Array(values).sort();
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

export const median = (values: readonly number[]) => percentile(values, 0.5);
