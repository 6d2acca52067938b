import { PRIORITIES, type Priority } from "@/lib/domain/incidents";
import { DEFAULT_RESPONSE_TARGETS } from "@/lib/domain/dispatch";
import { RESPONSE_OVERRUN_BAD, type Kpi, type KpiStatus } from "@/lib/domain/kpis";
import { hourlyHistory, seriesByHour, TREND_HOURS, HOUR_MS } from "../hourly-history";
import { kpi, kpiRow, round1 } from "../kpi";
import { median, percentile } from "../percentile";
import { STATE_STALE_AFTER_S } from "../state-staleness";
import { worstStatus } from "../threshold-status";
import type { WindowIncident } from "./incident-window";

interface Response {
  priority: number;
  dispatchedAt: Date;
  minutes: number;
}

/**
 * The city's targets run from the call: dispatch within `dispatchS`, on scene within `arrivalS`.
 * Dispatch to scene is met when it takes no longer than the difference.
 */
const travelTargetMin = (p: Priority) => (DEFAULT_RESPONSE_TARGETS[p].arrivalS - DEFAULT_RESPONSE_TARGETS[p].dispatchS) / 60;

/** Arriving within the target meets it; up to half as long again is amber, beyond that red. */
const againstTarget = (p90: number, target: number): KpiStatus => (p90 <= target ? "good" : p90 <= target * RESPONSE_OVERRUN_BAD ? "warn" : "bad");

const minutesP90 = (responses: readonly Response[]) => percentile(responses.map((r) => r.minutes), 0.9);
const minutesMedian = (responses: readonly Response[]) => median(responses.map((r) => r.minutes));

/**
 * Dispatch to first unit on scene over the last 24 hours: the median for the headline, and per
 * priority the median and the p90, which is judged against that priority's target.
 */
export function responseTimeKpi(incidents: readonly WindowIncident[], now: Date): Kpi {
  // A loop, not flatMap: a week of incidents made a throwaway array each.
  const responses: Response[] = [];
  for (const { priority, dispatchedAt, onSceneAt } of incidents) {
    if (dispatchedAt && onSceneAt && onSceneAt.getTime() >= dispatchedAt.getTime()) {
      responses.push({ priority, dispatchedAt, minutes: (onSceneAt.getTime() - dispatchedAt.getTime()) / 60_000 });
    }
  }
  const lastDay = responses.filter((r) => r.dispatchedAt.getTime() > now.getTime() - TREND_HOURS * HOUR_MS);
  const rows = PRIORITIES.flatMap((p: Priority) => {
    const ofPriority = lastDay.filter((r) => r.priority === p);
    if (ofPriority.length === 0) return [];
    const p90 = minutesP90(ofPriority)!;
    const target = travelTargetMin(p);
    return [
      kpiRow(`P${p}`, round1(minutesMedian(ofPriority)), "min", {
        note: `p90 ${round1(p90)} min · target ${target}`,
        status: againstTarget(p90, target),
      }),
    ];
  });
  const p90 = minutesP90(lastDay);
  return kpi({
    id: "response-time",
    label: "Response time, dispatch to scene",
    unit: "min",
    value: round1(minutesMedian(lastDay)),
    note: p90 === null ? "No arrivals in 24 h" : `Median 24 h · p90 ${round1(p90)} min`,
    status: worstStatus(rows.map((r) => r.status)),
    ...hourlyHistory(seriesByHour(responses, (r) => r.dispatchedAt, now, (inHour) => round1(minutesMedian(inHour))), now),
    rows,
    asOf: now,
    staleAfterS: STATE_STALE_AFTER_S,
  });
}
