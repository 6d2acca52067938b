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
