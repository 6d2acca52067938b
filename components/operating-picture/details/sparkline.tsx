export interface SparkPoint {
  at: Date;
  mean: number;
  min: number;
  max: number;
}

const WIDTH = 300;
const HEIGHT = 64;
const PAD = 3;

/**
 * A sensor's recent course: the mean as a line over the min-max band of each rollup bucket.
 * Described in words for screen readers (role="img" with a label).
 */
export function Sparkline({ points, describe }: { points: readonly SparkPoint[]; describe: (value: number) => string }) {
  if (points.length < 2) return <p className="text-muted-foreground text-sm">Not enough readings yet for a history.</p>;
  const t0 = points[0]!.at.getTime();
  const span = points.at(-1)!.at.getTime() - t0 || 1;
  const low = Math.min(...points.map((p) => p.min));
  const high = Math.max(...points.map((p) => p.max));
  const range = high - low || 1;
  const x = (at: Date) => PAD + ((at.getTime() - t0) / span) * (WIDTH - 2 * PAD);
  const y = (value: number) => HEIGHT - PAD - ((value - low) / range) * (HEIGHT - 2 * PAD);
  const line = points.map((p) => `${x(p.at).toFixed(1)},${y(p.mean).toFixed(1)}`).join(" ");
  const band = [...points.map((p) => `${x(p.at).toFixed(1)},${y(p.max).toFixed(1)}`), ...[...points].reverse().map((p) => `${x(p.at).toFixed(1)},${y(p.min).toFixed(1)}`)].join(" ");
  const latest = points.at(-1)!;
  return (
    <figure className="space-y-1">
      <svg role="img" aria-label={`From ${describe(low)} to ${describe(high)}; latest ${describe(latest.mean)}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-16 w-full" preserveAspectRatio="none">
        <polygon points={band} className="fill-sky-400/20" />
        <polyline points={line} className="fill-none stroke-sky-300" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="text-muted-foreground flex justify-between text-xs tabular-nums">
        <span>Low {describe(low)}</span>
        <span>High {describe(high)}</span>
      </figcaption>
    </figure>
  );
}
