type Point = [x: number, y: number];

/**
 * SVG polyline points for a sparkline in a 100 x 30 box: one run per stretch of values, so an
 * hour without data shows as a gap rather than a line drawn across it.
 */
export function sparklineRuns(values: readonly (number | null)[]): string[] {
  const numbers = values.filter((v): v is number => v !== null);
  if (numbers.length === 0) return [];
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const step = values.length > 1 ? 100 / (values.length - 1) : 0;
  // A flat series sits in the middle instead of on the floor.
  const y = (v: number) => (max === min ? 15 : 28 - ((v - min) / (max - min)) * 26);
  const runs: Point[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) runs.push([]);
    else runs.at(-1)!.push([i * step, y(v)]);
  });
  return runs
    .filter((run) => run.length > 0)
    .map((run) => (run.length === 1 ? [[run[0]![0] - 1, run[0]![1]] as Point, [run[0]![0] + 1, run[0]![1]] as Point] : run))
    .map((run) => run.map(([x, yy]) => `${x.toFixed(2)},${yy.toFixed(2)}`).join(" "));
}
