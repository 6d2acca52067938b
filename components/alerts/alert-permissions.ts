/** Which actions to offer on an alert; the server enforces the same rules (roles, owning agency). */
import { COMMAND_AGENCY_KIND, ROLES, type Role } from "@/lib/domain/access";
import type { AlertStatus } from "@/lib/domain/alerts";
import type { Viewer } from "./alert-types";

const atLeast = (role: Role, minimum: Role) => ROLES.indexOf(role) <= ROLES.indexOf(minimum);

export function mayAct(viewer: Viewer, alert: { agencyId: string; status: AlertStatus; incidentId: string | null; area: object | null }) {
  const owns = viewer.kind === "user" && (viewer.agencyKind === COMMAND_AGENCY_KIND || viewer.agencyId === alert.agencyId);
  const live = alert.status !== "resolved";
  return {
    acknowledge: owns && live && alert.status === "open" && atLeast(viewer.role, "operator"),
    resolve: owns && live && atLeast(viewer.role, "operator"),
    escalate: owns && live && !alert.incidentId && alert.area !== null && atLeast(viewer.role, "dispatcher"),
  };
}
