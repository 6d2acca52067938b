import type { AuthSession } from "@/server/auth/auth-session";
import type { Actor } from "@/server/audit/record-audit";

const LABEL = "system:simulated-crews";

/**
 * Who the simulated crews act as: a command-center dispatcher with no user behind it, so their
 * status reports go through the same services, checks and audit log as a person's, and the
 * audit log names them plainly.
 */
export const CREW_SESSION: AuthSession = {
  sessionId: LABEL,
  kind: "user",
  userId: null,
  displayTokenId: null,
  agencyId: "system",
  agencyKind: "command",
  role: "dispatcher",
  label: LABEL,
};

export const CREW_ACTOR: Actor = { userId: null, label: LABEL, agencyId: null, sourceAddress: null };
