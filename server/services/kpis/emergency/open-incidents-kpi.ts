import { ACTIVE_INCIDENT_STATUSES, PRIORITIES, type IncidentStatus } from "@/lib/domain/incidents";
import { OPEN_P1_INCIDENTS, type Kpi } from "@/lib/domain/kpis";
import { hourlyHistory } from "../hourly-history";
import { kpi, kpiRow } from "../kpi";
import { openCountsByHour } from "../open-counts";
import { thresholdStatus } from "../threshold-status";
import type { WindowIncident } from "./incident-window";
import { STATE_STALE_AFTER_S } from "../state-staleness";

const active: ReadonlySet<IncidentStatus> = new Set(ACTIVE_INCIDENT_STATUSES);

/** Incidents needing attention now, by priority; the wall turns amber with one P1 open and red with three. */
export function openIncidentsKpi(incidents: readonly WindowIncident[], now: Date): Kpi {
  const open = incidents.filter((i) => active.has(i.status));
  const byPriority = PRIORITIES.map((p) => open.filter((i) => i.priority === p).length);
  const intervals = incidents.map((i) => ({
    openedAt: i.reportedAt,
    // An inactive incident with no clearance time on record was never seen open.
    endedAt: active.has(i.status) ? null : (i.endedAt ?? i.reportedAt),
  }));
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
