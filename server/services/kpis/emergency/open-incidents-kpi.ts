import { PRIORITIES } from "@/lib/domain/incidents";
import { OPEN_P1_INCIDENTS, type Kpi } from "@/lib/domain/kpis";
import { hourlyHistory } from "../hourly-history";
import { kpi, kpiRow } from "../kpi";
import { openCountsByHour } from "../open-counts";
import { STATE_STALE_AFTER_S } from "../state-staleness";
import { thresholdStatus } from "../threshold-status";
import type { WindowIncident } from "./incident-window";

/** Incidents needing attention now, by priority; the wall turns amber with one P1 open and red with three. */
export function openIncidentsKpi(incidents: readonly WindowIncident[], now: Date): Kpi {
  const open = incidents.filter((i) => i.endedAt === null);
  const byPriority = PRIORITIES.map((p) => open.filter((i) => i.priority === p).length);
  const intervals = incidents.map((i) => ({ openedAt: i.reportedAt, endedAt: i.endedAt }));
  return kpi({
    id: "open-incidents",
    label: "Open incidents",
    unit: "count",
    value: open.length,
    status: thresholdStatus(byPriority[0]!, OPEN_P1_INCIDENTS),
    ...hourlyHistory(openCountsByHour(intervals, now), now),
    rows: PRIORITIES.map((p, i) => kpiRow(`P${p}`, byPriority[i]!, "count", p === 1 ? { status: thresholdStatus(byPriority[i]!, OPEN_P1_INCIDENTS) } : {})),
    asOf: now,
    staleAfterS: STATE_STALE_AFTER_S,
  });
}
