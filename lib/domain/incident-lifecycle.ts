/**
 * The incident lifecycle: new → dispatched → en route → on scene → (transporting) → cleared →
 * closed, with the few shortcuts real calls take. Shared by the services that enforce it and
 * the console that only offers legal next steps.
 */
import { INCIDENT_STATUS_LABELS, type IncidentStatus } from "./incidents";

export const INCIDENT_TRANSITIONS: Record<IncidentStatus, readonly IncidentStatus[]> = {
  // Cleared from new: handled on the phone, or a duplicate call merged into another incident.
  new: ["dispatched", "cleared"],
  // Back to new: every unit was released before arriving, so the call needs dispatching again.
  dispatched: ["en_route", "on_scene", "cleared", "new"],
  en_route: ["on_scene", "cleared", "new"],
  on_scene: ["transporting", "cleared"],
  transporting: ["cleared"],
  cleared: ["closed"],
  closed: [],
};

/** Statuses an incident takes from its units (assigned, en route, on scene, transporting, all released). */
export const UNIT_DRIVEN_STATUSES: readonly IncidentStatus[] = ["new", "dispatched", "en_route", "on_scene", "transporting"];

/** When each status was first reached: the incident row keeps one timestamp per step. */
export const STATUS_TIMESTAMP = {
  dispatched: "dispatchedAt",
  en_route: "enRouteAt",
  on_scene: "onSceneAt",
  transporting: "transportingAt",
  cleared: "clearedAt",
  closed: "closedAt",
} as const satisfies Partial<Record<IncidentStatus, string>>;

export const isLegalTransition = (from: IncidentStatus, to: IncidentStatus) => INCIDENT_TRANSITIONS[from].includes(to);

/** Why `from → to` is refused, in words a dispatcher can act on; null when it is legal. */
export function transitionRefusal(from: IncidentStatus, to: IncidentStatus): string | null {
  if (isLegalTransition(from, to)) return null;
  if (from === to) return `The incident is already ${INCIDENT_STATUS_LABELS[to].toLowerCase()}.`;
  const next = INCIDENT_TRANSITIONS[from].map((s) => INCIDENT_STATUS_LABELS[s].toLowerCase());
  const options = next.length ? `it can go to ${next.join(", ")}` : "it cannot change any more";
  return `An incident that is ${INCIDENT_STATUS_LABELS[from].toLowerCase()} cannot become ${INCIDENT_STATUS_LABELS[to].toLowerCase()}; ${options}.`;
}

/**
 * Throws `refuse(message)` unless `from → to` is legal. The caller picks the error class, so this
 * stays free of server code while services throw their own domain error.
 */
export function assertTransition(from: IncidentStatus, to: IncidentStatus, refuse: (message: string) => Error): void {
  const refusal = transitionRefusal(from, to);
  if (refusal) throw refuse(refusal);
}
