/** One line of an incident's timeline in words, from its kind and data (server/services/incidents). */
import { INCIDENT_STATUS_LABELS, INCIDENT_TYPE_LABELS, type IncidentStatus, type IncidentType } from "@/lib/domain/incidents";
import { UNIT_STATUS_LABELS, type UnitStatus } from "@/lib/domain/units";

export interface TimelineEvent {
  kind: string;
  data: Record<string, unknown>;
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null);
const status = (value: unknown) => INCIDENT_STATUS_LABELS[value as IncidentStatus]?.toLowerCase() ?? String(value);
const unitStatus = (value: unknown) => UNIT_STATUS_LABELS[value as UnitStatus]?.toLowerCase() ?? String(value);
const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join(", ");

export function describeEvent({ kind, data }: TimelineEvent): string {
  switch (kind) {
    case "call_received":
      return `Call received${text(data.callerName) ? ` from ${text(data.callerName)}` : ""}`;
    case "created":
      return `Call logged: ${INCIDENT_TYPE_LABELS[data.type as IncidentType] ?? data.type}, P${data.priority}${text(data.address) ? ` at ${text(data.address)}` : ""}`;
    case "details_changed":
      return `Details changed: ${Object.entries(data)
        .map(([field, change]) => `${field} ${String((change as { from: unknown }).from ?? "–")} → ${String((change as { to: unknown }).to ?? "–")}`)
        .join("; ") || "no difference"}`;
    case "status_changed":
      return `Status ${status(data.from)} → ${status(data.to)}${text(data.note) ? ` (${text(data.note)})` : ""}`;
    case "unit_assigned":
      return `${data.unitId} assigned${data.reassignedFrom ? " (diverted from another incident)" : data.recommended === false ? " (not the recommended unit)" : " (recommended)"}`;
    case "unit_released":
      return `${data.unitId} released${text(data.reason) ? `: ${text(data.reason)}` : ""}`;
    case "unit_status":
      return text(data.transportingTo) ? `${data.unitId} transporting to ${text(data.transportingTo)}` : `${data.unitId} ${unitStatus(data.to)}${text(data.note) ? ` (${text(data.note)})` : ""}`;
    case "recommendation_overridden":
      return `Recommendation overridden: ${data.chosenUnitId} sent instead of ${data.recommendedUnitId}${text(data.reason) ? ` (${text(data.reason)})` : ""}`;
    case "note":
      return `Note: ${text(data.text) ?? ""}`;
    case "call_linked":
      return `Further call linked${joined(text(data.callerName), text(data.callerPhone)) ? `: ${joined(text(data.callerName), text(data.callerPhone))}` : ""}${text(data.description) ? ` (${text(data.description)})` : ""}`;
    case "merged_into":
      return `Duplicate call, merged into "${text(data.title) ?? "another incident"}"`;
    default:
      return `${kind.replaceAll("_", " ")}${Object.keys(data).length ? `: ${JSON.stringify(data)}` : ""}`;
  }
}
