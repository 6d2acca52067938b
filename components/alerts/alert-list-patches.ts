/** Live alert rows merged into a cached, filtered inbox page (pure). */
import { mergeRows } from "@/components/operating-picture/live-cache-patches";
import type { AlertFilters, AlertPage, AlertRow } from "./alert-types";

export function matchesFilters(alert: AlertRow, filters: AlertFilters): boolean {
  const within = <T>(value: T, allowed: readonly T[] | undefined) => !allowed || allowed.includes(value);
  return (
    within(alert.severity, filters.severity) &&
    within(alert.status, filters.status) &&
    within(alert.agencyId, filters.agencyId) &&
    within(alert.source as NonNullable<AlertFilters["kind"]>[number], filters.kind) &&
    (!filters.subject || (alert.subjectKind === filters.subject.kind && alert.subjectId === filters.subject.id)) &&
    (!filters.id || alert.id === filters.id)
  );
}

/** New alerts join, changed ones update in place, ones that no longer match (now resolved) leave; newest first. */
export function mergeAlertPage(page: AlertPage, incoming: readonly AlertRow[], filters: AlertFilters): AlertPage {
  const items = mergeRows(page.items, incoming)
    .filter((alert) => matchesFilters(alert, filters))
    .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime() || (a.id < b.id ? 1 : -1));
  return { ...page, items };
}
