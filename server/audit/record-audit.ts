import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";

export interface Actor {
  userId: string | null;
  label: string;
  agencyId: string | null;
  sourceAddress: string | null;
}

export interface AuditEntryInput {
  action: string;
  entityKind: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Appends one audit entry. Call it with the mutation's own transaction so the change and its
 * record commit together or not at all. For updates only the changed fields are kept.
 */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntryInput) {
  const [before, after] = entry.before && entry.after ? changedFields(entry.before, entry.after) : [entry.before ?? null, entry.after ?? null];
  await db.insert(auditLog).values({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    agencyId: actor.agencyId,
    action: entry.action,
    entityKind: entry.entityKind,
    entityId: entry.entityId,
    before: before && redact(before),
    after: after && redact(after),
    sourceAddress: actor.sourceAddress,
  });
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return [Object.fromEntries(keys.map((k) => [k, before[k] ?? null])), Object.fromEntries(keys.map((k) => [k, after[k] ?? null]))];
}

/** Secrets never reach the audit log, even hashed. */
const SECRET_FIELDS = new Set(["passwordHash", "password", "tokenHash", "secret"]);
function redact(fields: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? "[redacted]" : v]));
}
