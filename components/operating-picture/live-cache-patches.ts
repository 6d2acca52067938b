import { ACTIVE_INCIDENT_STATUSES, type IncidentStatus } from "@/lib/domain/incidents";

interface LiveRow {
  id: string;
  /** Every write bumps it, so a higher seq is always the newer version of a row. */
  seq: number;
}

/** Rows updated in place by id; an older version arriving late never overwrites a newer one. */
export function mergeRows<T extends LiveRow>(rows: readonly T[], incoming: readonly T[]): T[] {
  const next = [...rows];
  const indexById = new Map(next.map((row, index) => [row.id, index]));
  for (const row of incoming) {
    const index = indexById.get(row.id);
    if (index === undefined) {
      indexById.set(row.id, next.length);
      next.push(row);
    } else if (next[index]!.seq < row.seq) {
      next[index] = row;
    }
  }
  return next;
}

/** The rows of one topic in a live frame, typed as that topic's rows. */
export function rowsOf<C extends { topic: string; row: unknown }, T extends C["topic"]>(changes: readonly C[], topic: T): Extract<C, { topic: T }>["row"][] {
  return changes.flatMap((change) => (change.topic === topic ? [change.row as Extract<C, { topic: T }>["row"]] : []));
}

const activeStatuses: ReadonlySet<IncidentStatus> = new Set(ACTIVE_INCIDENT_STATUSES);

interface IncidentLike extends LiveRow {
  status: IncidentStatus;
  reportedAt: Date;
}

/** The active list after changes: new calls join, closed ones leave, newest first as the server sorts. */
export function mergeActiveIncidents<T extends IncidentLike, P extends { items: T[] }>(page: P, incoming: readonly T[]): P {
  const items = mergeRows(page.items, incoming)
    .filter((incident) => activeStatuses.has(incident.status))
    .sort((a, b) => b.reportedAt.getTime() - a.reportedAt.getTime() || (a.id < b.id ? 1 : -1));
  return { ...page, items };
}

interface AlertLike extends LiveRow {
  status: string;
  area: unknown;
}

/** The alert areas after changes: alerts with an area join, resolved ones leave. */
export function mergeAlertAreas<T extends AlertLike>(alerts: readonly T[], incoming: readonly T[]): T[] {
  return mergeRows(alerts, incoming).filter((alert) => alert.status !== "resolved" && alert.area !== null);
}
