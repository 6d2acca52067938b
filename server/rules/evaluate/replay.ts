/**
 * Replays a sensor rule over past buckets, judging after every bucket exactly as the live engine
 * would, to show what it would have fired on (the rule editor's preview).
 */
import { isMoreSevere, type AlertSeverity } from "@/lib/domain/alerts";
import { firingLevel } from "./levels";
import { extendRuns, judgeRuns, NO_RUNS, type Point } from "./runs";

export interface LevelSeries {
  severity: AlertSeverity;
  /** One point per bucket, the same instants for every level of a rule. */
  points: readonly Point[];
}

export interface ReplayedFiring {
  from: Date;
  /** When it would have cleared; null when it would still be open. */
  to: Date | null;
  /** The worst severity reached while open. */
  severity: AlertSeverity;
  retriggers: number;
}

export function replayLevels(levels: readonly LevelSeries[], timing: { forMs: number; clearForMs: number; maxGapMs: number }): ReplayedFiring[] {
  const firings: ReplayedFiring[] = [];
  const runs = levels.map(() => NO_RUNS);
  let open: (ReplayedFiring & { lastSince: number }) | null = null;
  const base = levels[0]?.points ?? [];
  for (let i = 0; i < base.length; i++) {
    const at = base[i]!.at;
    const judgements = levels.map((level, l) => {
      runs[l] = extendRuns(runs[l]!, level.points[i]!, timing.maxGapMs);
      return judgeRuns(runs[l]!, { ...timing, now: at, maxAgeMs: Infinity });
    });
    const verdict = judgements[0]!;
    if (verdict.verdict === "fire") {
      const { severity } = firingLevel(levels, judgements);
      if (!open) {
        open = { from: new Date(verdict.since), to: null, severity, retriggers: 0, lastSince: verdict.since };
        firings.push(open);
      } else {
        if (verdict.since > open.lastSince) open.retriggers++;
        open.lastSince = verdict.since;
        if (isMoreSevere(severity, open.severity)) open.severity = severity;
      }
    } else if (verdict.verdict === "clear" && open) {
      open.to = new Date(at);
      open = null;
    }
  }
  return firings.map(({ from, to, severity, retriggers }) => ({ from, to, severity, retriggers }));
}

/**
 * Silences in a series of report times (to the minute: rollups keep no finer time): each gap
 * longer than `limitMs`, from when it passed the limit to the next report, or still open.
 */
export function replayGaps(times: readonly number[], limitMs: number, severity: AlertSeverity, now: number): ReplayedFiring[] {
  const ends = [...times.slice(1), now];
  return times.flatMap((at, i) => {
    const next = ends[i]!;
    if (next - at <= limitMs) return [];
    return [{ from: new Date(at + limitMs), to: i < times.length - 1 ? new Date(next) : null, severity, retriggers: 0 }];
  });
}
