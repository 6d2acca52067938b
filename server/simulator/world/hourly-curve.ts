/** A quantity given once per local hour (at the hour's midpoint), read at any fractional hour. */
export function interpolateHourly(table: readonly number[], hour: number): number {
  const position = (((hour - 0.5) % 24) + 24) % 24;
  const before = Math.floor(position);
  const t = position - before;
  return table[before]! * (1 - t) + table[(before + 1) % 24]! * t;
}
