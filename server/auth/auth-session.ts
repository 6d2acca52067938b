import type { AgencyKind } from "@/lib/domain/agencies";
import type { Role } from "@/lib/domain/access";

/** Who is calling: a signed-in user, or a kiosk display (read-only, viewer rights in its agency). */
export interface AuthSession {
  sessionId: string;
  kind: "user" | "display";
  userId: string | null;
  displayTokenId: string | null;
  agencyId: string;
  agencyKind: AgencyKind;
  role: Role;
  /** How the audit log names the actor. */
  label: string;
}
