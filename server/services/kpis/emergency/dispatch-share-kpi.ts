import { NFPA_DISPATCH_SHARE, type Kpi } from "@/lib/domain/kpis";
import { localMidnight, type CityClock } from "../city-clock";
import { dispatchShare, type DispatchShare } from "../dispatch-share";
import { HISTORY_DAYS, hourlyHistory, seriesByHour } from "../hourly-history";
import { kpi, kpiRow, round1 } from "../kpi";
import { STATE_STALE_AFTER_S } from "../state-staleness";
import { thresholdStatus } from "../threshold-status";
import type { WindowIncident } from "./incident-window";

const DAY_MS = 86_400_000;

const describe = ({ inTime, counted }: DispatchShare) => `${inTime} of ${counted} calls`;

/** NFPA 1225: the share of calls whose first unit went out within 60 s of answer, today and over seven days. */
export function dispatchShareKpi(incidents: readonly WindowIncident[], now: Date, clock: CityClock): Kpi {
  const calls = incidents.filter((i) => i.isCall);
  const since = (from: Date) => calls.filter((c) => c.reportedAt.getTime() >= from.getTime());
  const today = dispatchShare(since(localMidnight(now, clock)), now);
  const week = dispatchShare(since(new Date(now.getTime() - HISTORY_DAYS * DAY_MS)), now);
  const hourly = seriesByHour(calls, (c) => c.reportedAt, now, (inHour) => round1(dispatchShare(inHour, now).percent));
  return kpi({
    id: "dispatch-within-60s",
    label: "Dispatched within 60 s",
    unit: "%",
    value: round1(today.percent),
    status: thresholdStatus(today.percent, NFPA_DISPATCH_SHARE),
    note: `Target 90% · 7 days ${week.percent === null ? "—" : `${Math.round(week.percent)}%`}`,
    ...hourlyHistory(hourly, now),
    rows: [
      kpiRow("Today", round1(today.percent), "%", { note: describe(today), status: thresholdStatus(today.percent, NFPA_DISPATCH_SHARE) }),
      kpiRow("7 days", round1(week.percent), "%", { note: describe(week), status: thresholdStatus(week.percent, NFPA_DISPATCH_SHARE) }),
    ],
    asOf: now,
    staleAfterS: STATE_STALE_AFTER_S,
  });
}
